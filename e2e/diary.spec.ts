import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Me } from "../src/common/contracts/accounts.js";
import type { Entry, ThemeList } from "../src/common/contracts/diary.js";
import type { FollowUp } from "../src/common/contracts/follow-ups.js";
import type { Handover } from "../src/common/contracts/handover.js";
import type { Message } from "../src/common/contracts/messages.js";
import type { Visit } from "../src/common/contracts/visits.js";
import { LIMITS } from "../src/common/limits.js";
import {
  CODE_ALPHABET,
  CODE_RANDOM_LENGTH,
  formatVisitorCode,
  normaliseVisitorCode,
  visitorCodeFrom,
} from "../src/common/visitor-code.js";
import type { ApiSession } from "./fixtures/api.js";
import { setUpE2E } from "./fixtures/app.js";
import { expectNoAxeViolations } from "./fixtures/axe.js";
import { staffText } from "./fixtures/i18n.js";
import { type DiaryEvenings, seedDiaryEvenings } from "./fixtures/seed.js";
import { freshTotp } from "./fixtures/totp.js";
import { DiaryEntryPage } from "./page-models/diary-entry-page.js";
import { FollowUpPage, NewFollowUpPage } from "./page-models/follow-up-pages.js";
import { HandoverPage, handoverBanner } from "./page-models/handover-page.js";
import { HomePage } from "./page-models/home-page.js";
import { MessagePage, MessagesPage } from "./page-models/messages-page.js";
import { SecondFactorPage, SignInPage } from "./page-models/sign-in-page.js";
import { TonightPage } from "./page-models/tonight-page.js";
import { descriptionOf } from "./page-models/visitor-code-page.js";

/**
 * The shift diary, on the real clock: two social workers write last night's entry together (the
 * facts pre-filled, a theme suggested and taken, one paragraph restricted to their organisation), one
 * leaves a follow-up on a woman's code, the other a message to the managers; a manager signs in and
 * reads it, and its author sees that she has. Then last night's session is closed, tonight's opened,
 * and the handover shows the follow-up, her flagged code and last night's entry, while the door shows
 * her flag. A colleague of the other organisation sees only that the restricted paragraph exists.
 * Axe runs on every page.
 */
const e2e = setUpE2E();
// Staff profiles are new, so the staff app speaks Danish.
const da = "da" as const;
const t = (key: string, values: Record<string, string | number> = {}) => staffText(key, values, da);

let evenings: DiaryEvenings;
let health: { id: string; name: string };

beforeAll(async () => {
  evenings = await seedDiaryEvenings(e2e.app);
  const themes = await evenings.socialWorkers[0].session.ok<ThemeList>("GET", "/api/v1/diary/themes");
  const theme = themes.themes.find((th) => th.key === "health");
  if (!theme) throw new Error("no built-in theme health");
  health = { id: theme.id, name: theme.names.da };
});

/** A browser signed in as the owner of this API session (its session cookie). */
async function signedInPage(session: ApiSession) {
  const page = await e2e.newPage();
  const [name, value] = session.cookie.split("=") as [string, string];
  await page.context().addCookies([{ name, value, url: e2e.app.url, httpOnly: true, sameSite: "Strict" }]);
  return page;
}

/** Axe on the whole page, or on the part of it that just changed once the rest was checked. */
async function axe(page: Page, where: string, part?: Locator) {
  if (!part) return expectNoAxeViolations(page, where);
  await part.evaluate((element) => element.setAttribute("data-axe-part", ""));
  try {
    await expectNoAxeViolations(page, where, { include: "[data-axe-part]" });
  } finally {
    await part.evaluate((element) => element.removeAttribute("data-axe-part")).catch(() => undefined);
  }
}

/** "21.04": a time as the staff pages write it in Danish (the browsers run in Copenhagen's time). */
const clock = (iso: string) =>
  new Intl.DateTimeFormat(da, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Europe/Copenhagen",
  }).format(new Date(iso));

const countryName = (page: Page, code: string) =>
  page.evaluate(
    ([region, language]) => new Intl.DisplayNames([language], { type: "region" }).of(region) ?? region,
    [code, da] as const,
  );

// What the two write (no names, no numbers: the diary warns about those before saving).
const TEXT = {
  ana: "Roligt i aften. Den nye kvinde fra Rumænien fik sit kort og vil gerne tale med en læge om smerter i ryggen.",
  birthe: "To kvinder spurgte efter danskundervisning, så vi skriver holdet op på tavlen til næste gang.",
  restricted: "Hun fortalte, at en kunde truer hende. Vi følger op i morgen, kun i vores organisation.",
  followUpTitle: "Tal med hende om lægebesøget",
  followUpBody: "Hun vil gerne have hjælp til at finde en læge, der taler rumænsk.",
  message: "Vi mangler kondomer i størrelse L til weekenden. Kan lederne bestille flere?",
};

/** What the journey learnt along the way, for the steps after it. */
const learnt: { followUp?: FollowUp } = {};

describe("the shift diary", () => {
  it("two social workers write last night's entry together: facts pre-filled, a theme taken, nothing lost", async () => {
    const [ana, birthe] = evenings.socialWorkers;
    const [anaPage, birthePage] = await Promise.all([
      signedInPage(ana.session),
      signedInPage(birthe.session),
    ]);
    const anaDiary = new DiaryEntryPage(anaPage, da);
    const birtheDiary = new DiaryEntryPage(birthePage, da);
    await Promise.all([
      anaDiary.openTonight(e2e.app.url, evenings.site.id, evenings.site.name),
      birtheDiary.openTonight(e2e.app.url, evenings.site.id, evenings.site.name),
    ]);

    // The facts the door already knows: three women, two of them new, two without a code.
    await expect.poll(() => anaDiary.figure("visits")).toBe(3);
    expect(await anaDiary.figure("firstVisits")).toBe(2);
    expect(await anaDiary.figure("anonymousVisits")).toBe(2);
    expect(await anaDiary.figure("clinicConsultations")).toBe(0);
    const nationalities = await anaDiary.nationalities();
    for (const code of ["RO", "NG", "BG"]) {
      expect(nationalities).toContain(
        t("diary:facts.nationality", { country: await countryName(anaPage, code), count: 1 }),
      );
    }
    expect(await anaDiary.paragraphs.count(), "nothing written yet").toBe(0);

    // Both write at the same time, each in her own browser.
    await anaDiary.bodyField.fill(TEXT.ana);
    await birtheDiary.bodyField.fill(TEXT.birthe);

    // Ana's text suggests the theme Health; one tap takes it.
    await anaDiary.suggestion(health.name).click();
    expect(await anaDiary.themeChip(health.name).isChecked()).toBe(true);
    await expect.poll(() => anaDiary.suggestion(health.name).count()).toBe(0);
    await axe(anaPage, "the composer with a theme taken from the suggestions", anaDiary.composer);

    const birtheFirst = await birtheDiary.addParagraph();
    const anaFirst = await anaDiary.addParagraph();
    expect(anaFirst.themeIds).toEqual([health.id]);
    await expect.poll(() => anaDiary.bodyField.inputValue(), { message: "the composer empties" }).toBe("");

    // Neither paragraph is lost, and each shows who wrote it and when.
    const anaByline = anaDiary.bylineOf(ana.displayName, clock(anaFirst.writtenAt));
    const birtheByline = anaDiary.bylineOf(birthe.displayName, clock(birtheFirst.writtenAt));
    await anaPage.getByRole("article", { name: birtheByline, exact: true }).getByText(TEXT.birthe).waitFor();
    const anaArticle = anaPage.getByRole("article", { name: anaByline, exact: true });
    await anaArticle.getByText(TEXT.ana).waitFor();
    await anaDiary.themeBadge(anaArticle, health.name).waitFor();
    expect(await anaDiary.paragraphs.count()).toBe(2);

    // Birthe adds one kept to her organisation: her page shows it and Ana's with it.
    await birtheDiary.bodyField.fill(TEXT.restricted);
    await birtheDiary.restrictedSwitch.check();
    const { organisationName: organisation } = await birthe.session.ok<Me>("GET", "/api/v1/me");
    expect(await birtheDiary.restrictedToOrganisation(organisation).isChecked()).toBe(true);
    await axe(birthePage, "the composer of a restricted paragraph", birtheDiary.composer);
    const restricted = await birtheDiary.addParagraph();
    expect(restricted.restriction).toBe("organisation");
    await birthePage.getByRole("article", { name: anaByline, exact: true }).getByText(TEXT.ana).waitFor();
    const restrictedArticle = birthePage.getByRole("article", {
      name: birtheDiary.bylineOf(birthe.displayName, clock(restricted.writtenAt)),
      exact: true,
    });
    await birtheDiary.restrictionBadge(restrictedArticle.last(), organisation).waitFor();
    await expect.poll(() => birtheDiary.paragraphs.count()).toBe(3);
    await axe(birthePage, "the entry with three paragraphs, one restricted");

    // A paragraph too long is refused on its field; what was typed stays, even after a reload.
    const tooLong = `${TEXT.ana} `.repeat(Math.ceil((LIMITS.diaryParagraphMax + 1) / (TEXT.ana.length + 1)));
    const typed = tooLong.trim();
    const posted: string[] = [];
    anaPage.on("request", (request) => {
      if (request.method() === "POST" && request.url().includes("/paragraphs")) posted.push(request.url());
    });
    await anaDiary.bodyField.fill(tooLong);
    await anaDiary.addButton.click();
    const problem = t("diary:editor.bodyTooLong_other", {
      count: typed.length,
      max: LIMITS.diaryParagraphMax,
    });
    await anaDiary.composer.getByText(problem, { exact: true }).waitFor();
    expect(await anaDiary.bodyField.getAttribute("aria-invalid")).toBe("true");
    expect(await descriptionOf(anaDiary.bodyField)).toContain(problem);
    expect(await anaDiary.bodyField.inputValue(), "what was typed stays").toBe(tooLong);
    expect(posted, "nothing was sent").toEqual([]);
    await axe(anaPage, "the composer refusing a paragraph too long", anaDiary.composer);
    const [keptBefore] = t("diary:drafts.keptAt", { time: "§" }).split("§") as [string];
    await anaDiary.composer.getByText(keptBefore.trim(), { exact: false }).waitFor();
    await anaPage.reload();
    await anaDiary.expectShown();
    await anaDiary.restoredDraft.waitFor();
    expect(await anaDiary.bodyField.inputValue(), "the draft is back after a reload").toBe(tooLong);
    await anaDiary.composer
      .getByRole("button", { name: t("diary:drafts.discard"), exact: true })
      .first()
      .click();
    await expect.poll(() => anaDiary.bodyField.inputValue()).toBe("");

    const entry = await ana.session.ok<Entry>("GET", `/api/v1/diary/sessions/${evenings.lastNightSessionId}`);
    expect(entry.paragraphs.map((p) => [p.author.displayName, p.readable, p.restriction])).toEqual([
      [birthe.displayName, true, "none"],
      [ana.displayName, true, "none"],
      [birthe.displayName, true, "organisation"],
    ]);
  });

  it("a colleague of the other organisation sees that a restricted paragraph exists, not what it says", async () => {
    const colleague = evenings.colleagueOfOther;
    const page = await signedInPage(colleague.session);
    const diary = new DiaryEntryPage(page, da);
    await diary.openTonight(e2e.app.url, evenings.site.id, evenings.site.name);
    await expect.poll(() => diary.paragraphs.count()).toBe(3);
    const hidden = diary.paragraphsBy(evenings.socialWorkers[1].displayName).last();
    await diary.restrictedNotice(hidden).waitFor();
    await page.getByText(TEXT.ana).waitFor();
    expect(await page.getByText(TEXT.restricted).count(), "its text is nowhere on her page").toBe(0);
    await axe(page, "a restricted paragraph as a colleague of the other organisation sees it", hidden);

    const entry = await colleague.session.ok<Entry>(
      "GET",
      `/api/v1/diary/sessions/${evenings.lastNightSessionId}`,
    );
    expect(entry.paragraphs.at(-1)).toMatchObject({
      readable: false,
      body: null,
      restriction: "organisation",
    });
    expect(JSON.stringify(entry), "not a word of it reaches her browser").not.toContain("truer");
  });

  it("a follow-up on her code: a mistyped or unknown code is refused on its field, nothing typed is lost", async () => {
    const [ana] = evenings.socialWorkers;
    const woman = evenings.women.find((w) => w.code !== null);
    if (!woman?.code || !woman.codeId) throw new Error("the seed gave no woman a code");
    const page = await signedInPage(ana.session);
    const followUps = new NewFollowUpPage(page, da);
    await followUps.open(e2e.app.url, evenings.site.id, evenings.site.name);
    await axe(page, "the follow-ups, none yet");

    await followUps.startNew();
    await followUps.titleField.fill(TEXT.followUpTitle);
    await followUps.bodyField.fill(TEXT.followUpBody);
    const real = woman.code;
    const at = 5;
    const mistyped = `${real.slice(0, at)}${CODE_ALPHABET[(CODE_ALPHABET.indexOf(real.charAt(at)) + 1) % CODE_ALPHABET.length]}${real.slice(at + 1)}`;
    expect(normaliseVisitorCode(mistyped), "one character changed fails the check character").toBeNull();
    await followUps.codeField.fill(mistyped);
    await followUps.dueQuick("today").click();
    await followUps.assignee("any_social_worker").check();

    const posted: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().includes("/api/v1/follow-ups"))
        posted.push(request.url());
    });
    await followUps.saveButton.click();
    const problem = t("follow-ups:form.problems.notACode");
    await followUps.dialog.getByText(problem, { exact: true }).waitFor();
    expect(await followUps.codeField.getAttribute("aria-invalid")).toBe("true");
    expect(await descriptionOf(followUps.codeField)).toContain(problem);
    expect(await followUps.titleField.inputValue(), "the title stays").toBe(TEXT.followUpTitle);
    expect(await followUps.bodyField.inputValue(), "the text stays").toBe(TEXT.followUpBody);
    expect(await followUps.codeField.inputValue(), "the code stays as typed").toBe(mistyped);
    expect(await followUps.assignee("any_social_worker").isChecked()).toBe(true);
    expect(posted, "nothing was sent").toEqual([]);
    await axe(page, "the new follow-up refusing a mistyped code", followUps.dialog);

    // A code as on a card, but no woman's: the server refuses it on the same field.
    const unknown = formatVisitorCode(visitorCodeFrom(new Uint8Array(CODE_RANDOM_LENGTH).fill(1)));
    expect(unknown).not.toBe(real);
    await followUps.codeField.fill(unknown);
    const [refusal] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/v1/follow-ups",
      ),
      followUps.saveButton.click(),
    ]);
    expect(refusal.status()).toBe(400);
    await followUps.dialog.getByText(t("common:errors.UNKNOWN_VISITOR_CODE"), { exact: true }).waitFor();
    expect(await followUps.codeField.getAttribute("aria-invalid")).toBe("true");
    expect(await followUps.titleField.inputValue(), "the title stays").toBe(TEXT.followUpTitle);
    expect(await followUps.bodyField.inputValue(), "the text stays").toBe(TEXT.followUpBody);
    const none = await ana.session.ok<{ items: FollowUp[] }>(
      "GET",
      `/api/v1/sites/${evenings.site.id}/follow-ups?scope=all&status=any`,
    );
    expect(none.items, "nothing was saved").toEqual([]);

    await followUps.codeField.fill(real);
    const followUp = await followUps.save();
    learnt.followUp = followUp;
    expect(followUp).toMatchObject({
      title: TEXT.followUpTitle,
      visitorCode: real,
      dueOn: evenings.tonight.date,
      assignee: { kind: "any_social_worker" },
      status: "open",
    });
    const detail = new FollowUpPage(page, TEXT.followUpTitle, da);
    await detail.expectShown();
    await detail.createdNotice.waitFor();
    await detail.flagRaised.waitFor();
    await axe(page, "the follow-up just saved");

    // Her code now carries the door's flag.
    const visit = await ana.session.ok<Visit>("GET", `/api/v1/visits/${woman.visitId}`);
    expect(visit.flags).toContain("talk_to_colleague");
  });

  it("a message to the managers: a manager signs in and reads it, and its author sees it read", async () => {
    const birthe = evenings.socialWorkers[1];
    const birthePage = await signedInPage(birthe.session);
    const messages = new MessagesPage(birthePage, da);
    await messages.open(e2e.app.url, evenings.site.id, evenings.site.name);
    await messages.startNew();
    await messages.audience("managers").check();
    await messages.bodyField.fill(TEXT.message);
    await axe(birthePage, "a new message to the managers", messages.dialog);
    const sent = await messages.send();
    expect(sent).toMatchObject({ audience: "managers", body: TEXT.message });
    const mine = new MessagePage(birthePage, birthe.displayName, da);
    await mine.expectShown();
    await mine.sentNotice.waitFor();
    await mine.receiptsRegion.waitFor();
    const manager = evenings.centre.manager;
    const managerName = "Hanne Leder";
    await mine.receipt(managerName, false).waitFor();
    const audience = (await birthe.session.ok<Message>("GET", `/api/v1/messages/${sent.id}`)).readSummary;
    expect(audience?.readCount).toBe(0);
    const count = audience?.audienceCount ?? 0;
    expect(count).toBeGreaterThanOrEqual(1);
    await mine.readSummary(0, count).waitFor();
    await axe(birthePage, "the message sent, nobody has read it yet");

    // The manager signs in with her password and her authenticator's code (sign-in.spec.ts runs axe
    // on those two pages).
    const managerPage = await e2e.newPage();
    const signIn = new SignInPage(managerPage, da);
    await signIn.open(e2e.app.url);
    await signIn.signIn(manager.username, manager.password);
    const secondFactor = new SecondFactorPage(managerPage, da);
    await secondFactor.expectShown();
    await secondFactor.continueWith(await freshTotp(manager.totpSecret as string));
    await new HomePage(managerPage, managerName, da).expectShown();
    await axe(managerPage, "the manager's home page");

    const managerMessages = new MessagesPage(managerPage, da);
    await managerMessages.open(e2e.app.url, evenings.site.id, evenings.site.name);
    const link = managerMessages.messageLink(TEXT.message.slice(0, 30));
    expect((await link.textContent()) ?? "", "unread, it says so").toContain(managerMessages.unreadHint);
    await axe(managerPage, "the manager's messages with one unread");
    const [read] = await Promise.all([
      managerPage.waitForResponse(
        (r) =>
          r.request().method() === "POST" && new URL(r.url()).pathname === `/api/v1/messages/${sent.id}/read`,
      ),
      link.click(),
    ]);
    expect(read.status()).toBe(200);
    const opened = new MessagePage(managerPage, birthe.displayName, da);
    await opened.expectShown();
    await managerPage.getByText(TEXT.message, { exact: true }).waitFor();
    await opened.receipt(managerName, true).waitFor();
    await axe(managerPage, "the message as the manager read it, with its receipts");

    // Birthe sees that the manager has read it.
    await birthePage.reload();
    await mine.expectShown();
    await mine.receipt(managerName, true).waitFor();
    await mine.readSummary(1, count).waitFor();
  });

  it("the next evening: the handover shows the follow-up, her flagged code and last night's entry; the door her flag", async () => {
    const [ana, birthe] = evenings.socialWorkers;
    const woman = evenings.women.find((w) => w.code !== null);
    if (!woman?.code) throw new Error("the seed gave no woman a code");
    const page = await signedInPage(ana.session);
    const door = new TonightPage(page, da);
    await door.open(e2e.app.url, evenings.site.id, evenings.site.name);

    // Last night ends: closed at the door, and tonight's session is the door's at once.
    const dialog = await door.askToCloseSession();
    await expectNoAxeViolations(page, "the question before closing last night", { include: "[role=dialog]" });
    await dialog.getByRole("button", { name: t("door:session.close"), exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await door.openSession();
    const board = await ana.session.ok<{ session: { date: string; startsAt: string; state: string } | null }>(
      "GET",
      `/api/v1/sites/${evenings.site.id}/tonight`,
    );
    expect(board.session).toMatchObject({
      date: evenings.tonight.date,
      startsAt: evenings.tonight.startsAt,
      state: "open",
    });

    // The door sends her to the handover first.
    const banner = handoverBanner(page, evenings.site.name, da);
    await banner.region.getByText(t("handover:banner.due_one", { count: 1 }), { exact: false }).waitFor();
    await axe(page, "tonight's board with the handover to read first");
    await banner.openLink.click();
    const handover = new HandoverPage(page, da);
    handover.siteName = evenings.site.name;
    await handover.expectShown();

    await handover.followUp(TEXT.followUpTitle).waitFor();
    const row = handover.womanRow(woman.code);
    await handover.flag(row, "talk_to_colleague").waitFor();
    const last = handover.section("lastEntry");
    await last.getByText(t("handover:lastEntry.headcount_other", { count: 3 }), { exact: true }).waitFor();
    await last.getByText(t("handover:lastEntry.paragraphs_other", { count: 3 }), { exact: true }).waitFor();
    await last.getByText(t("handover:lastEntry.restricted_one", { count: 1 }), { exact: true }).waitFor();
    await last
      .getByText(t("handover:lastEntry.authors", { names: `${ana.displayName}, ${birthe.displayName}` }), {
        exact: true,
      })
      .waitFor();
    const summary = (await last.textContent()) ?? "";
    expect(summary).toContain(TEXT.birthe);
    expect(summary).toContain(TEXT.ana.slice(0, 60));
    expect(summary, "the restricted paragraph stays out of the summary").not.toContain(TEXT.restricted);
    await axe(page, "the handover of the next evening");

    const api = await ana.session.ok<Handover>("GET", `/api/v1/sites/${evenings.site.id}/handover`);
    expect(api.date).toBe(evenings.tonight.date);
    expect(api.lastEntry).toMatchObject({ date: evenings.lastNight.date, headcount: 3, paragraphCount: 3 });
    expect(api.followUps.map((f) => f.id)).toEqual([learnt.followUp?.id]);
    expect(api.expectedWomen.map((w) => [w.visitorCode, w.flags])).toEqual([
      [woman.code, ["talk_to_colleague"]],
    ]);

    // At the door, her code shows the flag as she comes in.
    await door.open(e2e.app.url, evenings.site.id, evenings.site.name);
    await door.codeField.fill(woman.code);
    await door.checkInRegion.getByText(t("door:flags.talk_to_colleague"), { exact: true }).waitFor();
    const romania = await door.countryName("RO");
    const visit = await door.checkInWithCode(woman.code, { country: romania, visitsBefore: 1 });
    expect(visit.visit.flags).toEqual(["talk_to_colleague"]);
    await door.visitPanel.getByText(t("door:flags.talk_to_colleague"), { exact: true }).waitFor();
    await axe(page, "tonight's board with her flag shown");
  });
});
