import type { Account, Me } from "../../../common/contracts/accounts.js";
import { ROLE_PERMISSIONS, type Role } from "../../../common/permissions.js";
import type { AccountRow } from "./accounts.repository.js";

/** Whitelists what an administrator or manager sees of an account: no hash, no secret. */
export function toAccount(row: AccountRow, siteIds: string[], locked: boolean): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    organisationId: row.organisationId,
    profession: row.profession,
    languages: row.languages,
    siteIds,
    active: row.active,
    secondFactorEnrolled: row.totpEnabledAt !== null,
    locked,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toMe(
  row: AccountRow,
  extra: { siteIds: string[]; organisationName: string; next: Me["next"]; csrfToken: string },
): Me {
  const role = row.role as Role;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role,
    organisationId: row.organisationId,
    organisationName: extra.organisationName,
    profession: row.profession,
    languages: row.languages,
    locale: row.locale,
    siteIds: extra.siteIds,
    // While a step is still owed the client may do nothing else, so it is told of no permission.
    permissions: extra.next === "done" ? [...ROLE_PERMISSIONS[role]] : [],
    secondFactorEnrolled: row.totpEnabledAt !== null,
    next: extra.next,
    csrfToken: extra.csrfToken,
  };
}
