import type { NavigationEntry } from "../../app/navigation";
import { clinicQueuePaths } from "./clinic-queue.paths";

export const clinicQueueNavigation: NavigationEntry[] = [
  {
    id: "clinic-queue",
    path: clinicQueuePaths.desk(),
    labelKey: "clinic-queue:nav.queue.label",
    descriptionKey: "clinic-queue:nav.queue.description",
    permission: "clinic.queue",
    // Used every clinic evening, by the door as much as by the nurse: near the top.
    order: 5,
  },
  {
    id: "clinic-appointments",
    path: clinicQueuePaths.appointments(),
    labelKey: "clinic-queue:nav.appointments.label",
    descriptionKey: "clinic-queue:nav.appointments.description",
    permission: "clinic.appointment",
    order: 400,
  },
];
