import { queryOptions, useQuery } from "@tanstack/react-query";
import { servicesRoutes } from "../../../common/contracts/services";
import { visitsRoutes } from "../../../common/contracts/visits";
import { callApi } from "../../api/client";

/** How often the board asks for news while the tab is shown: two tablets see each other's check-ins. */
export const BOARD_REFRESH_MS = 5_000;

export const doorKeys = {
  all: ["door"] as const,
  tonight: (siteId: string) => [...doorKeys.all, "tonight", siteId] as const,
  catalogue: (siteId: string) => [...doorKeys.all, "catalogue", siteId] as const,
  visits: () => [...doorKeys.all, "visit"] as const,
  visit: (id: string) => [...doorKeys.visits(), id] as const,
  /** A code's profile, kept in memory only while the panel shows it. */
  code: (code: string) => [...doorKeys.all, "code", code] as const,
};

/** Tonight's board, refreshed every few seconds while the page is visible (not in a hidden tab). */
export const useTonight = (siteId: string) =>
  useQuery({
    queryKey: doorKeys.tonight(siteId),
    queryFn: ({ signal }) => callApi(visitsRoutes.tonight, { params: { siteId }, signal }),
    refetchInterval: BOARD_REFRESH_MS,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });

/** The site's services and supplies, for ticking and handing out. */
export const useCatalogue = (siteId: string) =>
  useQuery({
    queryKey: doorKeys.catalogue(siteId),
    queryFn: ({ signal }) => callApi(servicesRoutes.catalogue, { params: { siteId }, signal }),
  });

/** One visit, for the side panel. */
export const useVisit = (id: string | null) =>
  useQuery({
    queryKey: doorKeys.visit(id ?? ""),
    queryFn: ({ signal }) => callApi(visitsRoutes.getVisit, { params: { id: id ?? "" }, signal }),
    enabled: id !== null,
  });

/**
 * A typed code's profile (looked up in a request body, never in a URL), so the door knows her
 * nationality and sees her flags before she is checked in. Kept in memory for a minute only.
 */
export const codeLookupOptions = (code: string) =>
  queryOptions({
    queryKey: doorKeys.code(code),
    queryFn: ({ signal }) => callApi(visitsRoutes.lookupCode, { body: { code }, signal }),
    staleTime: 60_000,
    gcTime: 60_000,
  });

/** The lookup while a valid code is typed; idle (null code) otherwise. */
export const useCodeLookup = (code: string | null) =>
  useQuery({ ...codeLookupOptions(code ?? ""), enabled: code !== null });
