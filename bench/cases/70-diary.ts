import pg from "pg";
import type { SearchResult, ThemeList, ThemeMonths } from "../../src/common/contracts/diary.js";
import { runningEmbeddedConnectionString } from "../../src/server/db/embedded.js";
import { changeHeaders, doorSiteOpenNow, machineLoad, percentile } from "../lib/door.js";
import { median } from "../lib/stats.js";
import type { BenchCase } from "../lib/types.js";

const YEARS = 10;
const SESSIONS_PER_YEAR = 1500;
const PARAGRAPHS_PER_ENTRY = 20;
const WORDS_PER_PARAGRAPH = 30;
const WARM_UP = 20;
const REQUESTS = 200;

/**
 * What a busy centre's diary says, in both of its languages: the words the themes' rules look for
 * among everyday ones, so searches hit many paragraphs, a few, or almost none.
 */
const WORDS = [
  ..."kvinde kvinderne aften i dag kom talte om hun havde ville gerne spurgte efter hjælp med sin og det var en god stille travl".split(
    " ",
  ),
  ..."læge lægen sygeplejerske hospital graviditet test klinik medicin tandlæge smerter".split(" "),
  ..."ny nye første gang veninde hørte om centret".split(" "),
  ..."rejse rejser tog hjem Rumænien Spanien billet pas".split(" "),
  ..."undervisning dansk engelsk computer CV klasse lærer".split(" "),
  ..."prostitution klient klienter gade massageklinik arbejde nat".split(" "),
  ..."krisecenter shelter sove seng bolig nat".split(" "),
  ..."politi advokat bekymret menneskehandel kontrol gæld".split(" "),
  ..."woman women evening came talked asked wanted help with her the a quiet busy".split(" "),
  ..."doctor nurse pregnancy travel lessons police lawyer worried debt".split(" "),
];

/**
 * Ten years of a busy centre's diary (1,500 sessions a year, 20 paragraphs each: 300,000 paragraphs,
 * bulk-written in SQL with the app's own tables and generated search columns), then two questions a
 * manager asks: full-text search with and without filters (POST /diary/search), and the themes page
 * for the whole ten years (GET /diary/theme-months). Figures are medians timed in the client.
 */
const diary: BenchCase = {
  name: "diary",
  async run(context) {
    const shared = await context.shared();
    const { site, door, manager, doorAccountId } = await doorSiteOpenNow(shared, "Diary");
    const themes = await manager.ok<ThemeList>("GET", "/api/v1/diary/themes");
    const themeIds = themes.themes.map((t) => t.id);
    if (themeIds.length < 8) throw new Error(`expected the eight built-in themes, got ${themeIds.length}`);

    const connectionString = await runningEmbeddedConnectionString(shared.app.dataDir);
    if (!connectionString) throw new Error("the app's embedded PostgreSQL is not reachable");
    const pool = new pg.Pool({ connectionString, max: 2 });
    const seedStarted = performance.now();
    const sessions = YEARS * SESSIONS_PER_YEAR;
    try {
      // A few sessions a day, every day, for ten years before yesterday (tonight's is the app's).
      await pool.query(
        `insert into opening_sessions (site_id, date, starts_at, ends_at, starts_at_instant, ends_at_instant, opened_at, opened_by)
         select $1, d, t, t + interval '3 hours', d + t, d + t + interval '3 hours', d + t, $2
           from (select (current_date - 1 - (g / 4))::date as d, make_time(10 + (g % 4) * 3, 0, 0) as t
                   from generate_series(0, $3::int - 1) g) s`,
        [site.id, doorAccountId, sessions],
      );
      await pool.query(
        `insert into diary_entries (site_id, session_id, session_date, summary, created_by, created_at, updated_by, updated_at)
         select s.site_id, s.id, s.date,
                (select string_agg(($2::text[])[1 + floor(random() * cardinality($2::text[]))::int], ' ')
                   from generate_series(1, 12 + 0 * extract(day from s.date)::int)),
                $3, s.ends_at_instant, $3, s.ends_at_instant
           from opening_sessions s
          where s.site_id = $1 and s.date < current_date`,
        [site.id, WORDS, doorAccountId],
      );
      await pool.query(
        `insert into diary_paragraphs (entry_id, site_id, session_date, author_id, author_organisation_id, body,
                                       theme_ids, written_at, updated_at)
         select e.id, e.site_id, e.session_date, $2, $3,
                (select string_agg(($4::text[])[1 + floor(random() * cardinality($4::text[]))::int], ' ')
                   from generate_series(1, $5::int + 0 * k)),
                array[($6::uuid[])[1 + (k + extract(doy from e.session_date)::int) % cardinality($6::uuid[])]],
                e.created_at + k * interval '1 minute', e.created_at + k * interval '1 minute'
           from diary_entries e cross join generate_series(1, $7::int) k
          where e.site_id = $1`,
        [
          site.id,
          doorAccountId,
          shared.admin.organisationId,
          WORDS,
          WORDS_PER_PARAGRAPH,
          themeIds,
          PARAGRAPHS_PER_ENTRY,
        ],
      );
      await pool.query(
        `insert into diary_entry_themes (entry_id, theme_id, site_id, session_date)
         select distinct p.entry_id, unnest(p.theme_ids), p.site_id, p.session_date
           from diary_paragraphs p where p.site_id = $1`,
        [site.id],
      );
      await pool.query("analyze");
    } finally {
      await pool.end();
    }
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const searchUrl = `${shared.app.url}/api/v1/sites/${site.id}/diary/search`;
    const today = new Date();
    const yearAgo = new Date(today.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
    const questions = [
      { q: "læge" },
      { q: "krisecenter nat" },
      { q: "police lawyer" },
      { q: "gravid" },
      { q: "rejse", from: yearAgo },
      { q: "", themeId: themeIds[0] },
      { q: "hospital", themeId: themeIds[0], from: yearAgo },
      { q: "menneskehandel", authorId: doorAccountId },
    ];
    let asked = 0;
    const search = async () => {
      const body = JSON.stringify(questions[asked++ % questions.length]);
      const started = performance.now();
      const response = await fetch(searchUrl, { method: "POST", headers: changeHeaders(door), body });
      const result = (await response.json()) as SearchResult;
      const ms = performance.now() - started;
      if (response.status !== 200 || !Array.isArray(result.items)) {
        throw new Error(`search answered ${response.status}: ${JSON.stringify(result).slice(0, 300)}`);
      }
      return ms;
    };
    for (let i = 0; i < WARM_UP; i++) await search();
    const searchLoad = machineLoad();
    const searchTimes: number[] = [];
    for (let i = 0; i < REQUESTS; i++) searchTimes.push(await search());
    searchTimes.sort((a, b) => a - b);

    const month = (d: Date) => d.toISOString().slice(0, 7);
    const from = month(new Date(Date.UTC(today.getUTCFullYear() - YEARS, today.getUTCMonth(), 1)));
    const monthsUrl = `${shared.app.url}/api/v1/sites/${site.id}/diary/theme-months?from=${from}&to=${month(today)}`;
    const themesPage = async () => {
      const started = performance.now();
      const response = await fetch(monthsUrl, {
        headers: { cookie: door.cookie, accept: "application/json" },
      });
      const result = (await response.json()) as ThemeMonths;
      const ms = performance.now() - started;
      if (response.status !== 200 || result.months.length < YEARS * 12) {
        throw new Error(`theme-months answered ${response.status}: ${JSON.stringify(result).slice(0, 300)}`);
      }
      return ms;
    };
    for (let i = 0; i < WARM_UP; i++) await themesPage();
    const monthsLoad = machineLoad();
    const monthsTimes: number[] = [];
    for (let i = 0; i < REQUESTS; i++) monthsTimes.push(await themesPage());
    monthsTimes.sort((a, b) => a - b);

    const searchMedian = median(searchTimes);
    const monthsMedian = median(monthsTimes);
    const paragraphs = sessions * PARAGRAPHS_PER_ENTRY;
    return [
      {
        case: "diary search",
        metric: `median of ${REQUESTS} (${paragraphs.toLocaleString("en")} paragraphs)`,
        value: searchMedian,
        unit: "ms",
        note: `${questions.length} questions in turn (words common and rare, Danish and English, with and without date, theme and author filters), after ${WARM_UP} warm-up requests; ${YEARS} years seeded in ${seedSeconds.toFixed(0)} s (${searchLoad}); aim: under 100 ms (${searchMedian < 100 ? "met" : "NOT met"})`,
      },
      { case: "diary search", metric: "p90", value: percentile(searchTimes, 90), unit: "ms" },
      {
        case: "diary themes page",
        metric: `median of ${REQUESTS} (${YEARS} years)`,
        value: monthsMedian,
        unit: "ms",
        note: `GET /diary/theme-months for ${YEARS * 12 + 1} months, the data the themes page draws (${monthsLoad}); aim: under 300 ms (${monthsMedian < 300 ? "met" : "NOT met"})`,
      },
      { case: "diary themes page", metric: "p90", value: percentile(monthsTimes, 90), unit: "ms" },
    ];
  },
};

export default diary;
