import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  type BookAppointmentBody,
  type ClinicKind,
  clinicQueueRoutes,
  type TakeTicketBody,
} from "../../../common/contracts/clinic-queue";
import { callApi, callApiWithStatus } from "../../api/client";
import { clinicQueueKeys } from "./clinic-queue.queries";

/** After any change to the queue: the desk, the screen and the door's buttons ask again at once. */
function useAfterQueueChange(siteId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: clinicQueueKeys.queue(siteId) }),
      queryClient.invalidateQueries({ queryKey: clinicQueueKeys.screen(siteId) }),
    ]);
}

export interface TakenTicket {
  ticket: Awaited<ReturnType<typeof callApi<typeof clinicQueueRoutes.takeTicket>>>;
  /** 200: she already had a ticket tonight, and this is it. */
  hadOne: boolean;
}

export function useTakeTicket(siteId: string) {
  const afterChange = useAfterQueueChange(siteId);
  return useMutation({
    mutationFn: async (body: TakeTicketBody): Promise<TakenTicket> => {
      const { data, status } = await callApiWithStatus(clinicQueueRoutes.takeTicket, {
        params: { siteId },
        body,
      });
      return { ticket: data, hadOne: status === 200 };
    },
    onSuccess: () => afterChange(),
  });
}

export function useCallNext(siteId: string) {
  const afterChange = useAfterQueueChange(siteId);
  return useMutation({
    mutationFn: (clinicKind: ClinicKind | undefined) =>
      callApi(clinicQueueRoutes.callNext, { params: { siteId }, body: clinicKind ? { clinicKind } : {} }),
    onSuccess: () => afterChange(),
  });
}

export type TicketAction = "call" | "done" | "no-show" | "turn-away" | "withdraw";

const TICKET_ROUTES = {
  call: clinicQueueRoutes.callTicket,
  done: clinicQueueRoutes.ticketDone,
  "no-show": clinicQueueRoutes.ticketNoShow,
  "turn-away": clinicQueueRoutes.ticketTurnAway,
  withdraw: clinicQueueRoutes.ticketWithdraw,
} as const;

/** Call out of turn, done, no-show, turned away, withdrawn: one ticket at a time. */
export function useTicketAction(siteId: string) {
  const afterChange = useAfterQueueChange(siteId);
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: TicketAction }) =>
      callApi(TICKET_ROUTES[action], { params: { id } }),
    // A refusal (another nurse was quicker) also means the desk shows something old.
    onSettled: () => afterChange(),
  });
}

export function useTurnAwayRest(siteId: string) {
  const afterChange = useAfterQueueChange(siteId);
  return useMutation({
    mutationFn: (clinicKind: ClinicKind | undefined) =>
      callApi(clinicQueueRoutes.turnAwayRest, { params: { siteId }, body: clinicKind ? { clinicKind } : {} }),
    onSettled: () => afterChange(),
  });
}

/** After a booking or a cancellation: slots, appointment lists and tonight's queue ask again. */
function useAfterBookingChange(siteId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: clinicQueueKeys.slotsOf(siteId) }),
      queryClient.invalidateQueries({ queryKey: clinicQueueKeys.appointmentsOf(siteId) }),
      queryClient.invalidateQueries({ queryKey: clinicQueueKeys.queue(siteId) }),
    ]);
}

export function useBookAppointment(siteId: string) {
  const afterChange = useAfterBookingChange(siteId);
  return useMutation({
    mutationFn: (body: BookAppointmentBody) =>
      callApi(clinicQueueRoutes.bookAppointment, { params: { siteId }, body }),
    onSuccess: () => afterChange(),
  });
}

export type AppointmentAction = "cancel" | "arrived" | "no-show";

export function useAppointmentAction(siteId: string) {
  const afterChange = useAfterBookingChange(siteId);
  const afterQueueChange = useAfterQueueChange(siteId);
  return useMutation({
    /** Arrived answers her new ticket too; the others only the appointment. */
    mutationFn: async ({ id, action }: { id: string; action: AppointmentAction }) => {
      if (action === "arrived") return callApi(clinicQueueRoutes.appointmentArrived, { params: { id } });
      const route =
        action === "cancel" ? clinicQueueRoutes.cancelAppointment : clinicQueueRoutes.appointmentNoShow;
      return { appointment: await callApi(route, { params: { id } }), ticket: null };
    },
    onSettled: () => Promise.all([afterChange(), afterQueueChange()]),
  });
}

export function useUpdateSlotSetting(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { clinicKind: ClinicKind; slotMinutes: number }) =>
      callApi(clinicQueueRoutes.updateSlotSetting, { params: { siteId }, body }),
    onSuccess: (settings) => {
      queryClient.setQueryData(clinicQueueKeys.slotSettings(siteId), settings);
      return queryClient.invalidateQueries({ queryKey: clinicQueueKeys.slotsOf(siteId) });
    },
  });
}
