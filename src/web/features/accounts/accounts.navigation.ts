import type { NavigationEntry } from "../../app/navigation";
import { paths } from "../../app/paths";

export const accountsNavigation: NavigationEntry[] = [
  {
    id: "profile",
    path: paths.profile(),
    labelKey: "accounts:nav.profile.label",
    descriptionKey: "accounts:nav.profile.description",
    order: 900,
  },
  {
    id: "accounts",
    path: paths.accounts(),
    labelKey: "accounts:nav.accounts.label",
    descriptionKey: "accounts:nav.accounts.description",
    permission: "account.read",
    order: 910,
  },
];
