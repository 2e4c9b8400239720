import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context.js";
import { accountsRoutes } from "./accounts/accounts.routes.js";
import { auditLogRoutes } from "./audit/audit.routes.js";
import { clinicRoutes } from "./clinic/clinic.routes.js";
import { clinicQueueRoutes } from "./clinic-queue/clinic-queue.routes.js";
import { diaryRoutes } from "./diary/diary.routes.js";
import { followUpsRoutes } from "./follow-ups/follow-ups.routes.js";
import { handoverRoutes } from "./handover/handover.routes.js";
import { messagesRoutes } from "./messages/messages.routes.js";
import { reportsRoutes } from "./reports/reports.routes.js";
import { rosterRoutes } from "./roster/roster.routes.js";
import { servicesRoutes } from "./services/services.routes.js";
import { publicSitesRoutes, sitesRoutes } from "./sites/sites.routes.js";
import { visitsRoutes } from "./visits/visits.routes.js";

export interface FeatureOptions {
  signInRateLimit: number;
}

/** Every feature, registered in this order. A feature reads another's data only through its service. */
export const FEATURES: {
  name: string;
  routes: (app: FastifyInstance, ctx: AppContext, options: FeatureOptions) => void;
}[] = [
  { name: "accounts", routes: accountsRoutes },
  { name: "audit", routes: auditLogRoutes },
  { name: "sites", routes: sitesRoutes },
  { name: "public-sites", routes: publicSitesRoutes },
  { name: "roster", routes: rosterRoutes },
  { name: "visits", routes: visitsRoutes },
  { name: "reports", routes: reportsRoutes },
  { name: "services", routes: servicesRoutes },
  { name: "diary", routes: diaryRoutes },
  { name: "clinic-queue", routes: clinicQueueRoutes },
  { name: "clinic", routes: clinicRoutes },
  { name: "follow-ups", routes: followUpsRoutes },
  { name: "messages", routes: messagesRoutes },
  { name: "handover", routes: handoverRoutes },
];
