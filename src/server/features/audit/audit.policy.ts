import { can } from "../../../common/permissions.js";
import type { Actor } from "../../context.js";

/**
 * Who sees what of the audit log. Both rules follow the one permission that only administrators hold
 * (`audit.export`): IT investigates attacks on sign-in across the centre and may take the log out of
 * the app, so it also sees network addresses (personal data of staff) and every organisation's rows.
 * Managers see rows of their own organisation and rows that belong to none: each organisation's
 * restricted work stays its own, and a row's entity id can tell that a record exists.
 */
export const showsAddresses = (actor: Actor): boolean => can(actor.role, "audit.export");

export const organisationScope = (actor: Actor): string | undefined =>
  can(actor.role, "audit.export") ? undefined : actor.organisationId;
