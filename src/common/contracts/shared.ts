import { z } from "zod";
import { LIMITS } from "../limits.js";

export const IdSchema = z.uuid();
export const IdParamsSchema = z.object({ id: IdSchema }).strict();

/** ISO 639 language codes (two or three letters), as staff profiles and visitors use them. */
export const LanguageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, "Use an ISO 639 language code, e.g. ro");

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50),
  cursor: z.string().max(200).optional(),
});

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  retryAfter: z.number().int().nonnegative().optional(),
  /** With a 409 on a stale version (STALE_VERSION): the record as it stands now, as the actor may see it. */
  current: z.unknown().optional(),
});

export const OkSchema = z.object({ ok: z.literal(true) });

/** Local calendar date and wall-clock time, as a site's staff read them. */
export const LocalDateSchema = z.iso
  .date()
  .refine((d) => d >= "1900-01-01" && d <= "2199-12-31", "Use a date between 1900 and 2199");
export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM");
