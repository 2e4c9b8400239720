import type { z } from "zod";
import type { Permission } from "../permissions.js";

/**
 * Who may call a route: anyone ("public"); a browser that passed the password step but still owes
 * the second factor or a new password ("pending"); any fully signed-in staff member ("signed-in");
 * or holders of a named permission.
 */
export type RouteAccess = "public" | "pending" | "signed-in" | Permission;

/** One endpoint, declared once: the server registers it, the web client calls it, OpenAPI shows it. */
export interface RouteContract {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  access: RouteAccess;
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** 201 for creations; 200 otherwise. */
  status?: 200 | 201;
}

export const defineRoutes = <T extends Record<string, RouteContract>>(routes: T) => routes;
