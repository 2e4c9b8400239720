import type { NavigationEntry } from "../../app/navigation";
import { clinicPaths } from "./clinic.paths";

/** Health staff see the records, tests and medicine; managers only the statistics; others nothing clinical. */
export const clinicNavigation: NavigationEntry[] = [
  {
    id: "clinic-records",
    path: clinicPaths.records(),
    labelKey: "clinic:nav.records.label",
    descriptionKey: "clinic:nav.records.description",
    permission: "clinic.record",
    order: 410,
  },
  {
    id: "clinic-tests",
    path: clinicPaths.tests(),
    labelKey: "clinic:nav.tests.label",
    descriptionKey: "clinic:nav.tests.description",
    permission: "clinic.record",
    order: 420,
  },
  {
    id: "clinic-medicines",
    path: clinicPaths.medicines(),
    labelKey: "clinic:nav.medicines.label",
    descriptionKey: "clinic:nav.medicines.description",
    permission: "clinic.record",
    order: 430,
  },
  {
    id: "clinic-statistics",
    path: clinicPaths.statistics(),
    labelKey: "clinic:nav.statistics.label",
    descriptionKey: "clinic:nav.statistics.description",
    permission: "clinic.statistics",
    order: 710,
  },
];
