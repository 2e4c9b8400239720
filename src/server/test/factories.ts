import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { generateSecret } from "otplib";
import { type Role, SECOND_FACTOR_REQUIRED } from "../../common/permissions.js";
import type { AppContext } from "../context.js";
import { insertAccount, insertOrganisation, replaceSites } from "../features/accounts/accounts.repository.js";

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

export function createOrganisation(
  ctx: AppContext,
  values: { name?: string; kind?: "government" | "ngo" } = {},
) {
  return insertOrganisation(ctx.db, {
    name: values.name ?? `Org ${randomUUID().slice(0, 8)}`,
    kind: values.kind ?? "ngo",
  });
}

/** A staff account with TEST_PASSWORD; roles that need a second factor get one enrolled. */
export async function createAccount(
  ctx: AppContext,
  values: { role: Role; organisationId: string; siteIds?: string[]; languages?: string[]; username?: string },
) {
  passwordHash ??= hash(TEST_PASSWORD, { algorithm: 2 });
  const totpSecret = SECOND_FACTOR_REQUIRED[values.role] ? generateSecret() : null;
  const now = ctx.clock.now();
  const row = await insertAccount(ctx.db, {
    username: values.username ?? `${values.role.replace("_", "-")}-${randomUUID().slice(0, 8)}`,
    displayName: `Test ${values.role}`,
    role: values.role,
    organisationId: values.organisationId,
    languages: values.languages ?? ["en"],
    passwordHash: await passwordHash,
    totpSecret: totpSecret ? ctx.cipher.encrypt(totpSecret) : null,
    totpEnabledAt: totpSecret ? now : null,
  });
  if (values.siteIds?.length) await replaceSites(ctx.db, row.id, values.siteIds);
  return { id: row.id, username: row.username, organisationId: row.organisationId, totpSecret };
}
