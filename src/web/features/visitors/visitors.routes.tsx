import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { visitorPatterns } from "./visitors.paths";

/** Visitor codes: find or give a code, a code's profile, and her printable card. Every staff role at the door. */
export const visitorsStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="visit.record" />,
    children: [
      {
        path: visitorPatterns.codes,
        lazy: async () => ({ Component: (await import("./pages/VisitorCodesPage")).VisitorCodesPage }),
      },
      {
        path: visitorPatterns.profile,
        lazy: async () => ({ Component: (await import("./pages/VisitorProfilePage")).VisitorProfilePage }),
      },
      {
        path: visitorPatterns.card,
        lazy: async () => ({ Component: (await import("./pages/VisitorCardPage")).VisitorCardPage }),
      },
    ],
  },
];
