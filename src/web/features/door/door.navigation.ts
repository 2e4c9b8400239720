import type { NavigationEntry } from "../../app/navigation";
import { doorPaths } from "./door.paths";

export const doorNavigation: NavigationEntry[] = [
  {
    id: "tonight",
    path: doorPaths.start(),
    labelKey: "door:nav.tonight.label",
    descriptionKey: "door:nav.tonight.description",
    permission: "visit.record",
    // First after the home page: the page staff live in while the door is open.
    order: 1,
  },
];
