import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { clinicPatterns } from "./clinic.paths";

/**
 * The clinic's records (`clinic.record`, health staff only) and its statistics (`clinic.statistics`,
 * health staff and managers). Any other role opening these addresses reads that the page is not theirs.
 */
export const clinicStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="clinic.record" />,
    children: [
      {
        path: clinicPatterns.records,
        lazy: async () => ({ Component: (await import("./pages/ClinicRecordPage")).ClinicRecordPage }),
      },
      {
        path: clinicPatterns.newConsultation,
        lazy: async () => ({
          Component: (await import("./pages/NewConsultationPage")).NewConsultationPage,
        }),
      },
      {
        path: clinicPatterns.consultation,
        lazy: async () => ({ Component: (await import("./pages/ConsultationPage")).ConsultationPage }),
      },
      {
        path: clinicPatterns.tests,
        lazy: async () => ({ Component: (await import("./pages/TestsBoardPage")).TestsBoardPage }),
      },
      {
        path: clinicPatterns.medicines,
        lazy: async () => ({ Component: (await import("./pages/MedicinesPage")).MedicinesPage }),
      },
    ],
  },
  {
    element: <RequirePermission permission="clinic.statistics" />,
    children: [
      {
        path: clinicPatterns.statistics,
        lazy: async () => ({
          Component: (await import("./pages/ClinicStatisticsPage")).ClinicStatisticsPage,
        }),
      },
    ],
  },
];
