import { createBrowserRouter, Outlet, type RouteObject } from "react-router";
import { FullPageLoader } from "../components/FullPageLoader";
import { accountsSignedOutRoutes, accountsStaffRoutes } from "../features/accounts/accounts.routes";
import { auditStaffRoutes } from "../features/audit/audit.routes";
import { catalogueStaffRoutes } from "../features/catalogue/catalogue.routes";
import { clinicStaffRoutes } from "../features/clinic/clinic.routes";
import { clinicQueueBareRoutes, clinicQueueStaffRoutes } from "../features/clinic-queue/clinic-queue.routes";
import { diaryStaffRoutes } from "../features/diary/diary.routes";
import { doorStaffRoutes } from "../features/door/door.routes";
import { doorReportStaffRoutes } from "../features/door-report/door-report.routes";
import { followUpsStaffRoutes } from "../features/follow-ups/follow-ups.routes";
import { handoverStaffRoutes } from "../features/handover/handover.routes";
import { messagesStaffRoutes } from "../features/messages/messages.routes";
import { rosterStaffRoutes } from "../features/roster/roster.routes";
import { sitesStaffRoutes } from "../features/sites/sites.routes";
import { visitorsStaffRoutes } from "../features/visitors/visitors.routes";
import { SignedOutLayout } from "./layouts/SignedOutLayout";
import { StaffShell } from "./layouts/StaffShell";
import { NotFoundPage } from "./pages/NotFoundPage";
import { RouteErrorPage } from "./pages/RouteErrorPage";
import { STAFF_BASENAME } from "./paths";
import { RequireStaff } from "./RequireStaff";

/**
 * The staff app's routes, under /staff. Each feature brings its route list (pages load lazily, when
 * first opened): signed-out pages go in the first group, pages of the staff shell in the second.
 */
const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageLoader,
    children: [
      { element: <SignedOutLayout />, children: [...accountsSignedOutRoutes] },
      {
        element: (
          <RequireStaff>
            <StaffShell />
          </RequireStaff>
        ),
        children: [
          { index: true, lazy: async () => ({ Component: (await import("./pages/HomePage")).HomePage }) },
          ...accountsStaffRoutes,
          ...doorStaffRoutes,
          ...diaryStaffRoutes,
          ...sitesStaffRoutes,
          ...rosterStaffRoutes,
          ...auditStaffRoutes,
          ...catalogueStaffRoutes,
          ...doorReportStaffRoutes,
          ...handoverStaffRoutes,
          ...followUpsStaffRoutes,
          ...messagesStaffRoutes,
          ...visitorsStaffRoutes,
          ...clinicStaffRoutes,
          ...clinicQueueStaffRoutes,
          { path: "*", Component: NotFoundPage },
        ],
      },
      {
        // Signed-in pages without the shell (the waiting room's screen on a TV).
        element: (
          <RequireStaff>
            <Outlet />
          </RequireStaff>
        ),
        children: [...clinicQueueBareRoutes],
      },
    ],
  },
];

export function createStaffRouter() {
  return createBrowserRouter(routes, { basename: STAFF_BASENAME });
}

export type StaffRouter = ReturnType<typeof createStaffRouter>;
