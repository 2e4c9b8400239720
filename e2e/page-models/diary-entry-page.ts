import type { Locator } from "playwright-core";
import { StaffPage } from "./staff.js";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A figure of "The evening in figures", by its key under diary:facts. */
export type FactFigure =
  | "visits"
  | "firstVisits"
  | "anonymousVisits"
  | "clinicConsultations"
  | "limitOverrides";

/** /staff/diary/sites/:siteId: tonight's diary entry, written together by the staff on duty. */
export class DiaryEntryPage extends StaffPage {
  siteName = "";

  async openTonight(baseUrl: string, siteId: string, siteName: string) {
    this.siteName = siteName;
    await this.page.goto(`${baseUrl}/staff/diary/sites/${siteId}`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("diary:entry.tonightTitle", { site: this.siteName }).waitFor();
    await this.factsRegion.waitFor();
  }

  // The facts Pusterum already knows

  get factsRegion(): Locator {
    return this.page.getByRole("region", { name: this.text("diary:facts.title"), exact: true });
  }

  /** A figure of the facts: the number above its label ("3" over "besøg"). */
  async figure(key: FactFigure): Promise<number> {
    const labels = [this.text(`diary:facts.${key}_one`), this.text(`diary:facts.${key}_other`)];
    const pattern = new RegExp(`^\\s*(\\d+)\\s*(?:${labels.map(escapeRegExp).join("|")})\\s*$`);
    for (const text of await this.factsRegion.getByRole("listitem").allTextContents()) {
      const found = pattern.exec(text);
      if (found) return Number(found[1]);
    }
    return Number.NaN;
  }

  /** The nationalities of the facts as the page lists them ("Rumænien: 1"). */
  async nationalities(): Promise<string[]> {
    const list = this.factsRegion
      .locator("div")
      .filter({ has: this.page.getByRole("heading", { name: this.text("diary:facts.nationalities") }) })
      .filter({ has: this.page.getByRole("listitem") })
      .last()
      .getByRole("listitem");
    return (await list.allTextContents()).map((text) => text.trim());
  }

  // Paragraphs

  /** Every paragraph: an article named by its byline ("Ana Socialrådgiver, 21:04"). */
  get paragraphs(): Locator {
    return this.page.getByRole("article");
  }

  /** The paragraphs of one author. */
  paragraphsBy(author: string): Locator {
    return this.page.getByRole("article", { name: new RegExp(`^\\s*${escapeRegExp(author)}, `) });
  }

  /** The byline a paragraph is named by. */
  bylineOf(author: string, time: string): string {
    return this.text("diary:paragraph.byline", { name: author, time });
  }

  /** What a colleague who may not read a restricted paragraph sees in its place. */
  restrictedNotice(paragraph: Locator): Locator {
    return paragraph.getByText(this.text("diary:paragraph.restrictedExists"), { exact: true });
  }

  restrictionBadge(paragraph: Locator, to: string): Locator {
    return paragraph.getByText(this.text("diary:restriction.badge", { to }), { exact: true });
  }

  themeBadge(paragraph: Locator, theme: string): Locator {
    return paragraph.getByText(theme, { exact: true });
  }

  // The composer ("Add a paragraph")

  get composer(): Locator {
    return this.page.getByRole("form", { name: this.text("diary:editor.newTitle"), exact: true });
  }

  get bodyField(): Locator {
    return this.composer.getByRole("textbox", { name: this.text("diary:editor.body"), exact: true });
  }

  /** "Add the theme Health": the suggestion the text makes, taken with one tap. */
  suggestion(theme: string): Locator {
    return this.composer.getByRole("button", {
      name: this.text("diary:themes.accept", { theme }),
      exact: true,
    });
  }

  themeChip(theme: string): Locator {
    return this.composer.getByRole("checkbox", { name: theme, exact: true });
  }

  /** Mantine puts the switch's help inside its label, so the name goes on after "Restricted". */
  get restrictedSwitch(): Locator {
    const label = escapeRegExp(this.text("diary:restriction.toggle"));
    return this.composer.getByRole("switch", { name: new RegExp(`^\\s*${label}\\b`) });
  }

  restrictedToOrganisation(organisation: string): Locator {
    return this.composer.getByRole("radio", {
      name: this.text("diary:restriction.organisation", { organisation }),
      exact: true,
    });
  }

  get addButton(): Locator {
    return this.composer.getByRole("button", { name: this.text("diary:editor.add"), exact: true });
  }

  /** "Your unsaved text from 21:04 is back." */
  get restoredDraft(): Locator {
    const [before] = this.text("diary:drafts.restored", { time: "§" }).split("§") as [string];
    return this.composer.getByRole("status").filter({ hasText: before.trim() });
  }

  /** Adds a paragraph and waits until it is on the page; answers the server's paragraph. */
  async addParagraph(): Promise<{ id: string; writtenAt: string; themeIds: string[]; restriction: string }> {
    const [response] = await Promise.all([
      this.page.waitForResponse(
        (r) =>
          r.request().method() === "POST" && /\/api\/v1\/diary\/sessions\/[^/]+\/paragraphs$/.test(r.url()),
      ),
      this.addButton.click(),
    ]);
    const body = (await response.json()) as {
      paragraph?: { id: string; writtenAt: string; themeIds: string[]; restriction: string };
    };
    if (response.status() !== 201 || !body.paragraph)
      throw new Error(`the paragraph was refused (${response.status()}): ${JSON.stringify(body)}`);
    await this.page.locator(`#paragraph-${body.paragraph.id}`).waitFor();
    return body.paragraph;
  }
}
