import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { accountRoutes } from "../../../common/contracts/accounts";
import { auditRoutes } from "../../../common/contracts/audit";
import type { ErrorCode, FieldError } from "../../../common/errors";
import { LIMITS } from "../../../common/limits";
import { ApiError, buildUrl, callApi } from "../../api/client";
import type { AuditQuery } from "./audit.filters";

export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  all: ["audit"] as const,
  events: (query: AuditQuery) => [...auditKeys.all, "events", query] as const,
  verification: () => [...auditKeys.all, "verification"] as const,
  people: () => [...auditKeys.all, "people"] as const,
};

/** The log, newest first; "load more" fetches the next older page with the last row's id. */
export const useAuditEvents = (query: AuditQuery) =>
  useInfiniteQuery({
    queryKey: auditKeys.events(query),
    queryFn: ({ pageParam, signal }) =>
      callApi(auditRoutes.listAuditEvents, {
        query: { ...query, limit: AUDIT_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

/** The hash chain's check. It walks the whole log, so it is asked for once per visit of the page. */
export const useAuditVerification = () =>
  useQuery({
    queryKey: auditKeys.verification(),
    queryFn: ({ signal }) => callApi(auditRoutes.verifyAuditChain, { signal }),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });

/**
 * Staff to filter by. A centre has a few dozen; one page of the largest size holds them (managers
 * and administrators, who read the log, may read the account list).
 */
export const useAuditPeople = () =>
  useQuery({
    queryKey: auditKeys.people(),
    queryFn: ({ signal }) =>
      callApi(accountRoutes.listAccounts, { query: { limit: LIMITS.pageSizeMax }, signal }),
    staleTime: 5 * 60_000,
  });

async function problemOf(response: Response): Promise<ApiError> {
  const problem = (await response.json().catch(() => null)) as {
    code?: ErrorCode;
    detail?: string;
    errors?: FieldError[];
  } | null;
  return new ApiError({
    status: response.status,
    code: problem?.code ?? (response.status === 403 ? "FORBIDDEN" : "INTERNAL"),
    detail: problem?.detail,
    fieldErrors: problem?.errors,
  });
}

/**
 * Downloads the filtered log as CSV (administrators). Not through callApi, which reads JSON: the
 * address still comes from the contract, and refusals still become ApiErrors.
 */
async function downloadExport(query: AuditQuery): Promise<void> {
  const url = buildUrl(auditRoutes.exportAuditEvents.path, undefined, query);
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: "same-origin",
      cache: "no-store",
      headers: { accept: "text/csv" },
    });
  } catch {
    throw new ApiError({ status: 0, code: "NETWORK_ERROR" });
  }
  if (!response.ok) throw await problemOf(response);
  const blob = await response.blob();
  const filename =
    /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "pusterum-audit.csv";
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the object URL only has to outlive it.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export const useAuditExport = () => useMutation({ mutationFn: downloadExport });
