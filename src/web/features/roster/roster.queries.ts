import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { rosterRoutes } from "../../../common/contracts/roster";
import { callApi } from "../../api/client";

export const rosterKeys = {
  all: ["roster"] as const,
  sessions: (siteId: string, from: string, to: string) =>
    [...rosterKeys.all, "sessions", siteId, { from, to }] as const,
  staff: (siteId: string) => [...rosterKeys.all, "staff", siteId] as const,
  mine: (from: string, to: string) => [...rosterKeys.all, "mine", { from, to }] as const,
};

/** A site's sessions with activities and who is on duty. */
export const useSessions = (siteId: string, range: { from: string; to: string } | null) =>
  useQuery({
    queryKey: rosterKeys.sessions(siteId, range?.from ?? "", range?.to ?? ""),
    queryFn: ({ signal }) =>
      callApi(rosterRoutes.listSessions, {
        params: { siteId },
        query: { from: range?.from ?? "", to: range?.to ?? "" },
        signal,
      }),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });

export const useSiteStaff = (siteId: string, enabled: boolean) =>
  useQuery({
    queryKey: rosterKeys.staff(siteId),
    queryFn: ({ signal }) => callApi(rosterRoutes.listSiteStaff, { params: { siteId }, signal }),
    enabled,
  });

export const useMyShifts = (range: { from: string; to: string }) =>
  useQuery({
    queryKey: rosterKeys.mine(range.from, range.to),
    queryFn: ({ signal }) => callApi(rosterRoutes.myShifts, { query: range, signal }),
  });
