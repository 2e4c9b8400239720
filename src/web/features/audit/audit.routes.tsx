import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { auditPatterns } from "./audit.paths";

/** The audit log, for managers and administrators (`audit.read`). */
export const auditStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="audit.read" />,
    children: [
      {
        path: auditPatterns.log,
        lazy: async () => ({ Component: (await import("./pages/AuditLogPage")).AuditLogPage }),
      },
    ],
  },
];
