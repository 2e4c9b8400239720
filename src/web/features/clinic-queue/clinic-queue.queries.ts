import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ClinicKind, clinicQueueRoutes } from "../../../common/contracts/clinic-queue";
import { callApi } from "../../api/client";

/** The desk asks for news this often while shown: tickets come from the door and from phones. */
export const DESK_REFRESH_MS = 5_000;
/** The room's screen: a little quicker, it is what the women watch. */
export const SCREEN_REFRESH_MS = 4_000;

export const clinicQueueKeys = {
  all: ["clinic-queue"] as const,
  queue: (siteId: string) => [...clinicQueueKeys.all, "queue", siteId] as const,
  screen: (siteId: string) => [...clinicQueueKeys.all, "screen", siteId] as const,
  slotsOf: (siteId: string) => [...clinicQueueKeys.all, "slots", siteId] as const,
  slots: (siteId: string, from: string, to: string, clinicKind: ClinicKind | null) =>
    [...clinicQueueKeys.slotsOf(siteId), { from, to, clinicKind }] as const,
  appointmentsOf: (siteId: string) => [...clinicQueueKeys.all, "appointments", siteId] as const,
  appointments: (siteId: string, from: string, to: string) =>
    [...clinicQueueKeys.appointmentsOf(siteId), { from, to }] as const,
  slotSettings: (siteId: string) => [...clinicQueueKeys.all, "slot-settings", siteId] as const,
};

/** Tonight's queue for the desk (and the door's ticket button, which asks without polling). */
export const useQueue = (siteId: string, options: { poll?: boolean; enabled?: boolean } = {}) =>
  useQuery({
    queryKey: clinicQueueKeys.queue(siteId),
    queryFn: ({ signal }) => callApi(clinicQueueRoutes.queue, { params: { siteId }, signal }),
    refetchInterval: options.poll === false ? false : DESK_REFRESH_MS,
    refetchIntervalInBackground: false,
    staleTime: options.poll === false ? 30_000 : 0,
    enabled: options.enabled ?? true,
  });

/** The waiting room's numbers; asked for even while the tab is in the background (a TV has no focus). */
export const useQueueScreen = (siteId: string) =>
  useQuery({
    queryKey: clinicQueueKeys.screen(siteId),
    queryFn: ({ signal }) => callApi(clinicQueueRoutes.screen, { params: { siteId }, signal }),
    refetchInterval: SCREEN_REFRESH_MS,
    refetchIntervalInBackground: true,
    staleTime: 0,
    retry: false,
  });

export const useSlots = (siteId: string, from: string, to: string, clinicKind: ClinicKind | null) =>
  useQuery({
    queryKey: clinicQueueKeys.slots(siteId, from, to, clinicKind),
    queryFn: ({ signal }) =>
      callApi(clinicQueueRoutes.slots, {
        params: { siteId },
        query: { from, to, ...(clinicKind ? { clinicKind } : {}) },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const useAppointments = (siteId: string, from: string, to: string) =>
  useQuery({
    queryKey: clinicQueueKeys.appointments(siteId, from, to),
    queryFn: ({ signal }) =>
      callApi(clinicQueueRoutes.listAppointments, { params: { siteId }, query: { from, to }, signal }),
    placeholderData: keepPreviousData,
  });

export const useSlotSettings = (siteId: string) =>
  useQuery({
    queryKey: clinicQueueKeys.slotSettings(siteId),
    queryFn: ({ signal }) => callApi(clinicQueueRoutes.slotSettings, { params: { siteId }, signal }),
  });
