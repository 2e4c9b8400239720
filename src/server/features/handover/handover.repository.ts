import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { openingSessions, visitorCodes, visitorFlags, visits } from "../../db/schema/index.js";

export interface ExpectedRow {
  visitorCodeId: string;
  code: string;
  kinds: string[];
  lastVisitOn: string | null;
}

/**
 * Codes with an open door flag who came to this site since `since`, or who are among `alsoCodeIds`
 * (a clinic appointment today), with their open flags' kinds and their last visit's local date.
 * Reads the door's tables read-only: the door's service has no such question yet.
 */
export async function expectedWithOpenFlags(
  db: Queryable,
  siteId: string,
  since: Date,
  alsoCodeIds: readonly string[],
  limit: number,
): Promise<ExpectedRow[]> {
  const ids = sql`array[${sql.join(
    alsoCodeIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
  const result = await db.execute<{
    visitor_code_id: string;
    code: string;
    kinds: string[];
    last_visit_on: string | null;
  }>(sql`
    with flagged as (
      select ${visitorFlags.visitorCodeId} as visitor_code_id,
             array_agg(distinct ${visitorFlags.kind} order by ${visitorFlags.kind}) as kinds
      from ${visitorFlags}
      where ${visitorFlags.clearedAt} is null
      group by ${visitorFlags.visitorCodeId}
    ),
    recent as (
      select ${visits.visitorCodeId} as visitor_code_id, max(${openingSessions.date})::text as last_visit_on
      from ${visits}
      join ${openingSessions} on ${openingSessions.id} = ${visits.sessionId}
      where ${visits.siteId} = ${siteId}
        and ${visits.checkedInAt} >= ${since}
        and ${visits.visitorCodeId} in (select visitor_code_id from flagged)
      group by ${visits.visitorCodeId}
    )
    select f.visitor_code_id, c.code, f.kinds, r.last_visit_on
    from flagged f
    join ${visitorCodes} c on c.id = f.visitor_code_id
    left join recent r on r.visitor_code_id = f.visitor_code_id
    where r.visitor_code_id is not null or f.visitor_code_id = any(${ids})
    order by (f.visitor_code_id = any(${ids})) desc, r.last_visit_on desc nulls last, c.code
    limit ${limit}
  `);
  return result.rows.map((r) => ({
    visitorCodeId: r.visitor_code_id,
    code: r.code,
    kinds: r.kinds,
    lastVisitOn: r.last_visit_on,
  }));
}
