import type { NavigationEntry } from "../../app/navigation";
import { followUpPaths } from "./follow-ups.paths";

export const followUpsNavigation: NavigationEntry[] = [
  {
    id: "follow-ups",
    path: followUpPaths.start(),
    labelKey: "follow-ups:nav.followUps.label",
    descriptionKey: "follow-ups:nav.followUps.description",
    permission: "diary.write",
    order: 3,
  },
];
