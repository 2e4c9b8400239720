import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { RouteContract } from "../../common/contracts/route.js";
import { ProblemSchema } from "../../common/contracts/shared.js";
import type { Actor } from "../context.js";
import { AppError } from "../errors.js";

type Input<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<C extends RouteContract> {
  params: Input<C["params"]>;
  query: Input<C["query"]>;
  body: Input<C["body"]>;
  /** The signed-in staff member; routes with access "public" get null. */
  actor: Actor | null;
  request: FastifyRequest;
  reply: FastifyReply;
  /** Answer with another success status than the contract's, e.g. 200 for a repeated creation. */
  answerWith: (status: 200 | 201) => void;
}

/** The actor, for routes whose access rule guarantees one. */
export function actorOf(input: { actor: Actor | null }): Actor {
  if (!input.actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return input.actor;
}

/** Registers one contract: validation, response filtering, access rule and OpenAPI from one place. */
export function serve<C extends RouteContract>(
  app: FastifyInstance,
  contract: C,
  handler: (input: RouteInput<C>) => Promise<z.input<C["response"]>>,
  options: { rateLimit?: { max: number; timeWindow: number } } = {},
) {
  const status = contract.status ?? 200;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: contract.method,
    url: contract.path,
    config: { access: contract.access, ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) },
    schema: {
      summary: contract.summary,
      tags: [contract.path.split("/")[3] ?? "api"],
      ...(contract.params ? { params: contract.params } : {}),
      ...(contract.query ? { querystring: contract.query } : {}),
      ...(contract.body ? { body: contract.body } : {}),
      response: { "2xx": contract.response, "4xx": ProblemSchema },
    },
    handler: async (request, reply) => {
      let answer = status;
      const result = await handler({
        params: request.params as never,
        query: request.query as never,
        body: request.body as never,
        actor: request.actor,
        request,
        reply,
        answerWith: (code) => {
          answer = code;
        },
      });
      reply.code(answer);
      return result;
    },
  });
}
