import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { doorPatterns } from "./door.paths";

/** The door: tonight's board of a site, and the start that picks the site. */
export const doorStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="visit.record" />,
    children: [
      {
        path: doorPatterns.start,
        lazy: async () => ({ Component: (await import("./pages/DoorStartPage")).DoorStartPage }),
      },
      {
        path: doorPatterns.tonight,
        lazy: async () => ({ Component: (await import("./pages/TonightPage")).TonightPage }),
      },
    ],
  },
];
