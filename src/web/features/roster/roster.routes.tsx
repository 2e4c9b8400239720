import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { sitePatterns } from "../sites/sites.paths";

/** A site's sessions with its roster (every staff member of the site), and one's own shifts. */
export const rosterStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="roster.read" />,
    children: [
      {
        path: sitePatterns.sessions,
        lazy: async () => ({ Component: (await import("./pages/SiteSessionsPage")).SiteSessionsPage }),
      },
    ],
  },
  {
    path: sitePatterns.myShifts,
    lazy: async () => ({ Component: (await import("./pages/MyShiftsPage")).MyShiftsPage }),
  },
];
