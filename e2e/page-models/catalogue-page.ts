import type { Locator } from "playwright-core";
import { StaffPage } from "./staff.js";

/** /staff/sites/:siteId/catalogue: a site's services and supplies, with stock and limits. */
export class CataloguePage extends StaffPage {
  siteName = "";

  async open(baseUrl: string, siteId: string, siteName: string) {
    this.siteName = siteName;
    await this.page.goto(`${baseUrl}/staff/sites/${siteId}/catalogue`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("catalogue:title", { site: this.siteName }).waitFor();
    await this.suppliesRegion.getByRole("listitem").first().waitFor();
  }

  get suppliesRegion(): Locator {
    return this.page.getByRole("region", { name: this.text("catalogue:supplies.title"), exact: true });
  }

  /** A supply item's card, by the heading with its name. */
  supply(name: string): Locator {
    return this.suppliesRegion
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { name, exact: true }) });
  }
}
