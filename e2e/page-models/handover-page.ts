import type { Locator, Page } from "playwright-core";
import { staffText } from "../fixtures/i18n.js";
import { StaffPage } from "./staff.js";

export type HandoverSection = "messages" | "followUps" | "women" | "lastEntry";

/**
 * The way to the handover on the door's board (and the home page): "Handover for Natcaféen: read
 * this first", what waits, and a large link.
 */
export function handoverBanner(page: Page, siteName: string, language: "en" | "da" = "en") {
  const region = page.getByRole("region", {
    name: staffText("handover:banner.title", { site: siteName }, language),
    exact: true,
  });
  return {
    region,
    openLink: region.getByRole("link", {
      name: staffText("handover:banner.open", {}, language),
      exact: true,
    }),
  };
}

/** /staff/handover/:siteId: what to read first when the session opens. */
export class HandoverPage extends StaffPage {
  siteName = "";

  async open(baseUrl: string, siteId: string, siteName: string) {
    this.siteName = siteName;
    await this.page.goto(`${baseUrl}/staff/handover/${siteId}`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("handover:page.title", { site: this.siteName }).waitFor();
    await this.section("lastEntry").waitFor();
  }

  section(which: HandoverSection): Locator {
    return this.page.getByRole("region", { name: this.text(`handover:${which}.title`), exact: true });
  }

  /** A follow-up due, by its title. */
  followUp(title: string): Locator {
    return this.section("followUps").getByText(title, { exact: true });
  }

  /** The row of a woman expected tonight, by her code. */
  womanRow(code: string): Locator {
    return this.section("women").getByRole("row").filter({ hasText: code });
  }

  flag(scope: Locator, kind: "see_nurse" | "talk_to_colleague"): Locator {
    return scope.getByText(this.text(`door:flags.${kind}`), { exact: true });
  }
}
