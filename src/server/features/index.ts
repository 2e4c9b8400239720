import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context.js";
import { accountsRoutes } from "./accounts/accounts.routes.js";

export interface FeatureOptions {
  signInRateLimit: number;
}

/** Every feature, registered in this order. A feature reads another's data only through its service. */
export const FEATURES: {
  name: string;
  routes: (app: FastifyInstance, ctx: AppContext, options: FeatureOptions) => void;
}[] = [{ name: "accounts", routes: accountsRoutes }];
