import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { routePatterns } from "../../app/paths";

/** Setup and the steps of signing in, inside the signed-out layout. Pages load when first opened. */
export const accountsSignedOutRoutes: RouteObject[] = [
  {
    path: routePatterns.setup,
    lazy: async () => ({ Component: (await import("./pages/SetupPage")).SetupPage }),
  },
  {
    path: routePatterns.signIn,
    lazy: async () => ({ Component: (await import("./pages/SignInPage")).SignInPage }),
  },
  {
    path: routePatterns.secondFactor,
    lazy: async () => ({ Component: (await import("./pages/SecondFactorPage")).SecondFactorPage }),
  },
  {
    path: routePatterns.enrolSecondFactor,
    lazy: async () => ({ Component: (await import("./pages/EnrolmentPage")).EnrolmentPage }),
  },
  {
    path: routePatterns.changePasswordRequired,
    lazy: async () => ({
      Component: (await import("./pages/ChangePasswordRequiredPage")).ChangePasswordRequiredPage,
    }),
  },
];

/** Pages inside the staff shell. */
export const accountsStaffRoutes: RouteObject[] = [
  {
    path: routePatterns.profile,
    lazy: async () => ({ Component: (await import("./pages/ProfilePage")).ProfilePage }),
  },
  {
    path: routePatterns.changePassword,
    lazy: async () => ({ Component: (await import("./pages/ChangePasswordPage")).ChangePasswordPage }),
  },
  {
    element: <RequirePermission permission="account.read" />,
    children: [
      {
        path: routePatterns.accounts,
        lazy: async () => ({ Component: (await import("./pages/AccountsPage")).AccountsPage }),
      },
    ],
  },
];
