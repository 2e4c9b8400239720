import type { NavigationEntry } from "../../app/navigation";
import { sitePaths } from "../sites/sites.paths";

export const rosterNavigation: NavigationEntry[] = [
  {
    id: "my-shifts",
    path: sitePaths.myShifts(),
    labelKey: "roster:nav.shifts.label",
    descriptionKey: "roster:nav.shifts.description",
    order: 50,
  },
];
