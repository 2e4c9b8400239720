import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { z } from "zod";
import {
  type FlagKind,
  type IssueCodeBodySchema,
  type UpdateCodeBodySchema,
  type VisitorProfile,
  visitsRoutes,
} from "../../../common/contracts/visits";
import { callApi } from "../../api/client";
import { type WithStepUp, withoutStepUp } from "../accounts/step-up";
import { visitorKeys } from "./visitors.queries";

/** Other features' data (tonight's board lists codes of tonight's visits) may name a merged or erased code. */
const notVisitorCodes = (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== visitorKeys.all[0];

/** Keeps the answer as the profile's data: the page shows it without asking (and auditing) again. */
function useRememberProfile() {
  const queryClient = useQueryClient();
  return (profile: VisitorProfile) => {
    queryClient.setQueryData(visitorKeys.profile(profile.id), profile);
  };
}

/** Finds a code's profile by the code as typed; the code travels in the body, never in an address. */
export function useLookupCode() {
  const remember = useRememberProfile();
  return useMutation({
    mutationFn: (code: string) => callApi(visitsRoutes.lookupCode, { body: { code } }),
    onSuccess: remember,
  });
}

export function useIssueCode() {
  const remember = useRememberProfile();
  return useMutation({
    mutationFn: (body: z.input<typeof IssueCodeBodySchema>) => callApi(visitsRoutes.issueCode, { body }),
    onSuccess: remember,
  });
}

export function useUpdateCode(id: string) {
  const remember = useRememberProfile();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateCodeBodySchema>) =>
      callApi(visitsRoutes.updateCode, { params: { id }, body }),
    onSuccess: remember,
  });
}

export function useRaiseFlag(id: string) {
  const remember = useRememberProfile();
  return useMutation({
    mutationFn: (kind: FlagKind) => callApi(visitsRoutes.raiseFlag, { params: { id }, body: { kind } }),
    onSuccess: remember,
  });
}

export function useClearFlag(id: string) {
  const remember = useRememberProfile();
  return useMutation({
    mutationFn: (flagId: string) => callApi(visitsRoutes.clearFlag, { params: { id, flagId } }),
    onSuccess: remember,
  });
}

/** Merges the other code into this one; the other code's cached profile (if any) is gone with it. */
export function useMergeCodes(id: string) {
  const queryClient = useQueryClient();
  const remember = useRememberProfile();
  return useMutation({
    mutationFn: (otherCode: string) =>
      callApi(visitsRoutes.mergeCodes, { params: { id }, body: { otherCode } }),
    onSuccess: (profile) => {
      queryClient.removeQueries({
        queryKey: visitorKeys.all,
        predicate: (query) => query.queryKey[2] !== id,
      });
      remember(profile);
      void queryClient.invalidateQueries({ predicate: notVisitorCodes });
    },
  });
}

/**
 * Erases the code. Its profile stays cached while the profile page is still on screen (removing it
 * there would fetch it again, and be answered 404); the next page calls `useForgetErasedCodes`.
 */
export function useEraseCode(id: string, options: { withStepUp?: WithStepUp } = {}) {
  // Erasure needs a fresh second factor: the server answers STEP_UP_REQUIRED and useStepUp asks.
  const run = options.withStepUp ?? withoutStepUp;
  return useMutation({
    mutationFn: () => run(() => callApi(visitsRoutes.eraseCode, { params: { id } })),
  });
}

/** After an erasure, on the page shown next: no profile off screen is kept, and other data is refreshed. */
export function useForgetErasedCodes() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    queryClient.removeQueries({ queryKey: visitorKeys.all, type: "inactive" });
    void queryClient.invalidateQueries({ predicate: notVisitorCodes });
  }, [queryClient]);
}
