import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { doorReportPatterns } from "./door-report.paths";

/** Door statistics, for managers (`report.door`). */
export const doorReportStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="report.door" />,
    children: [
      {
        path: doorReportPatterns.report,
        lazy: async () => ({ Component: (await import("./pages/DoorReportPage")).DoorReportPage }),
      },
    ],
  },
];
