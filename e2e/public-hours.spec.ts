import { beforeAll, describe, expect, it } from "vitest";
import { setUpE2E } from "./fixtures/app.js";
import { expectNoAxeViolations } from "./fixtures/axe.js";
import { visitorText } from "./fixtures/i18n.js";
import { seedMoedestedet } from "./fixtures/seed.js";
import { VisitorHoursPage } from "./page-models/visitor-hours-page.js";

const e2e = setUpE2E();

beforeAll(async () => {
  await seedMoedestedet(e2e.app);
});

describe("public opening hours", () => {
  it("shows the week in English, switches to Romanian with the language picker, and keeps the choice", async () => {
    const page = await e2e.newPage({ locale: "en-GB" });
    const hours = new VisitorHoursPage(page, "en");
    await hours.open(e2e.app.url);
    await expect
      .poll(async () => (await hours.week.textContent()) ?? "")
      .toContain(visitorText("en", "activity.clinic_gynaecology"));
    await expectNoAxeViolations(page, "the opening-hours page in English");

    await hours.chooseLanguage("ro", "Română");
    const week = (await hours.week.textContent()) ?? "";
    expect(week).toContain(visitorText("ro", "activity.clinic_gynaecology"));
    expect(week).toContain(visitorText("ro", "activity.class"));
    expect(week).not.toContain(visitorText("en", "activity.clinic_gynaecology"));
    // Monday, Wednesday and Friday are open; the other four days of the coming week say closed.
    expect(await hours.week.getByText(visitorText("ro", "week.closed"), { exact: true }).count()).toBe(4);
    expect(await hours.week.getByText(/16[:.]00\s*[–-]\s*22[:.]00/).count()).toBe(3);
    await expectNoAxeViolations(page, "the opening-hours page in Romanian");

    // Her choice stays on this device, and only there.
    await page.reload();
    await hours.expectShown();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ro");
  });

  it("greets a phone set to Romanian in Romanian, with no staff names and no sign-in", async () => {
    const page = await e2e.newPage({ locale: "ro-RO" });
    const hours = new VisitorHoursPage(page, "ro");
    await hours.open(e2e.app.url);
    await expect
      .poll(async () => (await hours.week.textContent()) ?? "")
      .toContain(visitorText("ro", "activity.clinic_gynaecology"));
    const body = (await page.locator("body").textContent()) ?? "";
    expect(body).not.toContain("Hanne Leder");
    expect(body).not.toContain("hanne.leder");
    await expectNoAxeViolations(page, "the opening-hours page on a Romanian phone");
  });
});
