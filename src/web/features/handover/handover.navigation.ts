import type { NavigationEntry } from "../../app/navigation";
import { handoverPaths } from "./handover.paths";

export const handoverNavigation: NavigationEntry[] = [
  {
    id: "handover",
    path: handoverPaths.start(),
    labelKey: "handover:nav.handover.label",
    descriptionKey: "handover:nav.handover.description",
    permission: "diary.write",
    // Right after the door: what to read before the evening starts.
    order: 2,
  },
];
