import type { NavigationEntry } from "../../app/navigation";
import { auditPaths } from "./audit.paths";

export const auditNavigation: NavigationEntry[] = [
  {
    id: "audit",
    path: auditPaths.log(),
    labelKey: "audit:nav.audit.label",
    descriptionKey: "audit:nav.audit.description",
    permission: "audit.read",
    order: 920,
  },
];
