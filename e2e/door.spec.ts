import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Tonight, Visit } from "../src/common/contracts/visits.js";
import { CODE_ALPHABET, normaliseVisitorCode } from "../src/common/visitor-code.js";
import type { ApiSession } from "./fixtures/api.js";
import { setUpE2E } from "./fixtures/app.js";
import { expectNoAxeViolations } from "./fixtures/axe.js";
import { staffText } from "./fixtures/i18n.js";
import { copenhagenDate, type DoorEvening, seedDoorEvening } from "./fixtures/seed.js";
import { CataloguePage } from "./page-models/catalogue-page.js";
import { DoorReportPage } from "./page-models/door-report-page.js";
import { TonightPage } from "./page-models/tonight-page.js";
import {
  descriptionOf,
  VisitorCardPage,
  VisitorCodesPage,
  VisitorProfilePage,
} from "./page-models/visitor-code-page.js";

/**
 * An evening at the door, on the real clock: a volunteer opens tonight's session and checks in ten
 * women (seven returning, three new), hands out more than the limit with a reason, the social worker
 * introduces the woman who speaks Romanian and opens her code's profile and card, the manager reads
 * the door statistics, and the volunteer closes the session. Axe runs on every page and dialog.
 */
const e2e = setUpE2E();
// Staff profiles are new, so the staff app speaks Danish.
const da = "da" as const;
const t = (key: string, values: Record<string, string | number> = {}) => staffText(key, values, da);

let evening: DoorEvening;

beforeAll(async () => {
  evening = await seedDoorEvening(e2e.app, { limitPerVisit: 3, stock: 100 });
});

/** A browser signed in as the owner of this API session (its session cookie). */
async function signedInPage(session: ApiSession) {
  const page = await e2e.newPage();
  const [name, value] = session.cookie.split("=") as [string, string];
  await page.context().addCookies([{ name, value, url: e2e.app.url, httpOnly: true, sameSite: "Strict" }]);
  return page;
}

/**
 * Axe on the whole page, or on the part of it that just changed (a panel, a form showing its
 * refusal) when the rest was checked already: axe is the slow part of this spec.
 */
async function axe(page: Page, where: string, part?: Locator) {
  if (!part) return expectNoAxeViolations(page, where);
  await part.evaluate((element) => element.setAttribute("data-axe-part", ""));
  try {
    await expectNoAxeViolations(page, where, { include: "[data-axe-part]" });
  } finally {
    await part.evaluate((element) => element.removeAttribute("data-axe-part")).catch(() => undefined);
  }
}

async function board(session: ApiSession): Promise<Tonight> {
  return session.ok<Tonight>("GET", `/api/v1/sites/${evening.site.id}/tonight`);
}

/** What the journey learnt along the way, for the steps after it. */
const tonight: {
  visits: Map<string, Visit>;
  /** The code the new woman who speaks Romanian was given with her check-in. */
  newCode: string;
  newCodeId: string;
} = { visits: new Map(), newCode: "", newCodeId: "" };

describe("an evening at the door", () => {
  it("the volunteer opens the session and checks in ten women, three of them new", async () => {
    const page = await signedInPage(evening.volunteer.session);
    const door = new TonightPage(page, da);
    await door.open(e2e.app.url, evening.site.id, evening.site.name);
    await door.openSessionButton.waitFor();
    expect(await door.headcount()).toBe(0);
    await axe(page, "tonight's board before the session is opened");

    await door.openSession();

    const [nigeria, romania, bulgaria, thailand, romanian] = await Promise.all([
      door.countryName("NG"),
      door.countryName("RO"),
      door.countryName("BG"),
      door.countryName("TH"),
      door.languageName("ro"),
    ]);
    const unknown = t("door:country.unknown");
    const [codeNg, codeBg, codeTh] = evening.codes as [
      DoorEvening["codes"][0],
      DoorEvening["codes"][0],
      DoorEvening["codes"][0],
    ];
    const keep = (label: string, result: { status: number; visit: Visit }) => {
      expect(result.status, `${label} is a new visit`).toBe(201);
      tonight.visits.set(label, result.visit);
      return result.visit;
    };

    // 1. Her card from the outreach bus: the code is looked up, and she is shown as returning.
    const first = keep(
      "card NG",
      await door.checkInWithCode(codeNg.code, { country: nigeria, visitsBefore: 1 }),
    );
    expect(first).toMatchObject({ visitorCode: codeNg.code, nationality: "NG", firstVisit: false });
    await door.visitPanel.waitFor();
    await axe(page, "a visit open beside the check-in", door.visitPanel);

    // 2. No card: her nationality typed, "No" (she has been here before).
    keep("anonymous NG", await door.checkInAnonymous({ country: nigeria, firstVisit: "no" }));

    // 3. Another card from before.
    keep("card BG", await door.checkInWithCode(codeBg.code, { country: bulgaria, visitsBefore: 1 }));

    // 4. New, speaks Romanian only, wants a card: the new code is shown large, with the card to print.
    await door.fillAnonymous({
      country: romania,
      firstVisit: "yes",
      languages: [romanian],
      card: true,
      adult: true,
    });
    await axe(page, "the check-in of a new woman, filled in", door.checkInRegion);
    const newWoman = keep("new RO with card", await door.submitCheckIn());
    expect(newWoman).toMatchObject({
      nationality: "RO",
      firstVisit: true,
      languages: ["ro"],
      adultConfirmed: true,
    });
    expect(newWoman.visitorCode).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    tonight.newCode = newWoman.visitorCode ?? "";
    tonight.newCodeId = newWoman.visitorCodeId ?? "";
    await door.visitPanel.getByText(t("door:visit.newCode"), { exact: true }).waitFor();
    await door.visitPanel.getByText(tonight.newCode, { exact: true }).waitFor();
    await axe(page, "her visit showing her new code", door.visitPanel);

    const [cardTab] = await Promise.all([page.context().waitForEvent("page"), door.printCardLink.click()]);
    const card = new VisitorCardPage(cardTab, da);
    await card.expectShown();
    expect(await card.printedCode()).toBe(tonight.newCode);
    await cardTab.close();

    await expect.poll(() => door.headcount()).toBe(4);
    expect(await door.figure("visits")).toBe(4);
    expect(await door.figure("firstVisits")).toBe(1);
    expect(await door.figure("anonymous")).toBe(1);

    // 5. Nigeria is frequent here by now: one touch.
    await door.frequentNationality(nigeria).waitFor();
    keep(
      "anonymous NG, frequent",
      await door.checkInAnonymous({ country: nigeria, frequent: true, firstVisit: "no" }),
    );

    // 6. New, heard of us from a friend.
    keep(
      "new NG",
      await door.checkInAnonymous({
        country: nigeria,
        frequent: true,
        firstVisit: "yes",
        heardFrom: "friend",
        adult: true,
      }),
    );

    // 7. A card from before; Thai, which no one on duty speaks.
    keep("card TH", await door.checkInWithCode(codeTh.code, { country: thailand, visitsBefore: 1 }));

    // 8. Her nationality not known.
    keep("anonymous XX", await door.checkInAnonymous({ country: unknown, frequent: true, firstVisit: "no" }));

    // 9. New, met by the outreach team on the street.
    keep(
      "new BG",
      await door.checkInAnonymous({
        country: bulgaria,
        firstVisit: "yes",
        heardFrom: "outreach_street",
        adult: true,
      }),
    );

    // 10. Romanian, been here before.
    await door.frequentNationality(romania).waitFor();
    keep("anonymous RO", await door.checkInAnonymous({ country: romania, frequent: true, firstVisit: "no" }));

    await expect.poll(() => door.headcount()).toBe(10);
    expect(await door.figure("visits")).toBe(10);
    expect(await door.figure("firstVisits")).toBe(3);
    expect(await door.figure("anonymous")).toBe(6);
    expect(await door.visitsRegion.getByRole("button").count()).toBe(10);
    await axe(page, "the board with ten women checked in");

    // Her card again: the lookup counts tonight's visit too, and no second visit is added.
    const twice = await door.checkInWithCode(codeNg.code, { country: nigeria, visitsBefore: 2 });
    expect(twice.status).toBe(200);
    expect(twice.visit.id).toBe(first.id);
    const [already, alreadyEnd] = t("door:checkIn.already", {
      time: "§",
      who: codeNg.code,
      country: nigeria,
    }).split("§") as [string, string];
    const said = ((await door.confirmation.textContent()) ?? "").trim();
    expect(said.startsWith(already) && said.endsWith(alreadyEnd), `"${said}" says she is already in`).toBe(
      true,
    );
    await expect.poll(() => door.figure("visits")).toBe(10);

    const api = await board(evening.volunteer.session);
    expect(api).toMatchObject({ visits: 10, firstVisits: 3, anonymousVisits: 6, headcount: 10 });
    expect(api.session?.state).toBe("open");
    expect(
      api.recentVisits
        .filter((v) => v.heardFrom !== null)
        .map((v) => v.heardFrom)
        .sort(),
    ).toEqual(["friend", "outreach_street"]);
  });

  it("hands out more than the limit only with a reason, and keeps that it was over", async () => {
    const page = await signedInPage(evening.volunteer.session);
    const door = new TonightPage(page, da);
    await door.open(e2e.app.url, evening.site.id, evening.site.name);
    const visit = tonight.visits.get("card NG") as Visit;
    const condoms = evening.limitedItem.names.da as string;
    const limit = evening.limitedItem.limitPerVisit;

    await door.visitRow(visit.visitorCode as string).click();
    await door.visitPanel.waitFor();
    for (let i = 0; i <= limit; i++) await door.oneMore(condoms).click();
    expect(await door.supplyQuantity(condoms).inputValue()).toBe(String(limit + 1));

    await door.handOutButton.click();
    await door.supplyProblem.waitFor();
    expect((await door.supplyProblem.textContent())?.trim()).toBe(
      t("door:visit.supplies.overVisitLimit", { limit, already: 0 }),
    );
    await door.reasonField.waitFor();
    await expect
      .poll(() => door.reasonField.evaluate((field) => field === document.activeElement))
      .toBe(true);
    expect(await door.supplyQuantity(condoms).inputValue(), "the quantity stays as it was").toBe(
      String(limit + 1),
    );
    await axe(page, "a hand-out over the limit, refused until a reason is given", door.visitPanel);
    const refused = await evening.volunteer.session.ok<Visit>("GET", `/api/v1/visits/${visit.id}`);
    expect(refused.supplies, "nothing was handed out").toEqual([]);

    await door.reasonField.fill("hun arbejder hele weekenden og har ingen tilbage");
    await door.handOutWithReasonButton.click();
    await door.visitPanel
      .getByText(
        `${t("door:visit.supplies.given_other", { count: limit + 1 })} · ${t("door:visit.supplies.overLimitGiven")}`,
        { exact: true },
      )
      .waitFor();
    await door.reasonField.waitFor({ state: "detached" });

    const saved = await evening.volunteer.session.ok<Visit>("GET", `/api/v1/visits/${visit.id}`);
    expect(saved.supplies).toEqual([
      { itemId: evening.limitedItem.id, quantity: limit + 1, overLimit: true },
    ]);

    // One woman goes home: the headcount goes down, the visits stay.
    await door.visitRow(t("door:country.unknown")).click();
    await door.visitPanel
      .getByText(`${t("door:visit.anonymous")} · ${t("door:country.unknown")}`, { exact: true })
      .waitFor();
    await door.markLeftButton.click();
    await expect.poll(() => door.headcount()).toBe(9);
    expect(await door.figure("visits")).toBe(10);
  });

  it("the social worker introduces the woman who speaks Romanian and opens her code and card", async () => {
    const page = await signedInPage(evening.socialWorker.session);
    const door = new TonightPage(page, da);
    await door.open(e2e.app.url, evening.site.id, evening.site.name);
    const romania = await door.countryName("RO");
    const who = `${tonight.newCode}, ${romania}`;

    // Only she is matched: the others speak English, or a language no one on duty speaks.
    const match = door.matchesRegion.getByRole("listitem");
    await match.first().waitFor();
    expect(await match.count()).toBe(1);
    const matchText = (await match.textContent()) ?? "";
    expect(matchText).toContain(who);
    expect(matchText).toContain(evening.socialWorker.displayName);
    await axe(page, "the language match on the social worker's board", door.matchesRegion);

    await door.introducedButton(who).click();
    await door.matchesRegion.getByText(t("door:matches.allDone"), { exact: true }).waitFor();
    const visit = tonight.visits.get("new RO with card") as Visit;
    const introduced = await evening.socialWorker.session.ok<Visit>("GET", `/api/v1/visits/${visit.id}`);
    expect(introduced.introducedAt).not.toBeNull();

    // Her code's profile, from her visit.
    await door.visitRow(tonight.newCode).click();
    await door.profileLink.click();
    const profile = new VisitorProfilePage(page, da);
    await profile.expectShown();
    expect(new URL(page.url()).pathname).toBe(`/staff/visitors/${tonight.newCodeId}`);
    expect(page.url(), "the code itself is never in an address").not.toContain(tonight.newCode);
    await profile.code(tonight.newCode).first().waitFor();
    await axe(page, "her code's profile");

    await profile.printCardLink.click();
    const card = new VisitorCardPage(page, da);
    await card.expectShown();
    expect(await card.printedCode()).toBe(tonight.newCode);
    expect(await card.printButton.isEnabled()).toBe(true);
    await axe(page, "her printable card");

    // The visitor-code pages: find her code from her card; a new code needs her nationality.
    const codes = new VisitorCodesPage(page, da);
    await codes.open(e2e.app.url);
    await axe(page, "the visitor-code page");
    await codes.issueButton.click();
    await codes.issueRegion.getByText(t("visitors:fields.nationalityRequired"), { exact: true }).waitFor();
    expect(await codes.issueNationality.getAttribute("aria-invalid")).toBe("true");
    await axe(page, "the new-code form refusing a missing nationality", codes.issueRegion);

    await codes.lookUp(tonight.newCode.toLowerCase().replace("-", " "));
    await profile.expectShown();
    expect(new URL(page.url()).pathname).toBe(`/staff/visitors/${tonight.newCodeId}`);
  });

  it("the manager sees ten visits and the hand-out over the limit in the door statistics", async () => {
    const page = await signedInPage(evening.centre.managerSession);
    const report = new DoorReportPage(page, da);
    await report.open(e2e.app.url, {
      siteId: evening.site.id,
      from: evening.session.date,
      to: copenhagenDate(),
    });
    await expect.poll(() => report.total("visits")).toBe(10);
    expect(await report.total("sessions")).toBe(1);
    expect(await report.total("firstVisits")).toBe(3);
    expect(await report.total("anonymousVisits")).toBe(6);
    expect(await report.total("distinctCodes")).toBe(4);
    expect(await report.total("limitOverrides")).toBe(1);
    const condoms = evening.limitedItem.names.da as string;
    const limit = evening.limitedItem.limitPerVisit;
    // Quantity, handouts, over a limit.
    expect(await report.rowOf("door-report:supplies.caption", condoms)).toEqual([
      String(limit + 1),
      "1",
      "1",
    ]);
    expect(
      (await report.rowOf("door-report:heardFrom.caption", t("door-report:heardFrom.answers.friend")))[0],
    ).toBe("1");
    await axe(page, "the door statistics");

    const catalogue = new CataloguePage(page, da);
    await catalogue.open(e2e.app.url, evening.site.id, evening.site.name);
    const item = catalogue.supply(condoms);
    await item.waitFor();
    expect((await item.textContent()) ?? "").toContain(String(evening.limitedItem.stock - (limit + 1)));
    await axe(page, "the catalogue");
  });

  it("the volunteer closes the session: a further check-in is refused and nothing is saved", async () => {
    const page = await signedInPage(evening.volunteer.session);
    const door = new TonightPage(page, da);
    await door.open(e2e.app.url, evening.site.id, evening.site.name);

    const dialog = await door.askToCloseSession();
    expect((await dialog.textContent()) ?? "").toContain(
      t("door:session.closeConfirmInRoom_other", { count: 9 }),
    );
    await expectNoAxeViolations(page, "the question before closing", { include: "[role=dialog]" });
    await door.confirmClose(dialog);
    await door.checkInRegion.getByText(t("door:checkIn.notice.closed"), { exact: true }).waitFor();
    await axe(page, "the board with the session closed");

    await door.fillAnonymous({ country: t("door:country.unknown"), frequent: true, firstVisit: "no" });
    const refused = await door.submitRefusedCheckIn();
    expect(refused).toMatchObject({ status: 400, body: { code: "SESSION_CLOSED" } });
    await door.checkInAlert.getByText(t("common:errors.SESSION_CLOSED"), { exact: true }).waitFor();
    expect(await door.firstVisitChoice("no").getAttribute("aria-pressed"), "what was chosen stays").toBe(
      "true",
    );
    await axe(page, "the check-in refused after closing", door.checkInRegion);

    const after = await board(evening.volunteer.session);
    expect(after.session?.state).toBe("closed");
    expect(after.visits).toBe(10);
    expect(await door.figure("visits")).toBe(10);
  });
});

describe("the code field at the door", () => {
  it("says at once that a code with one character changed is not a code, and sends nothing", async () => {
    const page = await signedInPage(evening.volunteer.session);
    const door = new TonightPage(page, da);
    await door.open(e2e.app.url, evening.site.id, evening.site.name);

    const real = (evening.codes[1] as DoorEvening["codes"][0]).code;
    const at = 2;
    const changed = `${real.slice(0, at)}${CODE_ALPHABET[(CODE_ALPHABET.indexOf(real.charAt(at)) + 1) % CODE_ALPHABET.length]}${real.slice(at + 1)}`;
    expect(normaliseVisitorCode(changed), "one character changed fails the check character").toBeNull();

    const posted: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname.startsWith("/api/v1/visit"))
        posted.push(request.url());
    });
    await door.codeField.fill(changed);
    const message = t("door:checkIn.problems.MALFORMED_VISITOR_CODE");
    await door.checkInRegion.getByText(message, { exact: true }).waitFor();
    expect(await door.codeField.getAttribute("aria-invalid")).toBe("true");
    expect(await descriptionOf(door.codeField)).toContain(message);
    await door.checkInButton.click();
    await expect.poll(() => door.codeField.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await door.codeField.inputValue(), "what was typed stays").toBe(changed);
    await axe(page, "the check-in refusing a mistyped code", door.checkInRegion);
    expect(posted, "no lookup and no check-in was sent").toEqual([]);

    // The lookup on the visitor-code page reads it the same way.
    const codes = new VisitorCodesPage(page, da);
    await codes.open(e2e.app.url);
    await codes.lookupField.fill(changed);
    await codes.lookupStatus
      .getByText(t("visitors:code.status.checkFailed", { shown: changed }), { exact: true })
      .waitFor();
    await axe(page, "the code lookup reading a mistyped code", codes.lookupRegion);
  });
});
