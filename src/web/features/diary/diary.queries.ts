import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { diaryRoutes, type SearchBody, type ThemeEntriesQuerySchema } from "../../../common/contracts/diary";
import { followUpsRoutes } from "../../../common/contracts/follow-ups";
import { callApi } from "../../api/client";

/** How often an open entry asks for colleagues' new paragraphs while the tab is shown. */
export const ENTRY_REFRESH_MS = 15_000;
export const ENTRIES_PAGE_SIZE = 30;
export const SEARCH_PAGE_SIZE = 20;

export const diaryKeys = {
  all: ["diary"] as const,
  tonight: (siteId: string) => [...diaryKeys.all, "tonight", siteId] as const,
  entries: () => [...diaryKeys.all, "entry"] as const,
  entry: (sessionId: string) => [...diaryKeys.entries(), sessionId] as const,
  lists: (siteId: string) => [...diaryKeys.all, "list", siteId] as const,
  list: (siteId: string, range: { from?: string; to?: string }) =>
    [...diaryKeys.lists(siteId), range] as const,
  history: (sessionId: string) => [...diaryKeys.all, "history", sessionId] as const,
  themes: () => [...diaryKeys.all, "themes"] as const,
  themeMonths: (siteId: string, from: string, to: string) =>
    [...diaryKeys.all, "themeMonths", siteId, from, to] as const,
  themeEntries: (siteId: string, themeId: string, month: string) =>
    [...diaryKeys.all, "themeEntries", siteId, themeId, month] as const,
  /** The search's filters (a code among them) stay in memory only, never in the address. */
  search: (siteId: string, body: SearchBody) => [...diaryKeys.all, "search", siteId, body] as const,
  colleagues: (siteId: string) => [...diaryKeys.all, "colleagues", siteId] as const,
};

/** Tonight's entry of a site (null when no session has been opened today). */
export const useTonightEntry = (siteId: string) =>
  useQuery({
    queryKey: diaryKeys.tonight(siteId),
    queryFn: ({ signal }) => callApi(diaryRoutes.tonight, { params: { siteId }, signal }),
    // Which session is tonight's changes seldom; its entry refreshes on its own (useEntry).
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
  });

/** One session's entry, refreshed now and then so colleagues' paragraphs appear. */
export const useEntry = (sessionId: string, options: { refresh?: boolean } = {}) =>
  useQuery({
    queryKey: diaryKeys.entry(sessionId),
    queryFn: ({ signal }) => callApi(diaryRoutes.getEntry, { params: { sessionId }, signal }),
    refetchInterval: options.refresh === false ? false : ENTRY_REFRESH_MS,
    refetchIntervalInBackground: false,
    enabled: sessionId !== "",
  });

/** The site's sessions, newest first; "load more" asks for older ones. */
export const useEntryList = (siteId: string, range: { from?: string; to?: string }) =>
  useInfiniteQuery({
    queryKey: diaryKeys.list(siteId, range),
    queryFn: ({ pageParam, signal }) =>
      callApi(diaryRoutes.listEntries, {
        params: { siteId },
        query: { ...range, limit: ENTRIES_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export const useEntryHistory = (sessionId: string) =>
  useQuery({
    queryKey: diaryKeys.history(sessionId),
    queryFn: ({ signal }) => callApi(diaryRoutes.history, { params: { sessionId }, signal }),
    // Every read is audited: asked once per visit of the page.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });

/** The themes with their keyword rules: for names, choices and suggestions while typing. */
export const useThemes = () =>
  useQuery({
    queryKey: diaryKeys.themes(),
    queryFn: ({ signal }) => callApi(diaryRoutes.listThemes, { signal }),
    staleTime: 5 * 60_000,
  });

export const useThemeMonths = (siteId: string, range: { from: string; to: string } | null) =>
  useQuery({
    queryKey: diaryKeys.themeMonths(siteId, range?.from ?? "", range?.to ?? ""),
    queryFn: ({ signal }) =>
      callApi(diaryRoutes.themeMonths, {
        params: { siteId },
        query: { from: range?.from ?? "", to: range?.to ?? "" },
        signal,
      }),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });

export const useThemeEntries = (
  siteId: string,
  cell: ({ themeId: string } & z.input<typeof ThemeEntriesQuerySchema>) | null,
) =>
  useQuery({
    queryKey: diaryKeys.themeEntries(siteId, cell?.themeId ?? "", cell?.month ?? ""),
    queryFn: ({ signal }) =>
      callApi(diaryRoutes.themeEntries, {
        params: { siteId, themeId: cell?.themeId ?? "" },
        query: { month: cell?.month ?? "" },
        signal,
      }),
    enabled: cell !== null,
  });

/** A search, page by page; null while nothing has been asked. */
export const useDiarySearch = (siteId: string, body: SearchBody | null) =>
  useInfiniteQuery({
    queryKey: diaryKeys.search(siteId, body ?? {}),
    queryFn: ({ pageParam, signal }) =>
      callApi(diaryRoutes.search, {
        params: { siteId },
        body: { ...body, limit: SEARCH_PAGE_SIZE, offset: pageParam },
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
    enabled: body !== null,
    // Results may hold a code: not kept once the page is left.
    gcTime: 0,
    retry: false,
  });

/** Staff of the site, for the search's author filter. */
export const useColleagues = (siteId: string) =>
  useQuery({
    queryKey: diaryKeys.colleagues(siteId),
    queryFn: ({ signal }) => callApi(followUpsRoutes.colleagues, { params: { siteId }, signal }),
    staleTime: 5 * 60_000,
  });
