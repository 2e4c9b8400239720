/**
 * Which site a page of the diary's tools (handover, follow-ups, messages) opens when none is named:
 * the only site this person works at, else the one this computer showed last (at the door or here),
 * else none (the page asks).
 */
export function chooseSite<T extends { id: string }>(
  items: readonly T[],
  remembered: string | null,
): T | null {
  if (items.length === 1) return items[0] ?? null;
  return items.find((site) => site.id === remembered) ?? null;
}
