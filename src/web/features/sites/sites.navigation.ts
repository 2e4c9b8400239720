import type { NavigationEntry } from "../../app/navigation";
import { sitePaths } from "./sites.paths";

export const sitesNavigation: NavigationEntry[] = [
  {
    id: "sites",
    path: sitePaths.sites(),
    labelKey: "sites:nav.sites.label",
    descriptionKey: "sites:nav.sites.description",
    permission: "site.read",
    order: 100,
  },
];
