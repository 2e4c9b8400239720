import { describe, expect, it } from "vitest";
import type { Entry, Paragraph } from "../../../common/contracts/diary";
import { ApiError } from "../../api/client";
import {
  currentParagraph,
  describeConflict,
  isConnectionFailure,
  isFinalRefusal,
  isRemovedMeanwhile,
  isStaleVersion,
  keepMine,
  type ParagraphFields,
  paragraphChange,
  paragraphFromProblem,
  summaryChange,
  wordDiff,
} from "./diary.conflict";

const ID = "55555555-5555-4555-8555-555555555555";
const THEME_HEALTH = "66666666-6666-4666-8666-666666666666";
const THEME_TRAVEL = "77777777-7777-4777-8777-777777777777";

function paragraph(overrides: Partial<Paragraph> = {}): Paragraph {
  return {
    id: ID,
    entryId: "88888888-8888-4888-8888-888888888888",
    sessionId: "99999999-9999-4999-8999-999999999999",
    version: 4,
    author: { accountId: null, displayName: "Bo" },
    writtenAt: "2010-03-01T20:00:00.000Z",
    updatedAt: "2010-03-01T20:10:00.000Z",
    editedBy: null,
    restriction: "none",
    restrictedRole: null,
    restrictedOrganisation: null,
    readable: true,
    body: "Two women asked about the doctor.",
    themeIds: [THEME_HEALTH],
    visitorCodes: ["K7MQ-4XPR"],
    can: { edit: true, remove: true },
    ...overrides,
  };
}

const fields = (overrides: Partial<ParagraphFields> = {}): ParagraphFields => ({
  body: "Two women asked about the doctor.",
  themeIds: [THEME_HEALTH],
  restriction: "none",
  restrictedRole: null,
  visitorCodes: ["K7MQ-4XPR"],
  ...overrides,
});

describe("recognising what went wrong", () => {
  it("tells a stale version, a removed paragraph, a final refusal and a lost connection apart", () => {
    const stale = new ApiError({ status: 409, code: "STALE_VERSION" });
    const removed = new ApiError({ status: 409, code: "PARAGRAPH_REMOVED" });
    const field = new ApiError({ status: 400, code: "VALIDATION_FAILED" });
    const offline = new ApiError({ status: 0, code: "NETWORK_ERROR" });
    const server = new ApiError({ status: 503, code: "INTERNAL" });
    const signedOut = new ApiError({ status: 401, code: "UNAUTHENTICATED" });
    expect(isStaleVersion(stale)).toBe(true);
    expect(isStaleVersion(removed)).toBe(false);
    expect(isRemovedMeanwhile(removed)).toBe(true);
    expect(isFinalRefusal(field)).toBe(true);
    expect(isFinalRefusal(signedOut)).toBe(false);
    expect(isConnectionFailure(offline)).toBe(true);
    expect(isConnectionFailure(server)).toBe(true);
    expect(isConnectionFailure(field)).toBe(false);
    expect(isConnectionFailure(new TypeError("Failed to fetch"))).toBe(true);
  });
});

describe("what an edit sends", () => {
  it("sends only what changed, with the version it was edited from", () => {
    expect(paragraphChange(fields({ body: "Three women came." }), fields(), 4)).toEqual({
      version: 4,
      body: "Three women came.",
    });
    expect(paragraphChange(fields({ themeIds: [THEME_TRAVEL, THEME_HEALTH] }), fields(), 2)).toEqual({
      version: 2,
      themeIds: [THEME_TRAVEL, THEME_HEALTH],
    });
  });

  it("sends nothing when only white space, the order of themes or the spelling of a code differ", () => {
    const same = fields({ body: "  Two women asked about the doctor. ", visitorCodes: ["k7mq 4xpr"] });
    expect(paragraphChange(same, fields(), 4)).toBeNull();
    const a = fields({ themeIds: [THEME_HEALTH, THEME_TRAVEL] });
    const b = fields({ themeIds: [THEME_TRAVEL, THEME_HEALTH] });
    expect(paragraphChange(a, b, 1)).toBeNull();
  });

  it("sends a restriction with its role, and a change of role alone", () => {
    expect(
      paragraphChange(fields({ restriction: "role", restrictedRole: "social_worker" }), fields(), 1),
    ).toEqual({
      version: 1,
      restriction: "role",
      restrictedRole: "social_worker",
    });
    const health = fields({ restriction: "role", restrictedRole: "health_staff" });
    const social = fields({ restriction: "role", restrictedRole: "social_worker" });
    expect(paragraphChange(health, social, 3)).toEqual({
      version: 3,
      restriction: "role",
      restrictedRole: "health_staff",
    });
    expect(paragraphChange(fields({ restriction: "none" }), social, 3)).toEqual({
      version: 3,
      restriction: "none",
    });
  });

  it("sends a changed summary or entry themes with the entry's version", () => {
    const entry = { version: 7, summary: "Quiet.", themeIds: [THEME_HEALTH] } as Entry;
    expect(summaryChange({ summary: "Quiet. ", themeIds: [THEME_HEALTH] }, entry)).toBeNull();
    expect(summaryChange({ summary: "Busy.", themeIds: [] }, entry)).toEqual({
      version: 7,
      summary: "Busy.",
      themeIds: [],
    });
  });
});

describe("a conflicting edit", () => {
  it("marks what differs between mine and the version saved meanwhile", () => {
    const theirs = paragraph({
      version: 5,
      body: "Two women asked about the nurse.",
      editedBy: { accountId: null, displayName: "Bo" },
    });
    const conflict = describeConflict(fields({ body: "Three women asked about the doctor." }), theirs);
    expect(conflict.differs).toEqual({ body: true, themes: false, restriction: false, codes: false });
  });

  it("keeps mine by saving it over their version, so a third edit meanwhile is caught again", () => {
    const theirs = paragraph({ version: 5, body: "Their words." });
    const conflict = describeConflict(fields({ body: "My words." }), theirs);
    expect(keepMine(conflict)).toEqual({ version: 5, body: "My words." });
  });

  it("has nothing to keep over a paragraph that was removed: mine is added anew instead", () => {
    const conflict = describeConflict(fields(), null);
    expect(keepMine(conflict)).toBeNull();
    expect(conflict.differs.body).toBe(true);
  });

  it("has nothing to send when both already say the same", () => {
    expect(keepMine(describeConflict(fields(), paragraph({ version: 9 })))).toBeNull();
  });

  it("finds the paragraph as it is now, in a fresh entry or in the problem's `current`", () => {
    const now = paragraph({ version: 6 });
    expect(currentParagraph({ paragraphs: [now] } as Entry, ID)).toBe(now);
    expect(currentParagraph({ paragraphs: [] } as unknown as Entry, ID)).toBeNull();
    expect(currentParagraph(undefined, ID)).toBeNull();
    expect(paragraphFromProblem(now, ID)).toBe(now);
    expect(paragraphFromProblem({ id: "other", version: 1 }, ID)).toBeNull();
    expect(paragraphFromProblem(undefined, ID)).toBeNull();
  });
});

describe("the words that differ", () => {
  it("marks the words only one side has and keeps the rest as it is", () => {
    const diff = wordDiff("Two women asked about the doctor.", "Three women asked about the nurse.");
    expect(diff.mine.filter((p) => p.changed).map((p) => p.text)).toEqual(["Two", "doctor."]);
    expect(diff.theirs.filter((p) => p.changed).map((p) => p.text)).toEqual(["Three", "nurse."]);
    expect(diff.mine.map((p) => p.text).join("")).toBe("Two women asked about the doctor.");
    expect(diff.theirs.map((p) => p.text).join("")).toBe("Three women asked about the nurse.");
  });

  it("marks nothing when the texts are the same, and everything against an empty text", () => {
    expect(wordDiff("Same text", "Same text").mine.every((p) => !p.changed)).toBe(true);
    const added = wordDiff("New words here", "");
    expect(added.mine.map((p) => p.text).join("")).toBe("New words here");
    expect(added.theirs).toEqual([]);
  });
});
