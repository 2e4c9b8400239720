import type { NavigationEntry } from "../../app/navigation";
import { doorReportPaths } from "./door-report.paths";

export const doorReportNavigation: NavigationEntry[] = [
  {
    id: "door-report",
    path: doorReportPaths.report(),
    labelKey: "door-report:nav.doorReport.label",
    descriptionKey: "door-report:nav.doorReport.description",
    permission: "report.door",
    order: 700,
  },
];
