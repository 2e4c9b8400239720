import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { followUpPatterns } from "./follow-ups.paths";

/** Follow-ups: a site's lists (mine, any social worker's, all), and one follow-up with its thread. */
export const followUpsStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="diary.write" />,
    children: [
      {
        path: followUpPatterns.start,
        lazy: async () => ({ Component: (await import("./pages/FollowUpsStartPage")).FollowUpsStartPage }),
      },
      {
        path: followUpPatterns.list,
        lazy: async () => ({ Component: (await import("./pages/FollowUpsPage")).FollowUpsPage }),
      },
      {
        path: followUpPatterns.followUp,
        lazy: async () => ({ Component: (await import("./pages/FollowUpPage")).FollowUpPage }),
      },
    ],
  },
];
