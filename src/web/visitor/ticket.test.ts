import { describe, expect, it } from "vitest";
import { checkCharacter } from "../../common/visitor-code";
import {
  checkCode,
  codeFromHash,
  interpreterLanguageFor,
  isLive,
  nextPollDelay,
  POLL_MAX_MS,
  POLL_MS,
  parseStoredTicket,
  ticketsFrom,
  ticketView,
} from "./ticket";

const BODY = "K7MQ4XP";
const CODE = BODY + checkCharacter(BODY);
const WRONG = BODY + (checkCharacter(BODY) === "2" ? "3" : "2");

describe("the code from her card's link", () => {
  it("reads the code in the fragment, however it is written", () => {
    expect(codeFromHash(`#c=${CODE}`)).toBe(CODE);
    expect(codeFromHash(`#c=${CODE.slice(0, 4)}-${CODE.slice(4)}`)).toBe(CODE);
    expect(codeFromHash(`#c=${CODE.toLowerCase()}`)).toBe(CODE);
    expect(codeFromHash(`#x=1&c=${CODE}`)).toBe(CODE);
  });

  it("gives nothing for a fragment without a valid code", () => {
    expect(codeFromHash("")).toBeNull();
    expect(codeFromHash("#")).toBeNull();
    expect(codeFromHash("#main")).toBeNull();
    expect(codeFromHash("#c=")).toBeNull();
    expect(codeFromHash(`#c=${WRONG}`)).toBeNull();
    expect(codeFromHash("#c=%E0%A4%A")).toBeNull();
  });
});

describe("checking the typed code before anything is sent", () => {
  it("tells empty, too short, wrong and valid apart", () => {
    expect(checkCode("")).toEqual({ kind: "empty" });
    expect(checkCode("  - ")).toEqual({ kind: "empty" });
    expect(checkCode("k7mq")).toEqual({ kind: "short" });
    expect(checkCode(WRONG)).toEqual({ kind: "invalid" });
    expect(checkCode("K7MQ-01")).toEqual({ kind: "invalid" });
    expect(checkCode(`${CODE}X`)).toEqual({ kind: "invalid" });
    expect(checkCode(` ${CODE.slice(0, 4).toLowerCase()} ${CODE.slice(4)} `)).toEqual({
      kind: "valid",
      code: CODE,
    });
  });
});

describe("the ticket kept in the tab", () => {
  const stored = {
    token: "t".repeat(40),
    slug: "modestedet",
    number: 7,
    clinicKind: "clinic_gynaecology",
    date: "2025-03-14",
  };

  it("reads back what was stored", () => {
    expect(parseStoredTicket(JSON.stringify(stored))).toEqual(stored);
  });

  it("forgets anything it does not recognise", () => {
    expect(parseStoredTicket(null)).toBeNull();
    expect(parseStoredTicket("")).toBeNull();
    expect(parseStoredTicket("{")).toBeNull();
    expect(parseStoredTicket("42")).toBeNull();
    expect(parseStoredTicket(JSON.stringify({ ...stored, number: "7" }))).toBeNull();
    expect(parseStoredTicket(JSON.stringify({ ...stored, number: 7.5 }))).toBeNull();
    expect(parseStoredTicket(JSON.stringify({ ...stored, clinicKind: "class" }))).toBeNull();
    expect(parseStoredTicket(JSON.stringify({ ...stored, date: "tonight" }))).toBeNull();
    const { token: _token, ...withoutToken } = stored;
    expect(parseStoredTicket(JSON.stringify(withoutToken))).toBeNull();
  });
});

describe("what her ticket means for her", () => {
  it("counts the women before her while she waits", () => {
    expect(ticketView({ status: "waiting", ahead: 3 })).toEqual({ kind: "waiting", ahead: 3 });
    expect(ticketView({ status: "waiting", ahead: 0 })).toEqual({ kind: "waiting", ahead: 0 });
    expect(ticketView({ status: "waiting", ahead: -1 })).toEqual({ kind: "waiting", ahead: 0 });
  });

  it("says when it is her turn, and when it is over", () => {
    expect(ticketView({ status: "called", ahead: 0 })).toEqual({ kind: "called" });
    for (const status of ["done", "no_show", "turned_away", "withdrawn"] as const) {
      expect(ticketView({ status, ahead: 0 })).toEqual({ kind: status });
      expect(isLive(ticketView({ status, ahead: 0 }))).toBe(false);
    }
    expect(isLive({ kind: "waiting", ahead: 2 })).toBe(true);
    expect(isLive({ kind: "called" })).toBe(true);
  });
});

describe("how often the page asks", () => {
  it("asks every 15 seconds, backs off after failures, and obeys the server's wait", () => {
    expect(nextPollDelay(0)).toBe(POLL_MS);
    expect(nextPollDelay(1)).toBe(2 * POLL_MS);
    expect(nextPollDelay(2)).toBe(4 * POLL_MS);
    expect(nextPollDelay(50)).toBe(POLL_MAX_MS);
    expect(nextPollDelay(0, 90)).toBe(90_000);
    expect(nextPollDelay(3, 5)).toBe(POLL_MAX_MS);
  });
});

describe("the interpreter choice", () => {
  it("is offered in her page's language, unless the staff speak it anyway", () => {
    expect(interpreterLanguageFor("ro")).toBe("ro");
    expect(interpreterLanguageFor("th")).toBe("th");
    expect(interpreterLanguageFor("da")).toBeNull();
    expect(interpreterLanguageFor("en")).toBeNull();
  });
});

describe("when tickets can be taken", () => {
  it("is an hour before the doctor starts, across midnight too", () => {
    expect(ticketsFrom("18:00")).toBe("17:00");
    expect(ticketsFrom("18:30")).toBe("17:30");
    expect(ticketsFrom("00:15")).toBe("23:15");
  });
});
