import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import type { z } from "zod";
import {
  accountRoutes,
  type ChangePasswordBodySchema,
  type CompleteSetupBodySchema,
  type CreateAccountBodySchema,
  type Me,
  type SecondFactorBodySchema,
  type SignInBody,
  type UpdateAccountBodySchema,
  type UpdateProfileBodySchema,
} from "../../../common/contracts/accounts";
import { callApi, forgetSession } from "../../api/client";
import { paths, type SignInReason } from "../../app/paths";
import { clearSession } from "../../app/session";
import { accountKeys } from "./accounts.queries";
import { type WithStepUp, withoutStepUp } from "./step-up";

/** Every answer that is a Me refreshes the cached Me, so pages see the next step at once. */
function useStoreMe() {
  const queryClient = useQueryClient();
  return (me: Me) => queryClient.setQueryData(accountKeys.me(), me);
}

export function useCompleteSetup() {
  const queryClient = useQueryClient();
  const storeMe = useStoreMe();
  return useMutation({
    mutationFn: (body: z.input<typeof CompleteSetupBodySchema>) =>
      callApi(accountRoutes.completeSetup, { body }),
    onSuccess: (me) => {
      storeMe(me);
      void queryClient.invalidateQueries({ queryKey: accountKeys.setupStatus() });
    },
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => callApi(accountRoutes.signIn, { body }),
    onSuccess: (me) => {
      // Nothing of an earlier session on this computer survives a new sign-in.
      queryClient.clear();
      queryClient.setQueryData(accountKeys.me(), me);
    },
  });
}

export function useSecondFactor() {
  const storeMe = useStoreMe();
  return useMutation({
    mutationFn: (body: z.input<typeof SecondFactorBodySchema>) =>
      callApi(accountRoutes.secondFactor, { body }),
    onSuccess: storeMe,
  });
}

/**
 * Confirms the authenticator app; answers with the recovery codes and the CSRF token of the new
 * session, which the API client keeps at once (as from every answer that carries one). The cached
 * Me is left as it is on purpose: the page shows the codes first and only then asks for the next step.
 */
export function useConfirmEnrolment() {
  return useMutation({
    mutationFn: (code: string) => callApi(accountRoutes.confirmEnrolment, { body: { code } }),
  });
}

/** New recovery codes need a fresh second factor: pass `withStepUp` from useStepUp. */
export function useRegenerateRecoveryCodes(options: { withStepUp?: WithStepUp } = {}) {
  const run = options.withStepUp ?? withoutStepUp;
  return useMutation({ mutationFn: () => run(() => callApi(accountRoutes.regenerateRecoveryCodes)) });
}

/** A fresh code from the authenticator app, before a sensitive action (see useStepUp). */
export function useConfirmStepUp() {
  return useMutation({ mutationFn: (code: string) => callApi(accountRoutes.stepUp, { body: { code } }) });
}

export function useChangePassword() {
  const storeMe = useStoreMe();
  return useMutation({
    mutationFn: (body: z.input<typeof ChangePasswordBodySchema>) =>
      callApi(accountRoutes.changePassword, { body }),
    onSuccess: storeMe,
  });
}

export function useUpdateProfile() {
  const storeMe = useStoreMe();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateProfileBodySchema>) =>
      callApi(accountRoutes.updateProfile, { body }),
    onSuccess: storeMe,
  });
}

/** Signs this browser out. Pair with useLeaveSession, which forgets the session in this tab. */
export function useSignOut() {
  return useMutation({ mutationFn: () => callApi(accountRoutes.signOut) });
}

/** Ends every session of this account, on every device. Pair with useLeaveSession. */
export function useSignOutEverywhere() {
  return useMutation({ mutationFn: () => callApi(accountRoutes.signOutEverywhere) });
}

/**
 * Goes to the sign-in page with a note, then forgets the session in this tab. Leaving first means
 * no page still on screen asks the server again and meets a 401.
 */
export function useLeaveSession() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (reason: SignInReason) => {
    forgetSession();
    await navigate(paths.signIn({ reason }), { replace: true });
    clearSession(queryClient);
  };
}

function useInvalidateAccountLists() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: accountKeys.lists() });
}

export function useCreateAccount() {
  const invalidate = useInvalidateAccountLists();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateAccountBodySchema>) =>
      callApi(accountRoutes.createAccount, { body }),
    onSuccess: invalidate,
  });
}

/** A change of role needs a fresh second factor: pass `withStepUp` from useStepUp. */
export function useUpdateAccount(options: { withStepUp?: WithStepUp } = {}) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAccountLists();
  const run = options.withStepUp ?? withoutStepUp;
  return useMutation({
    mutationFn: (input: { id: string; body: z.input<typeof UpdateAccountBodySchema> }) =>
      run(() => callApi(accountRoutes.updateAccount, { params: { id: input.id }, body: input.body })),
    onSuccess: () => {
      void invalidate();
      // The administrator may have changed their own name or languages.
      void queryClient.invalidateQueries({ queryKey: accountKeys.me() });
    },
  });
}

export function useDeactivateAccount() {
  const invalidate = useInvalidateAccountLists();
  return useMutation({
    mutationFn: (id: string) => callApi(accountRoutes.deactivateAccount, { params: { id } }),
    onSuccess: invalidate,
  });
}

export function useReactivateAccount() {
  const invalidate = useInvalidateAccountLists();
  return useMutation({
    mutationFn: (id: string) => callApi(accountRoutes.reactivateAccount, { params: { id } }),
    onSuccess: invalidate,
  });
}

export function useResetAccount() {
  const invalidate = useInvalidateAccountLists();
  return useMutation({
    mutationFn: (id: string) => callApi(accountRoutes.resetAccount, { params: { id } }),
    onSuccess: invalidate,
  });
}
