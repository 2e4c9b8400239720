/**
 * `npm run test:e2e` (after building the web app): the browser journeys in Debian's Chromium.
 * Without /usr/bin/chromium it skips loudly, except under CI, where it fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM } from "./fixtures/browser.js";
import { ROOT } from "./fixtures/server.js";

if (!existsSync(CHROMIUM)) {
  const line = "=".repeat(78);
  if (process.env.CI) {
    console.error(
      `${line}\nE2E FAILED: ${CHROMIUM} is missing, and CI never skips the browser tests.\nInstall it with \`apt-get install -y chromium\` (.ci/run does).\n${line}`,
    );
    process.exit(1);
  }
  console.log(
    `${line}\nE2E SKIPPED: ${CHROMIUM} is missing. Install Chromium with \`sudo apt-get install chromium\`\n(Debian's package; Playwright's own browser download does not work here), then run \`npm run test:e2e\`.\n${line}`,
  );
  process.exit(0);
}

if (!existsSync(join(ROOT, "dist/web/staff.html"))) {
  console.error(
    "E2E FAILED: dist/web is not built. Run `npm run build:web` first (`npm run test:e2e` does).",
  );
  process.exit(1);
}

const vitest = join(ROOT, "node_modules/vitest/vitest.mjs");
const result = spawnSync(
  process.execPath,
  [vitest, "run", "--config", "e2e/vitest.e2e.config.ts", ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
