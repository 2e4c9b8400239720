import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import findMyWay from "find-my-way";
import type { ErrorCode, FieldError, Problem } from "../../common/errors.js";
import { AppError } from "../errors.js";

const TITLES: Partial<Record<number, string>> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  429: "Too many requests",
  500: "Internal server error",
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  detail: string,
  errors?: FieldError[],
) {
  const problem: Problem = { type: "about:blank", title: TITLES[status] ?? "Error", status, code, detail };
  if (errors?.length) problem.errors = errors;
  return reply.code(status).type("application/problem+json").send(problem);
}

/**
 * Every failure leaves as RFC 9457 problem+json with a stable code and a safe message. Unexpected
 * errors are logged with their stack here and reach the client only as "INTERNAL".
 */
export function registerErrorHandling(app: FastifyInstance) {
  // A second router that knows every path, to tell "wrong method" (405) from "no such thing" (404).
  const paths = findMyWay();
  app.addHook("onRoute", (route) => {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]) as string[];
    for (const method of methods) {
      if (method === "HEAD" || paths.hasRoute(method as "GET", route.url)) continue;
      paths.on(method as "GET", route.url, () => {});
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const allowed = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => paths.find(m as "GET", path));
    if (allowed.length > 0) {
      reply.header("allow", allowed.join(", "));
      return sendProblem(reply, 405, "METHOD_NOT_ALLOWED", "This address does not accept that method.");
    }
    return sendProblem(reply, 404, "NOT_FOUND", "Not found.");
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, error.status, error.code, error.message, error.fieldErrors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        path:
          issue.instancePath.replace(/^\//, "").replaceAll("/", ".") ||
          (issue.params as { issue?: { path?: unknown[] } })?.issue?.path?.join(".") ||
          "",
        code: "VALIDATION_FAILED",
        message: issue.message ?? "Invalid value.",
      }));
      return sendProblem(reply, 400, "VALIDATION_FAILED", "Some fields need attention.", errors);
    }
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return sendProblem(reply, 413, "PAYLOAD_TOO_LARGE", "The request is too large.");
    }
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      return sendProblem(reply, 415, "MALFORMED_REQUEST", "Send JSON (Content-Type: application/json).");
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, 429, "RATE_LIMITED", "Too many requests. Wait a moment and try again.");
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, empty JSON body and similar parser refusals.
      return sendProblem(reply, 400, "MALFORMED_REQUEST", "The request could not be read.");
    }
    request.log.error({ err: error }, "unexpected error");
    return sendProblem(reply, 500, "INTERNAL", "Something went wrong. Nothing was changed.");
  });
}
