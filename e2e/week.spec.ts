import { beforeAll, describe, expect, it } from "vitest";
import type { PublicOpeningHours } from "../src/common/contracts/public.js";
import { ApiSession } from "./fixtures/api.js";
import { setUpE2E } from "./fixtures/app.js";
import { expectNoAxeViolations } from "./fixtures/axe.js";
import { copenhagenDate, type SeededCentre, seedMoedestedet } from "./fixtures/seed.js";
import { SiteWeekPage } from "./page-models/site-week-page.js";

const e2e = setUpE2E();
// The manager's profile is new, so the staff app speaks Danish.
const da = "da" as const;
let centre: SeededCentre;

beforeAll(async () => {
  centre = await seedMoedestedet(e2e.app);
});

/** A browser already signed in as the manager: the session cookie of the manager's API sign-in. */
async function managerPage() {
  const page = await e2e.newPage();
  const [name, value] = centre.managerSession.cookie.split("=") as [string, string];
  await page.context().addCookies([{ name, value, url: e2e.app.url, httpOnly: true, sameSite: "Strict" }]);
  return page;
}

describe("editing the week", () => {
  it("adds the Friday night pilot, 23:00 to 05:00, and the public page shows it", async () => {
    const page = await managerPage();
    const week = new SiteWeekPage(page, da);
    await week.open(e2e.app.url, centre.site.id, centre.site.name);
    await expect.poll(() => week.opening(1, "16:00", "22:00").isVisible()).toBe(true);
    await expectNoAxeViolations(page, "the week page");

    await week.addPilotPeriod("Natåbent forsøg", copenhagenDate(-1), copenhagenDate(90));
    const dialog = await week.fillNewWeeklyOpening({
      weekday: 5,
      startsAt: "23:00",
      endsAt: "05:00",
      pilotLabel: "Natåbent forsøg",
    });
    await expectNoAxeViolations(page, "the new weekly opening form", { include: "[role=dialog]" });
    await week.save(dialog);
    await dialog.waitFor({ state: "hidden" });

    const night = week.opening(5, "23:00", "05:00");
    await night.waitFor();
    expect((await night.textContent()) ?? "").toContain("Natåbent forsøg");
    await expectNoAxeViolations(page, "the week page with the night pilot");

    // The visitors' page shows the night session as a pilot in the coming week.
    const hours = await new ApiSession(e2e.app.url).ok<PublicOpeningHours>(
      "GET",
      "/api/v1/public/sites/moedestedet/opening-hours",
    );
    const nights = hours.week.filter((s) => s.startsAt === "23:00" && s.endsAt === "05:00");
    expect(nights).toHaveLength(1);
    expect(nights[0]?.pilot).toBe(true);
  });

  it("refuses an opening that overlaps Monday 16:00–22:00 on its field, and saves nothing", async () => {
    const page = await managerPage();
    const week = new SiteWeekPage(page, da);
    await week.open(e2e.app.url, centre.site.id, centre.site.name);
    const before = await centre.managerSession.ok<{ weeklyOpenings: unknown[] }>(
      "GET",
      `/api/v1/sites/${centre.site.id}/week`,
    );

    const dialog = await week.fillNewWeeklyOpening({ weekday: 1, startsAt: "18:00", endsAt: "20:00" });
    await week.save(dialog);
    const invalid = dialog.locator("[aria-invalid=true]");
    await expect.poll(() => invalid.count()).toBeGreaterThan(0);
    await expect.poll(async () => (await dialog.textContent()) ?? "").toMatch(/16:00–22:00/);
    expect(await dialog.isVisible(), "the form stays open with what was typed").toBe(true);
    await expectNoAxeViolations(page, "the weekly opening form refusing an overlap", {
      include: "[role=dialog]",
    });

    const after = await centre.managerSession.ok<{ weeklyOpenings: unknown[] }>(
      "GET",
      `/api/v1/sites/${centre.site.id}/week`,
    );
    expect(after.weeklyOpenings).toHaveLength(before.weeklyOpenings.length);
    expect(await week.opening(1, "18:00", "20:00").count()).toBe(0);
  });
});
