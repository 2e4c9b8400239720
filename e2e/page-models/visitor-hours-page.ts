import type { Page } from "playwright-core";
import { exactly, visitorText } from "../fixtures/i18n.js";

/** `/`: the public opening-hours page, in the visitor's language. */
export class VisitorHoursPage {
  constructor(
    readonly page: Page,
    public language = "en",
  ) {}

  private text(key: string, values: Record<string, string | number> = {}) {
    return visitorText(this.language, key, values);
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/`);
    await this.expectShown();
  }

  get heading() {
    return this.page.getByRole("heading", { level: 1, name: exactly(this.text("hours.title")) });
  }

  /** The block listing the coming seven days (a region named by its heading). */
  get week() {
    return this.page.getByRole("region", { name: exactly(this.text("week.title")) });
  }

  async expectShown() {
    await this.heading.waitFor();
    await this.week.waitFor();
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, this.language);
  }

  /** The globe button: its name is "<Language>: <name of the language shown>". */
  get languageButton() {
    return this.page.getByRole("button", { name: new RegExp(`^\\s*${this.text("language.button")}\\s*:`) });
  }

  /** Opens the language menu and picks a language by its own name (e.g. "Română"). */
  async chooseLanguage(code: string, ownName: string) {
    await this.languageButton.click();
    const list = this.page.getByRole("list", { name: exactly(this.text("language.choose")) });
    await list.getByRole("button", { name: exactly(ownName) }).click();
    this.language = code;
    await this.expectShown();
  }
}
