import type { Locator } from "playwright-core";
import { exactly, fieldLabel } from "../fixtures/i18n.js";
import { StaffPage } from "./staff.js";

export interface WeeklyOpeningInput {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  startsAt: string;
  endsAt: string;
  /** The label of a pilot period, as the pilot select shows it (it starts with the label). */
  pilotLabel?: string;
}

/** /staff/sites/:siteId/week: a site's weekly openings with their activities, and the dated entries. */
export class SiteWeekPage extends StaffPage {
  siteName = "";

  async open(baseUrl: string, siteId: string, siteName: string) {
    this.siteName = siteName;
    await this.page.goto(`${baseUrl}/staff/sites/${siteId}/week`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("sites:week.title", { site: this.siteName }).waitFor();
    await this.grid.waitFor();
  }

  /** The seven days, as a list named by its heading. */
  get grid(): Locator {
    return this.page.getByRole("list", { name: exactly(this.text("sites:week.gridLabel")) });
  }

  /** One weekly opening in the grid, named like "Friday 23:00–05:00". */
  opening(weekday: WeeklyOpeningInput["weekday"], startsAt: string, endsAt: string): Locator {
    const name = this.text("sites:weekly.describe", {
      weekday: this.text(`sites:weekdaysInText.${weekday}`),
      start: startsAt,
      end: endsAt,
    });
    return this.grid.getByRole("group", { name: exactly(name) });
  }

  /** The open form dialog, by its title. */
  dialog(titleKey: string): Locator {
    return this.page.getByRole("dialog", { name: exactly(this.text(titleKey)) });
  }

  private field(dialog: Locator, key: string): Locator {
    return dialog.getByLabel(fieldLabel(this.text(key)));
  }

  async addPilotPeriod(label: string, startsOn: string, endsOn: string) {
    await this.page
      .getByRole("button", { name: this.text("sites:week.addPilot"), exact: true })
      .first()
      .click();
    const dialog = this.dialog("sites:pilots.addTitle");
    await dialog.waitFor();
    await this.field(dialog, "sites:fields.pilotLabel").fill(label);
    await this.field(dialog, "sites:fields.startsOn").fill(startsOn);
    await this.field(dialog, "sites:fields.endsOn").fill(endsOn);
    await dialog.getByRole("button", { name: this.text("sites:week.save"), exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  /** Opens the "add weekly opening" form and fills it in; returns the dialog, not yet saved. */
  async fillNewWeeklyOpening(input: WeeklyOpeningInput): Promise<Locator> {
    await this.page
      .getByRole("button", { name: this.text("sites:week.addWeekly"), exact: true })
      .first()
      .click();
    const dialog = this.dialog("sites:weekly.addTitle");
    await dialog.waitFor();
    await this.field(dialog, "sites:fields.weekday").selectOption({
      label: this.text(`sites:weekdays.${input.weekday}`),
    });
    await this.field(dialog, "sites:fields.startsAt").fill(input.startsAt);
    await this.field(dialog, "sites:fields.endsAt").fill(input.endsAt);
    if (input.pilotLabel) {
      const select = this.field(dialog, "sites:fields.pilotPeriod");
      const option = select.locator("option", { hasText: input.pilotLabel });
      await select.selectOption({ value: (await option.getAttribute("value")) ?? "" });
    }
    return dialog;
  }

  async save(dialog: Locator) {
    await dialog.getByRole("button", { name: this.text("sites:week.save"), exact: true }).click();
  }
}
