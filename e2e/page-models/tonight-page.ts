import type { Locator, Response } from "playwright-core";
import type { HeardFrom, Visit } from "../../src/common/contracts/visits.js";
import { exactly } from "../fixtures/i18n.js";
import { StaffPage } from "./staff.js";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export type FirstVisitChoice = "yes" | "no" | "unknown";

/** One woman at the check-in panel without a code: what staff choose for her. */
export interface AnonymousCheckIn {
  /** Her nationality as the page names it ("Rumænien"); typed into the picker unless `frequent`. */
  country: string;
  /** Touch her nationality's button under "Frequent nationalities here" instead of typing it. */
  frequent?: boolean;
  firstVisit: FirstVisitChoice;
  heardFrom?: HeardFrom;
  /** Language names as the picker shows them ("Rumænsk"). */
  languages?: string[];
  card?: boolean;
  adult?: boolean;
}

/** A figure of the board's headcount panel, by its key under door:headcount. */
export type BoardFigure = "visits" | "firstVisits" | "anonymous";

/** /staff/tonight/:siteId: tonight's board at the door. */
export class TonightPage extends StaffPage {
  siteName = "";

  async open(baseUrl: string, siteId: string, siteName: string) {
    this.siteName = siteName;
    await this.page.goto(`${baseUrl}/staff/tonight/${siteId}`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("door:tonight.title", { site: this.siteName }).waitFor();
    await this.checkInRegion.waitFor();
    // An empty room draws a bar of no width: present, not visible.
    await this.headcountBar.waitFor({ state: "attached" });
  }

  /** Names as the browser says them in the interface language, exactly as the page does. */
  async countryName(code: string): Promise<string> {
    if (code === "XX") return this.text("door:country.unknown");
    return this.page.evaluate(
      ([region, language]) => new Intl.DisplayNames([language], { type: "region" }).of(region) ?? region,
      [code, this.language] as const,
    );
  }

  async languageName(code: string): Promise<string> {
    const name = await this.page.evaluate(
      ([lang, language]) => new Intl.DisplayNames([language], { type: "language" }).of(lang) ?? lang,
      [code, this.language] as const,
    );
    return name.charAt(0).toLocaleUpperCase(this.language) + name.slice(1);
  }

  private button(scope: Locator, key: string, values: Record<string, string | number> = {}): Locator {
    return scope.getByRole("button", { name: this.text(key, values), exact: true });
  }

  // The session

  get openSessionButton(): Locator {
    return this.button(this.page.getByRole("main"), "door:session.open");
  }

  get closeSessionButton(): Locator {
    return this.button(this.page.getByRole("main"), "door:session.close");
  }

  get reopenSessionButton(): Locator {
    return this.button(this.page.getByRole("main"), "door:session.reopen");
  }

  async openSession() {
    await this.openSessionButton.click();
    await this.closeSessionButton.waitFor();
  }

  /** "Close the session": returns the confirm dialog, not yet confirmed. */
  async askToCloseSession(): Promise<Locator> {
    await this.closeSessionButton.click();
    const dialog = this.page.getByRole("dialog", { name: exactly(this.text("door:session.closeTitle")) });
    await dialog.waitFor();
    return dialog;
  }

  async confirmClose(dialog: Locator) {
    await this.button(dialog, "door:session.close").click();
    await dialog.waitFor({ state: "hidden" });
    await this.reopenSessionButton.waitFor();
  }

  // The headcount

  get headcountBar(): Locator {
    return this.page.getByRole("progressbar", { name: this.text("door:headcount.label"), exact: true });
  }

  async headcount(): Promise<number> {
    return Number(await this.headcountBar.getAttribute("aria-valuenow"));
  }

  /** A figure under the headcount ("Visits tonight" and so on): the number above its label. */
  async figure(key: BoardFigure): Promise<number> {
    const label = this.text(`door:headcount.${key}`);
    // The headcount panel: the innermost block holding both the bar and the figures.
    const panel = this.page
      .locator("div")
      .filter({ has: this.headcountBar })
      .filter({ has: this.page.getByText(this.text("door:headcount.visits"), { exact: true }) })
      .last();
    const text = (await panel.getByText(label, { exact: true }).locator("xpath=..").textContent()) ?? "";
    return Number(/^\s*(\d+)/.exec(text)?.[1] ?? Number.NaN);
  }

  // Check-in

  get checkInRegion(): Locator {
    return this.page.getByRole("region", { name: this.text("door:checkIn.title"), exact: true });
  }

  get codeField(): Locator {
    return this.checkInRegion.getByRole("textbox", {
      name: this.text("door:checkIn.code.label"),
      exact: true,
    });
  }

  get nationalityField(): Locator {
    return this.checkInRegion.getByRole("combobox", {
      name: this.text("door:checkIn.nationality"),
      exact: true,
    });
  }

  frequentNationality(countryName: string): Locator {
    return this.checkInRegion
      .getByRole("group", { name: this.text("door:country.frequentLabel"), exact: true })
      .getByRole("button", { name: countryName, exact: true });
  }

  firstVisitChoice(choice: FirstVisitChoice): Locator {
    return this.checkInRegion
      .getByRole("group", { name: this.text("door:checkIn.firstVisit.label"), exact: true })
      .getByRole("button", { name: this.text(`door:checkIn.firstVisit.${choice}`), exact: true });
  }

  heardFromChoice(choice: HeardFrom): Locator {
    const label = escapeRegExp(this.text("door:checkIn.heardFrom.label"));
    return this.checkInRegion
      .getByRole("group", { name: new RegExp(`^\\s*${label}`) })
      .getByRole("button", { name: this.text(`door:heardFrom.${choice}`), exact: true });
  }

  get languagesField(): Locator {
    return this.checkInRegion.getByLabel(this.text("door:checkIn.languages.label"), { exact: true }).first();
  }

  /** Mantine puts the switch's help inside its label, so the name goes on after "Give her a card". */
  get cardSwitch(): Locator {
    const label = escapeRegExp(this.text("door:checkIn.issueCode.label"));
    return this.checkInRegion.getByRole("switch", { name: new RegExp(`^\\s*${label}\\b`) });
  }

  get adultCheckbox(): Locator {
    return this.checkInRegion.getByRole("checkbox", {
      name: this.text("door:checkIn.adult.label"),
      exact: true,
    });
  }

  get checkInButton(): Locator {
    return this.button(this.checkInRegion, "door:checkIn.submit");
  }

  /** The confirmation under the panel's title ("Checked in at 19:04: …"). */
  get confirmation(): Locator {
    return this.checkInRegion.getByRole("status");
  }

  /** A refusal the panel shows above its fields. */
  get checkInAlert(): Locator {
    return this.checkInRegion.getByRole("alert");
  }

  /** Clicks "Check in", expects the server to take it, and answers the visit once the panel confirms it. */
  async submitCheckIn(): Promise<{ status: number; visit: Visit }> {
    const [response] = await Promise.all([this.checkInResponse(), this.checkInButton.click()]);
    const body = (await response.json()) as unknown;
    if (response.status() >= 300)
      throw new Error(`the check-in was refused (${response.status()}): ${JSON.stringify(body)}`);
    const visit = body as Visit;
    await this.confirmation.getByText(visit.visitorCode ?? this.text("door:visit.anonymous")).waitFor();
    return { status: response.status(), visit };
  }

  /** Clicks "Check in" and answers the server's refusal (status and problem). */
  async submitRefusedCheckIn(): Promise<{ status: number; body: { code?: string } }> {
    const [response] = await Promise.all([this.checkInResponse(), this.checkInButton.click()]);
    return { status: response.status(), body: (await response.json()) as { code?: string } };
  }

  checkInResponse(): Promise<Response> {
    return this.page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/v1/visits",
    );
  }

  /** What the panel says of a returning woman's code once it is looked up. */
  knownCodeText(countryName: string, visitsBefore: number): string {
    const plural = visitsBefore === 1 ? "known_one" : "known_other";
    return this.text(`door:checkIn.code.${plural}`, { country: countryName, count: visitsBefore });
  }

  /**
   * Her card's code: typed, looked up (she is shown as returning, with her visits before, when
   * given), then "Check in".
   */
  async checkInWithCode(
    code: string,
    known: { country: string; visitsBefore?: number },
  ): Promise<{ status: number; visit: Visit }> {
    await this.codeField.fill(code);
    const summary =
      known.visitsBefore === undefined
        ? new RegExp(
            `^\\s*${escapeRegExp(this.text("door:checkIn.code.known_other", { country: known.country, count: "§" })).replace("§", "\\d+")}\\s*$`,
          )
        : this.knownCodeText(known.country, known.visitsBefore);
    await this.checkInRegion.getByText(summary, { exact: true }).waitFor();
    return this.submitCheckIn();
  }

  /** A woman without a code: nationality, first visit, and what else a new woman is asked. */
  async fillAnonymous(woman: AnonymousCheckIn) {
    if (woman.frequent) {
      await this.frequentNationality(woman.country).click();
    } else {
      await this.nationalityField.fill(woman.country);
      await this.nationalityField.press("Enter");
    }
    await this.expectValue(this.nationalityField, woman.country);
    // Chosen, the list is closed again: it would cover the next question.
    await this.page
      .getByRole("combobox", { name: this.text("door:checkIn.nationality"), exact: true, expanded: false })
      .waitFor();
    await this.firstVisitChoice(woman.firstVisit).click();
    if (woman.heardFrom) await this.heardFromChoice(woman.heardFrom).click();
    for (const language of woman.languages ?? []) {
      await this.languagesField.click();
      await this.languagesField.fill(language.slice(0, 4));
      await this.page.getByRole("option", { name: language, exact: true }).click();
      await this.languagesField.press("Escape");
    }
    if (woman.card) await this.cardSwitch.check();
    if (woman.adult) await this.adultCheckbox.check();
  }

  async checkInAnonymous(woman: AnonymousCheckIn): Promise<{ status: number; visit: Visit }> {
    await this.fillAnonymous(woman);
    return this.submitCheckIn();
  }

  /** Waits until a field holds this value (a picker shows the chosen name). */
  private async expectValue(field: Locator, value: string) {
    const handle = await field.elementHandle();
    await this.page.waitForFunction(
      ([input, expected]) => (input as HTMLInputElement | null)?.value === expected,
      [handle, value] as const,
      { timeout: 10_000 },
    );
  }

  // Language matches

  get matchesRegion(): Locator {
    return this.page.getByRole("region", { name: this.text("door:matches.title"), exact: true });
  }

  /** "Done: introduced (K7MQ-4XPR, Rumænien)". */
  introducedButton(who: string): Locator {
    return this.matchesRegion.getByRole("button", {
      name: this.text("door:matches.doneLabel", { who }),
      exact: true,
    });
  }

  // Visits

  get visitsRegion(): Locator {
    return this.page.getByRole("region", { name: this.text("door:visits.title"), exact: true });
  }

  /** A row of "Tonight's visits" whose text holds this (her code, say). */
  visitRow(text: string | RegExp): Locator {
    return this.visitsRegion.getByRole("button").filter({ hasText: text });
  }

  /** The open visit beside the check-in panel ("Visit from 19:04"). */
  get visitPanel(): Locator {
    const prefix = this.text("door:visit.heading", { time: "" }).trim();
    return this.page.getByRole("region", {
      name: new RegExp(`^\\s*${escapeRegExp(prefix)}`),
    });
  }

  get printCardLink(): Locator {
    return this.visitPanel.getByRole("link", {
      name: new RegExp(`^\\s*${this.text("door:visit.printCard")}\\b`),
    });
  }

  get profileLink(): Locator {
    return this.visitPanel.getByRole("link", { name: this.text("door:visit.openProfile"), exact: true });
  }

  supplyQuantity(itemName: string): Locator {
    return this.visitPanel.getByRole("textbox", { name: itemName, exact: true });
  }

  oneMore(itemName: string): Locator {
    return this.button(this.visitPanel, "door:visit.supplies.more", { item: itemName });
  }

  get handOutButton(): Locator {
    return this.button(this.visitPanel, "door:visit.supplies.submit");
  }

  get handOutWithReasonButton(): Locator {
    return this.button(this.visitPanel, "door:visit.supplies.submitWithReason");
  }

  get reasonField(): Locator {
    return this.visitPanel.getByRole("textbox", {
      name: this.text("door:visit.supplies.reason"),
      exact: true,
    });
  }

  /** The refusal shown under a supply item (role=alert). */
  get supplyProblem(): Locator {
    return this.visitPanel.getByRole("listitem").getByRole("alert");
  }

  get markLeftButton(): Locator {
    return this.button(this.visitPanel, "door:visit.markLeft");
  }

  get closeVisitButton(): Locator {
    return this.button(this.visitPanel, "door:visit.close");
  }
}
