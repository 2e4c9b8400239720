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
  retryAfter?: number,
  current?: unknown,
) {
  const problem: Problem = { type: "about:blank", title: TITLES[status] ?? "Error", status, code, detail };
  if (errors?.length) problem.errors = errors;
  if (retryAfter !== undefined) {
    // Machine-readable for the client (translated there) and the standard header for everyone else.
    problem.retryAfter = retryAfter;
    reply.header("retry-after", String(retryAfter));
  }
  if (current !== undefined) problem.current = current;
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

  // PostgreSQL cannot store the NUL character in text; refuse it at the door with a field error.
  app.addHook("preValidation", async (request, reply) => {
    const path = nulPath(request.body, "") ?? nulPath(request.query, "") ?? nulPath(request.params, "");
    if (path !== null) {
      return sendProblem(reply, 400, "VALIDATION_FAILED", "Some fields need attention.", [
        { path, code: "VALIDATION_FAILED", message: "Invalid character." },
      ]);
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(
        reply,
        error.status,
        error.code,
        error.message,
        error.fieldErrors,
        error.retryAfter,
        error.current,
      );
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
    // A database error's message and parameters carry the values of the query (typed names,
    // hashes, notes): log what identifies the failure, never the data. The stack's first line is
    // the message, so it is dropped too.
    const cause = (error as { cause?: { code?: string; constraint?: string } }).cause;
    if (typeof cause?.code === "string" && cause.code.startsWith("22")) {
      // PostgreSQL's "data exception" class: a date out of range, a value too long. Bad input, not a fault.
      return sendProblem(reply, 400, "VALIDATION_FAILED", "A value is out of range or not allowed.");
    }
    request.log.error(
      {
        err: {
          name: error.name,
          code: error.code ?? cause?.code,
          constraint: cause?.constraint,
          stack: error.stack?.split("\n").slice(1).join("\n"),
        },
      },
      "unexpected error",
    );
    return sendProblem(reply, 500, "INTERNAL", "Something went wrong. Nothing was changed.");
  });
}

function nulPath(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulPath(inner, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}
