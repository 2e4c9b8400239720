import { useQuery } from "@tanstack/react-query";
import { visitsRoutes } from "../../../common/contracts/visits";
import { callApi } from "../../api/client";

export const visitorKeys = {
  all: ["visitor-codes"] as const,
  profile: (id: string) => [...visitorKeys.all, "profile", id] as const,
};

/**
 * A code's profile. Every answer that carries her nickname is written to the audit log, so the
 * profile is not fetched again just because the window got focus: only on opening the page, or
 * when it is older than five minutes.
 */
export const useVisitorProfile = (id: string) =>
  useQuery({
    queryKey: visitorKeys.profile(id),
    queryFn: ({ signal }) => callApi(visitsRoutes.getCode, { params: { id }, signal }),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
