import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, periodReversed, toAuditQuery } from "./audit.filters";

describe("toAuditQuery", () => {
  it("leaves out what was not chosen", () => {
    expect(toAuditQuery(EMPTY_FILTER)).toEqual({});
  });

  it("turns days into instants and includes the whole last day", () => {
    // Vitest runs with TZ=UTC, so local midnight is UTC midnight here.
    const query = toAuditQuery({
      events: ["ACCOUNT_SIGNED_IN", "PERMISSION_REFUSED"],
      actorAccountId: "00000000-0000-4000-8000-000000000001",
      fromDate: "2010-03-01",
      toDate: "2010-03-31",
    });
    expect(query).toEqual({
      event: ["ACCOUNT_SIGNED_IN", "PERMISSION_REFUSED"],
      actorAccountId: "00000000-0000-4000-8000-000000000001",
      from: "2010-03-01T00:00:00.000Z",
      to: "2010-04-01T00:00:00.000Z",
    });
  });

  it("ignores half-typed dates and spots a reversed period", () => {
    expect(toAuditQuery({ ...EMPTY_FILTER, fromDate: "2010-03" })).toEqual({});
    expect(periodReversed({ ...EMPTY_FILTER, fromDate: "2010-03-02", toDate: "2010-03-01" })).toBe(true);
    expect(periodReversed({ ...EMPTY_FILTER, fromDate: "2010-03-01", toDate: "2010-03-01" })).toBe(false);
  });
});
