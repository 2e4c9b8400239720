import type { NavigationEntry } from "../../app/navigation";
import { visitorPaths } from "./visitors.paths";

export const visitorsNavigation: NavigationEntry[] = [
  {
    id: "visitors",
    path: visitorPaths.codes(),
    labelKey: "visitors:nav.visitors.label",
    descriptionKey: "visitors:nav.visitors.description",
    permission: "visit.record",
    order: 30,
  },
];
