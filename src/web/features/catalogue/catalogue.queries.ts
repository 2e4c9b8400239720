import { useQuery } from "@tanstack/react-query";
import { servicesRoutes } from "../../../common/contracts/services";
import { callApi } from "../../api/client";

export const catalogueKeys = {
  all: ["catalogue"] as const,
  site: (siteId: string) => [...catalogueKeys.all, siteId] as const,
};

/** The site's services and supplies, with stock, limits and what this person may change. */
export const useCatalogue = (siteId: string) =>
  useQuery({
    queryKey: catalogueKeys.site(siteId),
    queryFn: ({ signal }) => callApi(servicesRoutes.catalogue, { params: { siteId }, signal }),
  });
