import type { Catalogue } from "../../src/common/contracts/services.js";
import type { Visit } from "../../src/common/contracts/visits.js";
import { doorSiteOpenNow, machineLoad, percentile } from "../lib/door.js";
import { median } from "../lib/stats.js";
import type { BenchCase } from "../lib/types.js";

const VISITS = 100;
const WARM_UP = 50;
const REQUESTS = 1000;
const NATIONALITIES = ["RO", "RO", "RO", "NG", "NG", "TH", "BG", "HU", "ES", "SK", "XX"];
const LANGUAGES: Record<string, string[]> = {
  RO: ["ro"],
  NG: ["en"],
  TH: ["th"],
  BG: ["bg", "ru"],
  HU: ["hu"],
};

/**
 * Tonight's board (GET /api/v1/sites/:siteId/tonight) for an evening with 100 visits: 40 women with
 * a code (and languages, so the board matches them with staff), 60 anonymous, services ticked and
 * supplies handed out to some, two staff on duty. One client asks again and again, as the door's
 * screen refreshes; the figure is the median of 1000 answers.
 */
const doorBoard: BenchCase = {
  name: "door-board",
  async run(context) {
    const shared = await context.shared();
    const { site, door, manager, openingId, sessionDate, doorAccountId } = await doorSiteOpenNow(
      shared,
      "Board",
    );
    await door.ok("PATCH", "/api/v1/me", { languages: ["ro", "en", "da"] });
    await manager.ok("POST", `/api/v1/sites/${site.id}/roster`, {
      accountId: doorAccountId,
      duty: "social_work",
      weeklyOpeningId: openingId,
      validFrom: sessionDate,
    });
    const catalogue = await manager.ok<Catalogue>("GET", `/api/v1/sites/${site.id}/catalogue`);
    const condoms = catalogue.supplies.find((s) => s.key === "condoms");
    const tea = catalogue.services.find((s) => s.key === "tea_coffee");
    const shower = catalogue.services.find((s) => s.key === "shower_toilet");
    if (!condoms || !tea || !shower)
      throw new Error("the default catalogue lacks condoms, tea or the shower");
    await manager.ok("POST", `/api/v1/sites/${site.id}/supplies/${condoms.id}/stock`, { delta: 10_000 });

    for (let i = 0; i < VISITS; i++) {
      const nationality = NATIONALITIES[i % NATIONALITIES.length] as string;
      const coded = i % 5 < 2;
      const visit = await door.ok<Visit>("POST", "/api/v1/visits", {
        siteId: site.id,
        nationality,
        firstVisit: i % 10 === 0,
        ...(i % 10 === 0 ? { heardFrom: "friend", adultConfirmed: true } : {}),
        ...(coded ? { issueCode: true, languages: LANGUAGES[nationality] ?? [] } : {}),
      });
      if (i % 2 === 0) {
        await door.ok("POST", `/api/v1/visits/${visit.id}/services`, {
          serviceIds: i % 4 === 0 ? [tea.id, shower.id] : [tea.id],
        });
      }
      if (i % 3 === 0) {
        await door.ok("POST", `/api/v1/visits/${visit.id}/supplies`, {
          items: [{ itemId: condoms.id, quantity: 5 }],
        });
      }
      if (i % 7 === 0) await door.ok("POST", `/api/v1/visits/${visit.id}/left`);
    }

    const url = `${shared.app.url}/api/v1/sites/${site.id}/tonight`;
    const headers = { cookie: door.cookie, accept: "application/json" };
    const ask = async () => {
      const started = performance.now();
      const response = await fetch(url, { headers });
      const body = (await response.json()) as { visits?: number };
      const ms = performance.now() - started;
      if (response.status !== 200 || body.visits !== VISITS) {
        throw new Error(`the board answered ${response.status} with ${body.visits} visits`);
      }
      return ms;
    };
    for (let i = 0; i < WARM_UP; i++) await ask();
    const loadBefore = machineLoad();
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push(await ask());
    times.sort((a, b) => a - b);
    const middle = median(times);
    return [
      {
        case: "door board",
        metric: `median of ${REQUESTS} (100 visits)`,
        value: middle,
        unit: "ms",
        note: `GET /tonight one after another after ${WARM_UP} warm-up requests, timed in the client (fetch, keep-alive; ${loadBefore}); aim: under 20 ms (${middle < 20 ? "met" : "NOT met"})`,
      },
      { case: "door board", metric: "p90", value: percentile(times, 90), unit: "ms" },
      { case: "door board", metric: "p99", value: percentile(times, 99), unit: "ms" },
    ];
  },
};

export default doorBoard;
