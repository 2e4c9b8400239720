import type { TFunction } from "i18next";

/**
 * Units supply items are counted in. The API keeps a key ("piece"); the app says it in the
 * reader's language. A unit someone typed before this list existed is shown as it is.
 */
export const SUPPLY_UNITS = ["piece", "portion", "pack", "pair", "bottle", "tube", "bag", "box"] as const;
export type SupplyUnit = (typeof SUPPLY_UNITS)[number];

export const isSupplyUnit = (unit: string): unit is SupplyUnit =>
  (SUPPLY_UNITS as readonly string[]).includes(unit);

/** "240 pieces", "1 portion", "12 stk.". */
export function countWithUnit(
  count: number,
  unit: string,
  t: TFunction<"catalogue">,
  language: string,
): string {
  if (isSupplyUnit(unit)) return t(`units.${unit}`, { count, formatted: count.toLocaleString(language) });
  return `${count.toLocaleString(language)} ${unit}`;
}

/** The unit's name for a choice in a list ("Pieces"). */
export const unitName = (unit: string, t: TFunction<"catalogue">) =>
  isSupplyUnit(unit) ? t(`unitNames.${unit}`) : unit;
