import type { NavigationEntry } from "../../app/navigation";
import { messagePaths } from "./messages.paths";

export const messagesNavigation: NavigationEntry[] = [
  {
    id: "messages",
    path: messagePaths.start(),
    labelKey: "messages:nav.messages.label",
    descriptionKey: "messages:nav.messages.description",
    permission: "diary.write",
    order: 4,
  },
];
