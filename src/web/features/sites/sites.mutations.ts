import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import {
  type ActivityBodySchema,
  type ClosureBodySchema,
  type CreateSiteBodySchema,
  type OneOffOpeningBodySchema,
  type PilotPeriodBodySchema,
  siteRoutes,
  type UpdateSiteBodySchema,
  type WeeklyOpeningBodySchema,
} from "../../../common/contracts/sites";
import { callApi } from "../../api/client";
import { siteKeys } from "./sites.queries";

/** After any change to a week, the week and every computed session list (roster) are stale. */
function useInvalidateWeek(siteId: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: siteKeys.week(siteId) }),
      queryClient.invalidateQueries({ queryKey: ["roster"] }),
    ]);
  };
}

export function useCreateSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateSiteBodySchema>) => callApi(siteRoutes.createSite, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: siteKeys.lists() }),
  });
}

export function useUpdateSite(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateSiteBodySchema>) =>
      callApi(siteRoutes.updateSite, { params: { siteId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: siteKeys.all }),
  });
}

type Body<S extends z.ZodType> = z.input<S>;

/** Saves one entry of the week: creates it when no id is given, else sends every field the form shows. */
function useSave<B, R>(
  siteId: string,
  create: (siteId: string, body: B) => Promise<R>,
  update: (siteId: string, id: string, body: B) => Promise<R>,
) {
  const invalidate = useInvalidateWeek(siteId);
  return useMutation({
    mutationFn: (input: { id?: string; body: B }) =>
      input.id ? update(siteId, input.id, input.body) : create(siteId, input.body),
    onSuccess: invalidate,
  });
}

export const useSaveWeeklyOpening = (siteId: string) =>
  useSave(
    siteId,
    (siteId, body: Body<typeof WeeklyOpeningBodySchema>) =>
      callApi(siteRoutes.createWeeklyOpening, { params: { siteId }, body }),
    (siteId, id, body) => callApi(siteRoutes.updateWeeklyOpening, { params: { siteId, id }, body }),
  );

export const useSaveOneOffOpening = (siteId: string) =>
  useSave(
    siteId,
    (siteId, body: Body<typeof OneOffOpeningBodySchema>) =>
      callApi(siteRoutes.createOneOffOpening, { params: { siteId }, body }),
    (siteId, id, body) => callApi(siteRoutes.updateOneOffOpening, { params: { siteId, id }, body }),
  );

export const useSaveClosure = (siteId: string) =>
  useSave(
    siteId,
    (siteId, body: Body<typeof ClosureBodySchema>) =>
      callApi(siteRoutes.createClosure, { params: { siteId }, body }),
    (siteId, id, body) => callApi(siteRoutes.updateClosure, { params: { siteId, id }, body }),
  );

export const useSavePilotPeriod = (siteId: string) =>
  useSave(
    siteId,
    (siteId, body: Body<typeof PilotPeriodBodySchema>) =>
      callApi(siteRoutes.createPilotPeriod, { params: { siteId }, body }),
    (siteId, id, body) => callApi(siteRoutes.updatePilotPeriod, { params: { siteId, id }, body }),
  );

export const useSaveActivity = (siteId: string) =>
  useSave(
    siteId,
    (siteId, body: Body<typeof ActivityBodySchema>) =>
      callApi(siteRoutes.createActivity, { params: { siteId }, body }),
    (siteId, id, body) => callApi(siteRoutes.updateActivity, { params: { siteId, id }, body }),
  );

const REMOVE = {
  weeklyOpening: (siteId: string, id: string) =>
    callApi(siteRoutes.deleteWeeklyOpening, { params: { siteId, id } }),
  oneOffOpening: (siteId: string, id: string) =>
    callApi(siteRoutes.deleteOneOffOpening, { params: { siteId, id } }),
  closure: (siteId: string, id: string) => callApi(siteRoutes.deleteClosure, { params: { siteId, id } }),
  pilotPeriod: (siteId: string, id: string) =>
    callApi(siteRoutes.deletePilotPeriod, { params: { siteId, id } }),
  activity: (siteId: string, id: string) => callApi(siteRoutes.deleteActivity, { params: { siteId, id } }),
};
export type EntryKind = keyof typeof REMOVE;

export function useRemoveEntry(siteId: string) {
  const invalidate = useInvalidateWeek(siteId);
  return useMutation({
    mutationFn: (input: { kind: EntryKind; id: string }) => REMOVE[input.kind](siteId, input.id),
    onSuccess: invalidate,
  });
}
