import { describe, expect, it } from "vitest";
import { checkCharacter, formatVisitorCode } from "../../../common/visitor-code";
import {
  type CheckInFormState,
  checkInBody,
  checkInFieldOf,
  checkInSections,
  EMPTY_CHECK_IN,
  readCode,
} from "./check-in-form";

const SITE = "5b1f1c0e-8a4d-4f0e-9a7a-3c2b1d0e9f8a";
const CODE = `K7MQ4XP${checkCharacter("K7MQ4XP")}`;
const form = (changes: Partial<CheckInFormState>): CheckInFormState => ({ ...EMPTY_CHECK_IN, ...changes });

describe("readCode", () => {
  it("reads a code as typed, in any case, with or without the dash and spaces", () => {
    const printed = formatVisitorCode(CODE);
    for (const typed of [
      CODE,
      CODE.toLowerCase(),
      printed,
      ` ${printed.toLowerCase()} `,
      `K7MQ 4XP${CODE[7]}`,
    ]) {
      expect(readCode(typed)).toEqual({ kind: "valid", code: CODE, printed });
    }
  });

  it("reads the code at the end of a scanned card address", () => {
    expect(readCode(`https://pusterum.example/#c=${CODE}`)).toMatchObject({ kind: "valid", code: CODE });
    expect(readCode(`https://pusterum.example/v#${formatVisitorCode(CODE)}`)).toMatchObject({ code: CODE });
  });

  it("tells an unfinished code from a wrong one", () => {
    expect(readCode("")).toEqual({ kind: "empty" });
    expect(readCode(" - ")).toEqual({ kind: "empty" });
    expect(readCode("K7MQ-4")).toEqual({ kind: "partial", length: 5 });
    // A letter that is never in a code is wrong at once.
    expect(readCode("K7MO")).toEqual({ kind: "invalid" });
    // The right length with a wrong check character.
    const wrong = CODE.slice(0, 7) + (CODE[7] === "2" ? "3" : "2");
    expect(readCode(wrong)).toEqual({ kind: "invalid" });
    expect(readCode(`${CODE}2`)).toEqual({ kind: "invalid" });
  });
});

describe("checkInBody", () => {
  it("checks a returning woman in by her code, with what her code knows", () => {
    const known = { nationality: "RO", languages: ["ro", "en"], visitCount: 4 };
    expect(checkInBody(SITE, form({ code: formatVisitorCode(CODE).toLowerCase() }), known)).toEqual({
      ok: true,
      body: {
        siteId: SITE,
        nationality: "RO",
        firstVisit: false,
        visitorCode: CODE,
        languages: ["ro", "en"],
      },
    });
    // A code given out before her first visit: this is her first.
    const fresh = checkInBody(SITE, form({ code: CODE }), {
      nationality: "NG",
      languages: [],
      visitCount: 0,
    });
    expect(fresh).toEqual({
      ok: true,
      body: { siteId: SITE, nationality: "NG", firstVisit: true, visitorCode: CODE },
    });
  });

  it("asks for her nationality when the code could not be looked up", () => {
    expect(checkInBody(SITE, form({ code: CODE }), null)).toEqual({
      ok: false,
      problems: { nationality: "NATIONALITY_REQUIRED" },
    });
    expect(checkInBody(SITE, form({ code: CODE, nationality: "BG" }), null)).toEqual({
      ok: true,
      body: { siteId: SITE, nationality: "BG", firstVisit: false, visitorCode: CODE },
    });
  });

  it("refuses an unfinished or wrong code before anything is sent", () => {
    expect(checkInBody(SITE, form({ code: "K7MQ", nationality: "RO", firstVisit: "no" }), null)).toEqual({
      ok: false,
      problems: { code: "CODE_INCOMPLETE" },
    });
    expect(checkInBody(SITE, form({ code: "K7MQ-OOOO", nationality: "RO", firstVisit: "no" }), null)).toEqual(
      {
        ok: false,
        problems: { code: "MALFORMED_VISITOR_CODE" },
      },
    );
  });

  it("checks a returning woman in without a code: nationality and 'no' are enough", () => {
    expect(checkInBody(SITE, form({ nationality: "RO", firstVisit: "no" }), null)).toEqual({
      ok: true,
      body: { siteId: SITE, nationality: "RO", firstVisit: false },
    });
  });

  it("names every missing answer at once", () => {
    expect(checkInBody(SITE, form({}), null)).toEqual({
      ok: false,
      problems: { nationality: "NATIONALITY_REQUIRED", firstVisit: "FIRST_VISIT_REQUIRED" },
    });
  });

  it("sends what a new woman told, with the card when she wants one", () => {
    const state = form({
      nationality: "NG",
      firstVisit: "yes",
      heardFrom: "outreach_street",
      languages: ["en", "yo"],
      adultConfirmed: true,
      issueCode: true,
    });
    expect(checkInBody(SITE, state, null)).toEqual({
      ok: true,
      body: {
        siteId: SITE,
        nationality: "NG",
        firstVisit: true,
        heardFrom: "outreach_street",
        languages: ["en", "yo"],
        adultConfirmed: true,
        issueCode: true,
      },
    });
  });

  it("leaves out answers of sections that are hidden", () => {
    // She said "yes", staff picked how she heard, then changed to "don't know": the answer is not sent.
    const state = form({
      nationality: "XX",
      firstVisit: "unknown",
      heardFrom: "friend",
      adultConfirmed: true,
    });
    expect(checkInBody(SITE, state, null)).toEqual({
      ok: true,
      body: { siteId: SITE, nationality: "XX", firstVisit: null },
    });
    // With a card, "over 18" is asked and sent even when not ticked.
    expect(checkInBody(SITE, { ...state, issueCode: true, adultConfirmed: false }, null)).toEqual({
      ok: true,
      body: { siteId: SITE, nationality: "XX", firstVisit: null, adultConfirmed: false, issueCode: true },
    });
  });
});

describe("checkInSections", () => {
  it("shows the questions for a new woman only when she is new and has no code", () => {
    expect(checkInSections(form({}), null)).toEqual({
      fromCode: false,
      heardFrom: false,
      details: false,
      adult: false,
    });
    expect(checkInSections(form({ firstVisit: "yes" }), null)).toEqual({
      fromCode: false,
      heardFrom: true,
      details: true,
      adult: true,
    });
    expect(checkInSections(form({ firstVisit: "no" }), null)).toMatchObject({
      heardFrom: false,
      details: true,
      adult: false,
    });
    expect(checkInSections(form({ firstVisit: "yes", code: "K7" }), null)).toMatchObject({
      heardFrom: false,
      details: false,
    });
    expect(
      checkInSections(form({ code: CODE }), { nationality: "RO", languages: [], visitCount: 2 }),
    ).toMatchObject({ fromCode: true });
  });
});

describe("checkInFieldOf", () => {
  it("puts the server's field errors on the panel's fields", () => {
    expect(checkInFieldOf("visitorCode")).toBe("code");
    expect(checkInFieldOf("languages.2")).toBe("languages");
    expect(checkInFieldOf("nationality")).toBe("nationality");
    expect(checkInFieldOf("siteId")).toBeNull();
  });
});
