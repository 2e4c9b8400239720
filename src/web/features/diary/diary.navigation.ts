import type { NavigationEntry } from "../../app/navigation";
import { diaryPaths } from "./diary.paths";

export const diaryNavigation: NavigationEntry[] = [
  {
    id: "diary",
    path: diaryPaths.start(),
    labelKey: "diary:nav.diary.label",
    descriptionKey: "diary:nav.diary.description",
    permission: "diary.write",
    // Right after the door: staff write the evening's entry while it is fresh.
    order: 2,
  },
  {
    id: "diary-themes",
    path: diaryPaths.themeSettings(),
    labelKey: "diary:nav.themeSettings.label",
    descriptionKey: "diary:nav.themeSettings.description",
    permission: "diary.themes",
    order: 120,
  },
];
