import type { Locator } from "playwright-core";
import { exactly, fieldLabel } from "../fixtures/i18n.js";
import { StaffPage } from "./staff.js";

/** The texts a field is described by (its help and its error), as a screen reader reads them. */
export async function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((element) => {
    const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    return ids
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
  });
}

/** /staff/visitors: find a code from her card, or give her a new one. */
export class VisitorCodesPage extends StaffPage {
  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/staff/visitors`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("visitors:codes.title").waitFor();
    await this.lookupRegion.waitFor();
    await this.issueRegion.waitFor();
  }

  get lookupRegion(): Locator {
    return this.page.getByRole("region", { name: this.text("visitors:lookup.title"), exact: true });
  }

  get issueRegion(): Locator {
    return this.page.getByRole("region", { name: this.text("visitors:issue.title"), exact: true });
  }

  get lookupField(): Locator {
    return this.lookupRegion.getByRole("textbox", { name: fieldLabel(this.text("visitors:lookup.label")) });
  }

  /** The live line under the code field: how the code reads, or what is wrong with it. */
  get lookupStatus(): Locator {
    return this.lookupRegion.getByRole("status");
  }

  async lookUp(code: string) {
    await this.lookupField.fill(code);
    await this.lookupRegion
      .getByRole("button", { name: this.text("visitors:lookup.submit"), exact: true })
      .click();
  }

  get issueButton(): Locator {
    return this.issueRegion.getByRole("button", { name: this.text("visitors:issue.submit"), exact: true });
  }

  get issueNationality(): Locator {
    return this.issueRegion.getByRole("combobox", {
      name: fieldLabel(this.text("visitors:fields.nationality")),
    });
  }
}

/** /staff/visitors/:id: a code's profile. */
export class VisitorProfilePage extends StaffPage {
  async expectShown() {
    await this.heading("visitors:profile.title").waitFor();
    await this.page.getByRole("region", { name: this.text("visitors:facts.title"), exact: true }).waitFor();
  }

  /** Her code as the page shows it, grouped as on her card. */
  code(printed: string): Locator {
    return this.page.getByRole("main").getByText(printed, { exact: true });
  }

  get printCardLink(): Locator {
    return this.page.getByRole("link", { name: this.text("visitors:profile.printCard"), exact: true });
  }
}

/** /staff/visitors/:id/card: her printable card. */
export class VisitorCardPage extends StaffPage {
  async expectShown() {
    await this.heading("visitors:card.title").waitFor();
    // Drawn in the browser: wait for the picture, not the spinner, before anything is checked.
    await this.page
      .getByRole("main")
      .getByRole("img", { name: exactly(this.text("visitors:card.qrAlt")) })
      .waitFor();
  }

  /** The code as printed on the card's face: its two groups of four, joined by a dash. */
  async printedCode(): Promise<string> {
    const groups = await this.page
      .getByRole("main")
      .locator(".visitor-card__code > span[aria-hidden=true]")
      .allInnerTexts();
    return groups.map((group) => group.trim()).join("-");
  }

  get printButton(): Locator {
    return this.page.getByRole("button", { name: this.text("visitors:card.print"), exact: true });
  }
}
