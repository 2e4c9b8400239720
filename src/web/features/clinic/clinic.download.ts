import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { CLINIC_STATISTICS_MEDIA_TYPES, clinicRoutes } from "../../../common/contracts/clinic";
import type { ErrorCode, FieldError } from "../../../common/errors";
import { ApiError, buildUrl } from "../../api/client";
import {
  type DownloadFormat,
  type DownloadProgress,
  filenameFromDisposition,
} from "../door-report/door-report.download";
import type { Period } from "../door-report/door-report.period";

interface DownloadInput {
  siteId: string;
  period: Period;
  format: DownloadFormat;
}

/** The name to save under when the server gives none: "clinic-statistics-<from>-<to>.<ext>". */
export const clinicFallbackFilename = (format: DownloadFormat, period: Period) =>
  `clinic-statistics-${period.from}-${period.to}.${format}`;

async function problemOf(response: Response): Promise<ApiError> {
  const problem = (await response.json().catch(() => null)) as {
    code?: ErrorCode;
    detail?: string;
    errors?: FieldError[];
  } | null;
  const byStatus: ErrorCode =
    response.status === 401
      ? "UNAUTHENTICATED"
      : response.status === 403
        ? "FORBIDDEN"
        : response.status === 404
          ? "NOT_FOUND"
          : "INTERNAL";
  return new ApiError({
    status: response.status,
    code: problem?.code ?? byStatus,
    detail: problem?.detail,
    fieldErrors: problem?.errors,
  });
}

async function readWithProgress(response: Response, onProgress: (progress: DownloadProgress) => void) {
  const length = Number(response.headers.get("content-length"));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get("content-type") ?? "application/octet-stream";
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let received = 0;
  onProgress({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as BlobPart);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return new Blob(chunks, { type });
}

function save(blob: Blob, filename: string) {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * The statistics as CSV or XLSX: the same address as the figures, asked for with the file's type in
 * the Accept header (the server audits the export). The address comes from the contract.
 */
async function download(input: DownloadInput, onProgress: (progress: DownloadProgress) => void) {
  const url = buildUrl(clinicRoutes.statistics.path, undefined, {
    siteId: input.siteId,
    from: input.period.from,
    to: input.period.to,
  });
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: "same-origin",
      cache: "no-store",
      headers: { accept: CLINIC_STATISTICS_MEDIA_TYPES[input.format] },
    });
  } catch {
    throw new ApiError({ status: 0, code: "NETWORK_ERROR" });
  }
  if (!response.ok) throw await problemOf(response);
  let blob: Blob;
  try {
    blob = await readWithProgress(response, onProgress);
  } catch {
    throw new ApiError({ status: 0, code: "NETWORK_ERROR" });
  }
  const filename =
    filenameFromDisposition(response.headers.get("content-disposition")) ??
    clinicFallbackFilename(input.format, input.period);
  save(blob, filename);
  return { filename };
}

/** The download and how far it has come (null while nothing is being downloaded). */
export function useClinicStatisticsDownload() {
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (input: DownloadInput) => download(input, setProgress),
    onMutate: () => setProgress({ received: 0, total: null }),
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
