import { createContext, useContext } from "react";
import type { Me } from "../../common/contracts/accounts";
import type { Permission } from "../../common/permissions";

/** The signed-in staff member, provided by RequireStaff to every page inside the staff shell. */
export const CurrentUserContext = createContext<Me | null>(null);

export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error("useCurrentUser is used outside RequireStaff");
  return me;
}

/** What the server says this person may do; the UI never works it out from the role itself. */
export function useCan(permission: Permission): boolean {
  return useCurrentUser().permissions.includes(permission);
}
