import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { cataloguePatterns } from "./catalogue.paths";

/**
 * A site's services and supplies. Every staff member of the site may read them; what each may
 * change (names and limits, or stock) comes with the catalogue from the server.
 */
export const catalogueStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="site.read" />,
    children: [
      {
        path: cataloguePatterns.sites,
        lazy: async () => ({ Component: (await import("./pages/CatalogueSitesPage")).CatalogueSitesPage }),
      },
      {
        path: cataloguePatterns.site,
        lazy: async () => ({ Component: (await import("./pages/CataloguePage")).CataloguePage }),
      },
    ],
  },
];
