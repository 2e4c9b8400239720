export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Reads @fastify/rate-limit's headers: the limit and what is left in this window for this address. */
export async function rateLimitOf(
  response: Response,
): Promise<{ limit: number; remaining: number } | undefined> {
  const limit = Number(response.headers.get("x-ratelimit-limit"));
  const remaining = Number(response.headers.get("x-ratelimit-remaining"));
  await response.arrayBuffer();
  return Number.isFinite(limit) && limit > 0 ? { limit, remaining } : undefined;
}
