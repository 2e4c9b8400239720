import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { RecordSuppliesBodySchema } from "../../../common/contracts/services";
import { servicesRoutes } from "../../../common/contracts/services";
import { type CheckInBody, type Visit, visitsRoutes } from "../../../common/contracts/visits";
import { callApi, callApiWithStatus } from "../../api/client";
import { doorKeys } from "./door.queries";

/** After any change at the door: the board asks again at once, and the visit shows its new state. */
function useAfterChange(siteId: string) {
  const queryClient = useQueryClient();
  return (visit?: Visit) => {
    if (visit) queryClient.setQueryData(doorKeys.visit(visit.id), visit);
    return queryClient.invalidateQueries({ queryKey: doorKeys.tonight(siteId) });
  };
}

export function useOpenSession(siteId: string) {
  const afterChange = useAfterChange(siteId);
  return useMutation({
    mutationFn: () => callApi(visitsRoutes.openSession, { params: { siteId } }),
    onSuccess: () => afterChange(),
  });
}

export function useCloseSession(siteId: string) {
  const afterChange = useAfterChange(siteId);
  return useMutation({
    mutationFn: () => callApi(visitsRoutes.closeSession, { params: { siteId } }),
    onSuccess: () => afterChange(),
  });
}

export interface CheckInVariables {
  body: CheckInBody;
  /** The same key for every attempt of one check-in: a retry answers the first visit. */
  idempotencyKey: string;
  /** Whether this key was sent before (a retry after a failure). */
  retry: boolean;
}

export interface CheckInResult {
  visit: Visit;
  /** 200 on a first attempt: her code was already checked in tonight, and this is that visit. */
  alreadyCheckedIn: boolean;
}

export function useCheckIn(siteId: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange(siteId);
  return useMutation({
    mutationFn: async ({ body, idempotencyKey, retry }: CheckInVariables): Promise<CheckInResult> => {
      const { data, status } = await callApiWithStatus(visitsRoutes.checkIn, {
        body,
        headers: { "Idempotency-Key": idempotencyKey },
      });
      return { visit: data, alreadyCheckedIn: status === 200 && !retry };
    },
    onSuccess: (result) => {
      // Her code has one visit more now: a lookup kept from before would show the old count (and a
      // visit count of 0 would make her next check-in a first visit again).
      queryClient.removeQueries({ queryKey: [...doorKeys.all, "code"] });
      return afterChange(result.visit);
    },
  });
}

export function useMarkLeft(siteId: string) {
  const afterChange = useAfterChange(siteId);
  return useMutation({
    mutationFn: (id: string) => callApi(visitsRoutes.markLeft, { params: { id } }),
    onSuccess: (visit) => afterChange(visit),
  });
}

export function useMarkIntroduced(siteId: string) {
  const afterChange = useAfterChange(siteId);
  return useMutation({
    mutationFn: (id: string) => callApi(visitsRoutes.markIntroduced, { params: { id } }),
    onSuccess: (visit) => afterChange(visit),
  });
}

export function useRemoveVisit(siteId: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange(siteId);
  return useMutation({
    mutationFn: (id: string) => callApi(visitsRoutes.removeVisit, { params: { id } }),
    onSuccess: (_ok, id) => {
      queryClient.removeQueries({ queryKey: doorKeys.visit(id) });
      return afterChange();
    },
  });
}

/** Tick (or untick) one service of a visit. */
export function useToggleService(siteId: string) {
  const afterChange = useAfterChange(siteId);
  return useMutation({
    mutationFn: ({ visitId, serviceId, ticked }: { visitId: string; serviceId: string; ticked: boolean }) =>
      ticked
        ? callApi(servicesRoutes.recordServices, {
            params: { id: visitId },
            body: { serviceIds: [serviceId] },
          })
        : callApi(servicesRoutes.untickService, { params: { id: visitId, serviceId } }),
    onSuccess: (visit) => afterChange(visit),
  });
}

export function useRecordSupplies(siteId: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange(siteId);
  return useMutation({
    mutationFn: ({ visitId, body }: { visitId: string; body: z.input<typeof RecordSuppliesBodySchema> }) =>
      callApi(servicesRoutes.recordSupplies, { params: { id: visitId }, body }),
    onSuccess: (visit) => {
      // Stock went down: the steppers and the board's low-stock warnings follow.
      void queryClient.invalidateQueries({ queryKey: doorKeys.catalogue(siteId) });
      return afterChange(visit);
    },
  });
}
