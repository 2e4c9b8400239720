import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { accountRoutes } from "../../../common/contracts/accounts";
import { siteRoutes } from "../../../common/contracts/sites";
import { LIMITS } from "../../../common/limits";
import { callApi } from "../../api/client";

export const accountKeys = {
  all: ["accounts"] as const,
  me: () => [...accountKeys.all, "me"] as const,
  setupStatus: () => [...accountKeys.all, "setup-status"] as const,
  organisations: () => [...accountKeys.all, "organisations"] as const,
  lists: () => [...accountKeys.all, "list"] as const,
  list: (cursor: string | undefined, limit: number) => [...accountKeys.lists(), { cursor, limit }] as const,
  enrolment: () => [...accountKeys.all, "enrolment"] as const,
  siteChoices: () => [...accountKeys.all, "site-choices"] as const,
};

/** The signed-in staff member, or a 401 when there is no session. */
export const meQuery = queryOptions({
  queryKey: accountKeys.me(),
  queryFn: ({ signal }) => callApi(accountRoutes.me, { signal }),
  retry: false,
  staleTime: 60_000,
});

export const useMe = () => useQuery(meQuery);

export const useSetupStatus = () =>
  useQuery({
    queryKey: accountKeys.setupStatus(),
    queryFn: ({ signal }) => callApi(accountRoutes.setupStatus, { signal }),
    staleTime: 0,
  });

export const useOrganisations = () =>
  useQuery({
    queryKey: accountKeys.organisations(),
    queryFn: ({ signal }) => callApi(accountRoutes.listOrganisations, { signal }),
    staleTime: 5 * 60_000,
  });

export const ACCOUNTS_PAGE_SIZE = 25;

/** One page of staff accounts; the server pages with an opaque cursor. */
export const useAccounts = (cursor: string | undefined) =>
  useQuery({
    queryKey: accountKeys.list(cursor, ACCOUNTS_PAGE_SIZE),
    queryFn: ({ signal }) =>
      callApi(accountRoutes.listAccounts, { query: { limit: ACCOUNTS_PAGE_SIZE, cursor }, signal }),
    placeholderData: keepPreviousData,
  });

/**
 * Starts enrolling an authenticator app. A POST, but kept as a query so the page asks for one
 * secret only (React may mount a page twice in development) and drops it when the page is left.
 */
export const useEnrolment = (enabled: boolean) =>
  useQuery({
    queryKey: accountKeys.enrolment(),
    queryFn: () => callApi(accountRoutes.startEnrolment),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

/**
 * The sites an account can be given. A centre has a handful; one page of the largest size holds
 * them all (administrators and managers see every site).
 */
export const useSiteChoices = (enabled = true) =>
  useQuery({
    queryKey: accountKeys.siteChoices(),
    queryFn: ({ signal }) => callApi(siteRoutes.listSites, { query: { limit: LIMITS.pageSizeMax }, signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
