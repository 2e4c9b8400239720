import type { Locator, Page } from "playwright-core";
import { exactly, staffText } from "../fixtures/i18n.js";

/** Shared by the staff pages: the main heading, the alert, and the URL of a staff path. */
export abstract class StaffPage {
  constructor(
    readonly page: Page,
    readonly language: "en" | "da" = "en",
  ) {}

  protected text(key: string, values: Record<string, string | number> = {}): string {
    return staffText(key, values, this.language);
  }

  heading(key: string, values: Record<string, string | number> = {}): Locator {
    return this.page.getByRole("heading", { level: 1, name: exactly(this.text(key, values)) });
  }

  /** The page's error alert (role=alert), once one is shown. */
  get alert(): Locator {
    return this.page.getByRole("alert");
  }

  /** Waits until this page is shown. */
  abstract expectShown(): Promise<void>;
}
