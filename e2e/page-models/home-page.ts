import { StaffPage } from "./staff.js";

/** /staff: the welcome and the places this person may go. */
export class HomePage extends StaffPage {
  constructor(
    page: StaffPage["page"],
    readonly displayName: string,
    language: "en" | "da" = "en",
  ) {
    super(page, language);
  }

  async expectShown() {
    await this.heading("common:home.welcome", { name: this.displayName }).waitFor();
  }

  /** The link to a place in the main navigation, by its label key (e.g. "accounts:nav.accounts.label"). */
  navigationLink(labelKey: string) {
    return this.page
      .getByRole("navigation", { name: this.text("common:nav.label"), exact: true })
      .getByRole("link", { name: this.text(labelKey), exact: true });
  }
}
