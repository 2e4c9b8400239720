import type { Me } from "../../../common/contracts/accounts";
import { paths, safeReturnTo } from "../../app/paths";

/** Where a person goes after a step of signing in, as the server's `next` says. */
export function pathForNextStep(next: Me["next"], returnTo?: string | null): string {
  const target = safeReturnTo(returnTo);
  switch (next) {
    case "second_factor":
      return paths.secondFactor(target);
    case "enrol_second_factor":
      return paths.enrolSecondFactor(target);
    case "change_password":
      return paths.changePasswordRequired(target);
    case "done":
      return target ?? paths.home();
  }
}
