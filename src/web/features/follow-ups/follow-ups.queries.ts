import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FollowUpListQuery, followUpsRoutes } from "../../../common/contracts/follow-ups";
import { callApi } from "../../api/client";

export const followUpKeys = {
  all: ["follow-ups"] as const,
  lists: () => [...followUpKeys.all, "list"] as const,
  list: (siteId: string, query: FollowUpListQuery) => [...followUpKeys.lists(), siteId, query] as const,
  followUp: (id: string) => [...followUpKeys.all, "one", id] as const,
  colleagues: (siteId: string) => [...followUpKeys.all, "colleagues", siteId] as const,
};

/** One list of a site's follow-ups; the previous list stays on screen while another view loads. */
export const useFollowUps = (siteId: string, query: FollowUpListQuery) =>
  useQuery({
    queryKey: followUpKeys.list(siteId, query),
    queryFn: ({ signal }) => callApi(followUpsRoutes.listFollowUps, { params: { siteId }, query, signal }),
    placeholderData: keepPreviousData,
  });

export const useFollowUp = (id: string) =>
  useQuery({
    queryKey: followUpKeys.followUp(id),
    queryFn: ({ signal }) => callApi(followUpsRoutes.getFollowUp, { params: { id }, signal }),
  });

/** Staff of the site to assign a follow-up or send a message to. */
export const useColleagues = (siteId: string) =>
  useQuery({
    queryKey: followUpKeys.colleagues(siteId),
    queryFn: ({ signal }) => callApi(followUpsRoutes.colleagues, { params: { siteId }, signal }),
    staleTime: 5 * 60_000,
  });
