import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { clinicRoutes, type TestState } from "../../../common/contracts/clinic";
import { siteRoutes } from "../../../common/contracts/sites";
import { LIMITS } from "../../../common/limits";
import { callApi } from "../../api/client";
import type { Period } from "../door-report/door-report.period";
import { isValidClinicPeriod } from "./clinic.period";

/** How many tests of one state the board shows at first; "Show more" asks for the next ones. */
export const BOARD_PAGE_SIZE = 30;
/** The board asks for news now and then while it is shown: a colleague may have moved a test. */
export const BOARD_REFRESH_MS = 30_000;

export const clinicKeys = {
  all: ["clinic"] as const,
  sites: () => [...clinicKeys.all, "sites"] as const,
  medicines: (siteId: string) => [...clinicKeys.all, "medicines", siteId] as const,
  medicineList: (siteId: string, includeInactive: boolean) =>
    [...clinicKeys.medicines(siteId), { includeInactive }] as const,
  boards: () => [...clinicKeys.all, "board"] as const,
  board: (siteId: string, state: TestState) => [...clinicKeys.boards(), siteId, state] as const,
  tests: () => [...clinicKeys.all, "test"] as const,
  test: (id: string) => [...clinicKeys.tests(), id] as const,
  consultations: () => [...clinicKeys.all, "consultation"] as const,
  consultation: (id: string) => [...clinicKeys.consultations(), id] as const,
  turnaround: (siteId: string, period: Period) => [...clinicKeys.all, "turnaround", siteId, period] as const,
  statistics: (siteId: string, period: Period) => [...clinicKeys.all, "statistics", siteId, period] as const,
};

/** The sites this person may see, for the pickers: a centre has a handful, one page holds them. */
export const useClinicSites = () =>
  useQuery({
    queryKey: clinicKeys.sites(),
    queryFn: ({ signal }) => callApi(siteRoutes.listSites, { query: { limit: LIMITS.pageSizeMax }, signal }),
    staleTime: 5 * 60_000,
  });

/** The clinic's medicine at a site, with its stock. */
export const useMedicines = (siteId: string | null, includeInactive = false) =>
  useQuery({
    queryKey: clinicKeys.medicineList(siteId ?? "", includeInactive),
    queryFn: ({ signal }) =>
      callApi(clinicRoutes.listMedicines, {
        query: { siteId: siteId ?? "", includeInactive: String(includeInactive) },
        signal,
      }),
    enabled: Boolean(siteId),
  });

/** One state's tests on the board, a page at a time (no results on the board: those are read one by one). */
export const useTestBoard = (siteId: string, state: TestState, enabled = true) =>
  useInfiniteQuery({
    queryKey: clinicKeys.board(siteId, state),
    queryFn: ({ signal, pageParam }) =>
      callApi(clinicRoutes.testBoard, {
        query: { siteId, state, limit: BOARD_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    refetchInterval: BOARD_REFRESH_MS,
    refetchIntervalInBackground: false,
  });

/**
 * One test with its result. Every read is written to the audit log, so it is asked for only when the
 * nurse opens it, and not again because the window got focus.
 */
export const useClinicTest = (id: string | null) =>
  useQuery({
    queryKey: clinicKeys.test(id ?? ""),
    queryFn: ({ signal }) => callApi(clinicRoutes.getTest, { params: { id: id ?? "" }, signal }),
    enabled: id !== null,
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });

/** One consultation with its clinical text (each read audited: no refetch on focus). */
export const useConsultation = (id: string) =>
  useQuery({
    queryKey: clinicKeys.consultation(id),
    queryFn: ({ signal }) => callApi(clinicRoutes.getConsultation, { params: { id }, signal }),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });

/** Turnaround per test type of the tests taken in a period. */
export const useTurnaround = (siteId: string | null, period: Period, enabled = true) =>
  useQuery({
    queryKey: clinicKeys.turnaround(siteId ?? "", period),
    queryFn: ({ signal }) =>
      callApi(clinicRoutes.turnaround, {
        query: { siteId: siteId ?? "", from: period.from, to: period.to },
        signal,
      }),
    enabled: enabled && Boolean(siteId) && isValidClinicPeriod(period),
    placeholderData: keepPreviousData,
  });

/** The clinic's figures of a site for a period; asked for only once the period is a valid one. */
export const useClinicStatistics = (siteId: string | null, period: Period) =>
  useQuery({
    queryKey: clinicKeys.statistics(siteId ?? "", period),
    queryFn: ({ signal }) =>
      callApi(clinicRoutes.statistics, {
        query: { siteId: siteId ?? "", from: period.from, to: period.to },
        signal,
      }),
    enabled: Boolean(siteId) && isValidClinicPeriod(period),
    placeholderData: keepPreviousData,
  });
