import type { FastifyBaseLogger } from "fastify";
import type { Role } from "../common/permissions.js";
import type { Clock } from "./clock.js";
import type { Cipher } from "./crypto.js";
import type { Database } from "./db/client.js";

/** What every service needs, built once in buildApp and handed to routes. */
export interface AppContext {
  db: Database;
  clock: Clock;
  cipher: Cipher;
  log: FastifyBaseLogger;
  /** The address people type; used in printed links. */
  publicUrl: string;
}

/** The signed-in staff member behind a request, as the auth plugin found them. */
export interface Actor {
  accountId: string;
  username: string;
  role: Role;
  organisationId: string;
  siteIds: string[];
  locale: "da" | "en";
  sessionTokenHash: string;
  csrfToken: string;
  /** Password accepted and, where the role needs it or the account enrolled, the second factor too. */
  fullySignedIn: boolean;
  secondFactorEnrolled: boolean;
  mustChangePassword: boolean;
  address: string;
}
