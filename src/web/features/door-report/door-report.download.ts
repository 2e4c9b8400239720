/** The two files the report can be downloaded as, and the Accept header that asks for each. */
export const DOWNLOAD_FORMATS = {
  csv: { accept: "text/csv", extension: "csv" },
  xlsx: { accept: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
} as const;
export type DownloadFormat = keyof typeof DOWNLOAD_FORMATS;

/**
 * The file name a Content-Disposition header gives (RFC 6266): `filename*` (UTF-8, percent-encoded)
 * wins over `filename`, quoted or not. Anything that could leave the downloads folder is stripped.
 * Null when the header names no file.
 */
export function filenameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header)?.[1]?.trim();
  if (extended) {
    const match = /^([\w!#$%&+^`{}~-]+)'[^']*'(.+)$/.exec(extended.replace(/^"(.*)"$/, "$1"));
    if (match?.[2]) {
      try {
        const name = safeName(decodeURIComponent(match[2]));
        if (name) return name;
      } catch {
        // A broken encoding: fall back to the plain filename below.
      }
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)?.[1];
  const plain = quoted?.replace(/\\(.)/g, "$1") ?? /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
  return plain ? safeName(plain) : null;
}

function safeName(name: string): string | null {
  // Keep the last path segment only and drop control characters.
  const last = name.split(/[/\\]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = last.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return cleaned && cleaned !== "." && cleaned !== ".." ? cleaned : null;
}

/** The name to save under when the server gives none: "door-report-<from>-<to>.<ext>". */
export const fallbackFilename = (format: DownloadFormat, from: string, to: string) =>
  `door-report-${from}-${to}.${DOWNLOAD_FORMATS[format].extension}`;

/** How far a download has come: bytes received, and the total when the server said it. */
export interface DownloadProgress {
  received: number;
  total: number | null;
}

/** The share done, 0–100, or null when the total is not known. */
export const progressPercent = (progress: DownloadProgress) =>
  progress.total && progress.total > 0
    ? Math.min(100, Math.round((progress.received / progress.total) * 100))
    : null;
