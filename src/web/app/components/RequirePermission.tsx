import { Outlet } from "react-router";
import type { Permission } from "../../../common/permissions";
import { useCan } from "../current-user";
import { NoAccessPage } from "../pages/NoAccessPage";

/** A route group only some roles may open; the others read why, instead of an empty page. */
export function RequirePermission({ permission }: { permission: Permission }) {
  return useCan(permission) ? <Outlet /> : <NoAccessPage />;
}
