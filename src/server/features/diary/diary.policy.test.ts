import { describe, expect, it } from "vitest";
import { personalDataWarnings } from "../../../common/personal-data.js";
import {
  decodeCursor,
  encodeCursor,
  isProblem,
  mayReadParagraph,
  monthDates,
  monthsBetween,
  restrictionTarget,
  shorten,
  themeProblem,
  warningsOf,
} from "./diary.policy.js";

const author = { accountId: "a", organisationId: "org-1", role: "social_worker" as const };
const colleague = { accountId: "b", organisationId: "org-1", role: "volunteer" as const };
const nurseElsewhere = { accountId: "c", organisationId: "org-2", role: "health_staff" as const };
const managerElsewhere = { accountId: "d", organisationId: "org-2", role: "manager" as const };

describe("who reads a restricted paragraph", () => {
  it("everyone reads an unrestricted one", () => {
    const p = {
      authorId: "a",
      restriction: "none" as const,
      restrictedOrganisationId: null,
      restrictedRole: null,
    };
    expect(mayReadParagraph(managerElsewhere, p)).toBe(true);
  });

  it("the organisation reads one restricted to it; no one else, managers included", () => {
    const p = {
      authorId: "a",
      restriction: "organisation" as const,
      restrictedOrganisationId: "org-1",
      restrictedRole: null,
    };
    expect(mayReadParagraph(author, p)).toBe(true);
    expect(mayReadParagraph(colleague, p)).toBe(true);
    expect(mayReadParagraph(nurseElsewhere, p)).toBe(false);
    expect(mayReadParagraph(managerElsewhere, p)).toBe(false);
  });

  it("the role reads one restricted to it, in any organisation; the author always reads her own", () => {
    const p = {
      authorId: "a",
      restriction: "role" as const,
      restrictedOrganisationId: null,
      restrictedRole: "health_staff",
    };
    expect(mayReadParagraph(nurseElsewhere, p)).toBe(true);
    expect(mayReadParagraph(author, p)).toBe(true);
    expect(mayReadParagraph(colleague, p)).toBe(false);
    expect(mayReadParagraph(author, { ...p, authorId: null })).toBe(false);
  });
});

describe("restriction targets", () => {
  it("keep an organisation restriction to the author's organisation", () => {
    expect(restrictionTarget({ restriction: "organisation" }, "org-9")).toEqual({
      restrictedOrganisationId: "org-9",
      restrictedRole: null,
    });
    expect(restrictionTarget({ restriction: "none" }, "org-9")).toEqual({
      restrictedOrganisationId: null,
      restrictedRole: null,
    });
  });

  it("need a role that reads the diary, and only with a role restriction", () => {
    expect(restrictionTarget({ restriction: "role", restrictedRole: "lawyer" }, "o")).toEqual({
      restrictedOrganisationId: null,
      restrictedRole: "lawyer",
    });
    for (const input of [
      { restriction: "role" as const },
      { restriction: "role" as const, restrictedRole: "administrator" as const },
      { restriction: "none" as const, restrictedRole: "manager" as const },
    ]) {
      const result = restrictionTarget(input, "o");
      expect(isProblem(result) && result.path).toBe("restrictedRole");
    }
  });
});

describe("themes chosen", () => {
  const known = new Map([
    ["t1", { archived: false }],
    ["t2", { archived: true }],
  ]);
  it("must exist and not be newly archived", () => {
    expect(themeProblem(["t1"], known, [], "themeIds")).toBeNull();
    expect(themeProblem(["t1", "t9"], known, [], "themeIds")).toMatchObject({
      path: "themeIds.1",
      code: "UNKNOWN_THEME",
    });
    expect(themeProblem(["t2"], known, [], "themeIds")?.code).toBe("UNKNOWN_THEME");
    expect(themeProblem(["t2"], known, ["t2"], "themeIds")).toBeNull();
  });
});

describe("personal-data warnings", () => {
  it("name every kind found in a longer text, once each", () => {
    expect(
      personalDataWarnings("Maria Popescu, tel. +40 721 555 123, pas nr. 05123456, maria@example.com"),
    ).toEqual([
      "LOOKS_LIKE_EMAIL",
      "LOOKS_LIKE_PHONE_NUMBER",
      "LOOKS_LIKE_PASSPORT_NUMBER",
      "LOOKS_LIKE_FULL_NAME",
    ]);
    expect(personalDataWarnings("Her passport: AB1234567")).toEqual(["LOOKS_LIKE_PASSPORT_NUMBER"]);
    expect(warningsOf("body", "She came with K7MQ-4XPR, quiet evening.")).toEqual([]);
    expect(warningsOf("summary", undefined)).toEqual([]);
    expect(warningsOf("body", "Ana Ionescu came")).toEqual([
      { path: "body", warning: "LOOKS_LIKE_FULL_NAME" },
    ]);
  });
});

describe("months and cursors", () => {
  it("list every month of a range and its first and last dates", () => {
    expect(monthsBetween("2009-11", "2010-02")).toEqual(["2009-11", "2009-12", "2010-01", "2010-02"]);
    expect(monthDates("2010-02", "2010-02")).toEqual({ fromDate: "2010-02-01", toDate: "2010-02-28" });
    expect(monthDates("2011-12", "2012-02")).toEqual({ fromDate: "2011-12-01", toDate: "2012-02-29" });
    expect(monthsBetween("2010-03", "2010-02")).toMatchObject({ code: "END_BEFORE_START" });
    expect(monthsBetween("1990-01", "2010-01")).toMatchObject({ code: "VALIDATION_FAILED" });
  });

  it("round-trip a cursor and refuse a forged one", () => {
    const row = { date: "2010-03-01", startsAt: "16:00:00", id: "3f1c2d4e-0000-4000-8000-000000000001" };
    expect(decodeCursor(encodeCursor(row))).toEqual(row);
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor("2010-03-01_16:00:00_x' or 1=1")).toBeNull();
  });

  it("shorten text at a word boundary", () => {
    expect(shorten("short", 10)).toBe("short");
    expect(shorten("one two three four five", 20)).toBe("one two three four…");
    expect(shorten("abcdefghijklmnopqrstuvwxyz", 10)).toBe("abcdefghi…");
  });
});
