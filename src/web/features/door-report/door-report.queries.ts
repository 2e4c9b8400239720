import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { siteRoutes } from "../../../common/contracts/sites";
import { visitsRoutes } from "../../../common/contracts/visits";
import { LIMITS } from "../../../common/limits";
import { callApi } from "../../api/client";
import { isValidPeriod, type Period } from "./door-report.period";

export const doorReportKeys = {
  all: ["door-report"] as const,
  sites: () => [...doorReportKeys.all, "sites"] as const,
  report: (siteId: string, period: Period) => [...doorReportKeys.all, "report", siteId, period] as const,
};

/** The sites this person may see, for the picker: a centre has a handful, one page holds them. */
export const useReportSites = () =>
  useQuery({
    queryKey: doorReportKeys.sites(),
    queryFn: ({ signal }) => callApi(siteRoutes.listSites, { query: { limit: LIMITS.pageSizeMax }, signal }),
    staleTime: 5 * 60_000,
  });

/** The figures of a site for a period; asked for only once the period is a valid one. */
export const useDoorReport = (siteId: string | null, period: Period) =>
  useQuery({
    queryKey: doorReportKeys.report(siteId ?? "", period),
    queryFn: ({ signal }) =>
      callApi(visitsRoutes.doorReport, {
        query: { siteId: siteId ?? "", from: period.from, to: period.to },
        signal,
      }),
    enabled: Boolean(siteId) && isValidPeriod(period),
    placeholderData: keepPreviousData,
  });
