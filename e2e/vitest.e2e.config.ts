import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The browser journeys: each spec file starts its own app (fresh data directory) and Chromium, one
 * file at a time (two cores: the app, its PostgreSQL and the browser already fill them).
 */
export default defineConfig({
  root: resolve(import.meta.dirname, ".."),
  test: {
    include: ["e2e/**/*.spec.ts"],
    fileParallelism: false,
    pool: "forks",
    // Generous: argon2id sign-ins, a TOTP step boundary (up to 30 s) and Chromium on two busy cores.
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
