import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { clinicQueuePatterns } from "./clinic-queue.paths";

/** The clinic desk (everyone at the door gives tickets; health staff call), appointments and slot lengths. */
export const clinicQueueStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="clinic.queue" />,
    children: [
      {
        path: clinicQueuePatterns.desk,
        lazy: async () => ({ Component: (await import("./pages/ClinicDeskPage")).ClinicQueueStartPage }),
      },
      {
        path: clinicQueuePatterns.deskOf,
        lazy: async () => ({ Component: (await import("./pages/ClinicDeskPage")).ClinicDeskPage }),
      },
    ],
  },
  {
    element: <RequirePermission permission="clinic.appointment" />,
    children: [
      {
        path: clinicQueuePatterns.appointments,
        lazy: async () => ({
          Component: (await import("./pages/AppointmentsPage")).AppointmentsStartPage,
        }),
      },
      {
        path: clinicQueuePatterns.appointmentsOf,
        lazy: async () => ({ Component: (await import("./pages/AppointmentsPage")).AppointmentsPage }),
      },
      {
        path: clinicQueuePatterns.slotSettings,
        lazy: async () => ({
          Component: (await import("./pages/SlotSettingsPage")).SlotSettingsStartPage,
        }),
      },
      {
        path: clinicQueuePatterns.slotSettingsOf,
        lazy: async () => ({ Component: (await import("./pages/SlotSettingsPage")).SlotSettingsPage }),
      },
    ],
  },
];

/**
 * The waiting room's screen, signed in but outside the staff shell: a TV shows the numbers and
 * nothing of the staff app around them.
 */
export const clinicQueueBareRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="clinic.queue" />,
    children: [
      {
        path: clinicQueuePatterns.screenOf,
        lazy: async () => ({ Component: (await import("./pages/QueueScreenPage")).QueueScreenPage }),
      },
    ],
  },
];
