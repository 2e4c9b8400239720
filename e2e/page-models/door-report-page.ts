import type { Locator } from "playwright-core";
import { exactly } from "../fixtures/i18n.js";
import { StaffPage } from "./staff.js";

export type DoorTotal =
  | "sessions"
  | "visits"
  | "distinctCodes"
  | "anonymousVisits"
  | "firstVisits"
  | "limitOverrides";

/** /staff/reports/door?siteId=…&from=…&to=…: door statistics of a site for a period. */
export class DoorReportPage extends StaffPage {
  async open(baseUrl: string, query: { siteId: string; from: string; to: string }) {
    await this.page.goto(`${baseUrl}/staff/reports/door?${new URLSearchParams(query)}`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("door-report:title").waitFor();
    await this.totals.waitFor();
  }

  /** The totals table, named by its caption. */
  get totals(): Locator {
    return this.page.getByRole("table", { name: exactly(this.text("door-report:totals.caption")) });
  }

  /** A table named by its caption (which may go on with a description). */
  table(captionKey: string): Locator {
    const caption = this.text(captionKey).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return this.page.getByRole("table", { name: new RegExp(`^\\s*${caption}`) });
  }

  /** The number in a row of the totals table. */
  async total(key: DoorTotal): Promise<number> {
    const row = this.totals.getByRole("row").filter({
      has: this.page.getByRole("rowheader", {
        name: this.text(`door-report:totals.rows.${key}`),
        exact: true,
      }),
    });
    const text = (await row.getByRole("cell").first().textContent()) ?? "";
    return Number(text.replace(/[^\d]/g, ""));
  }

  /** The figures of a table's row, by its row header: the cells' texts. */
  async rowOf(captionKey: string, header: string): Promise<string[]> {
    const row = this.table(captionKey)
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: header, exact: true }) });
    return (await row.getByRole("cell").allTextContents()).map((cell) => cell.trim());
  }
}
