import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { siteRoutes } from "../../../common/contracts/sites";
import { callApi } from "../../api/client";

export const siteKeys = {
  all: ["sites"] as const,
  lists: () => [...siteKeys.all, "list"] as const,
  list: (cursor: string | undefined) => [...siteKeys.lists(), { cursor }] as const,
  site: (siteId: string) => [...siteKeys.all, "site", siteId] as const,
  week: (siteId: string) => [...siteKeys.all, "week", siteId] as const,
};

export const SITES_PAGE_SIZE = 50;

export const useSites = (cursor?: string) =>
  useQuery({
    queryKey: siteKeys.list(cursor),
    queryFn: ({ signal }) =>
      callApi(siteRoutes.listSites, { query: { limit: SITES_PAGE_SIZE, cursor }, signal }),
    placeholderData: keepPreviousData,
  });

export const useSite = (siteId: string) =>
  useQuery({
    queryKey: siteKeys.site(siteId),
    queryFn: ({ signal }) => callApi(siteRoutes.getSite, { params: { siteId }, signal }),
  });

/** The site's whole editable schedule. */
export const useWeek = (siteId: string) =>
  useQuery({
    queryKey: siteKeys.week(siteId),
    queryFn: ({ signal }) => callApi(siteRoutes.getWeek, { params: { siteId }, signal }),
  });
