import { useQuery } from "@tanstack/react-query";
import { handoverRoutes } from "../../../common/contracts/handover";
import { siteRoutes } from "../../../common/contracts/sites";
import { callApi } from "../../api/client";
import { siteKeys } from "../sites/sites.queries";

/** How often the handover asks for news while it is shown: a colleague's message arrives by itself. */
export const HANDOVER_REFRESH_MS = 60_000;

export const handoverKeys = {
  all: ["handover"] as const,
  site: (siteId: string) => [...handoverKeys.all, siteId] as const,
};

/** The handover of a site; idle without a site (the home page before it knows which). */
export const useHandover = (siteId: string | null) =>
  useQuery({
    queryKey: handoverKeys.site(siteId ?? ""),
    queryFn: ({ signal }) => callApi(handoverRoutes.handover, { params: { siteId: siteId ?? "" }, signal }),
    enabled: siteId !== null,
    refetchInterval: HANDOVER_REFRESH_MS,
    refetchIntervalInBackground: false,
  });

/** One site (shares the sites feature's cache); idle until its id is known. */
export const useSiteOnceKnown = (siteId: string | undefined) =>
  useQuery({
    queryKey: siteKeys.site(siteId ?? ""),
    queryFn: ({ signal }) => callApi(siteRoutes.getSite, { params: { siteId: siteId ?? "" }, signal }),
    enabled: siteId !== undefined,
  });
