import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { sitePatterns } from "./sites.paths";

/** The sites pages inside the staff shell; every staff member may read the sites they work at. */
export const sitesStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="site.read" />,
    children: [
      {
        path: sitePatterns.sites,
        lazy: async () => ({ Component: (await import("./pages/SitesPage")).SitesPage }),
      },
      {
        path: sitePatterns.week,
        lazy: async () => ({ Component: (await import("./pages/SiteWeekPage")).SiteWeekPage }),
      },
    ],
  },
];
