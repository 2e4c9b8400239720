import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "../db/embedded.js";
import { migrate } from "../db/migrate.js";
import { TEMPLATE_PREFIX, withDatabase } from "./database-url.js";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

/**
 * Once per run: a PostgreSQL to test against (TEST_DATABASE_URL, or a throwaway embedded server with
 * fsync off) and a migrated template database that every test file clones.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | undefined;
  let dir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), "pusterum-test-"));
    embedded = await startEmbeddedDatabase({ dataDir: dir, fsync: false });
    adminUrl = embedded.connectionString;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Named per run, so that two runs against one shared server never drop each other's template.
  const template = `${TEMPLATE_PREFIX}${process.pid}`;
  await admin.query(`drop database if exists "${template}"`);
  await admin.query(`create database "${template}"`);
  await admin.end();
  await migrate(withDatabase(adminUrl, template));
  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", template);

  return async () => {
    if (!embedded) {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${template}" with (force)`);
      await cleanup.end();
    }
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
