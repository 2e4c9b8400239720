import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { handoverPatterns } from "./handover.paths";

/** The handover of a site, and the start that picks the site. */
export const handoverStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="diary.write" />,
    children: [
      {
        path: handoverPatterns.start,
        lazy: async () => ({ Component: (await import("./pages/HandoverStartPage")).HandoverStartPage }),
      },
      {
        path: handoverPatterns.handover,
        lazy: async () => ({ Component: (await import("./pages/HandoverPage")).HandoverPage }),
      },
    ],
  },
];
