import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { byPosition, type Direction, displayName, moveItem } from "./catalogue.logic";
import { type CatalogueKind, useArrangeCatalogue } from "./catalogue.mutations";

interface Arrangeable {
  id: string;
  position: number;
  active: boolean;
  names: Record<string, string>;
}

/**
 * Moving and hiding items of one list. After a move the keyboard stays on the moved item's button
 * (or its other one, when it reached an end), and a polite announcement says where it went.
 */
export function useArrange<T extends Arrangeable>(siteId: string, kind: CatalogueKind, items: readonly T[]) {
  const { t, i18n } = useTranslation("catalogue");
  const arrange = useArrangeCatalogue(siteId);
  const order = byPosition(items);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focus, setFocus] = useState<{ id: string; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (!focus) return;
    const same = buttons.current.get(`${focus.id}:${focus.direction}`);
    const other = buttons.current.get(`${focus.id}:${focus.direction === "up" ? "down" : "up"}`);
    (same && !same.disabled ? same : other)?.focus();
    setFocus(null);
  });

  const move = (id: string, direction: Direction) => {
    const result = moveItem(items, id, direction);
    if (!result) return;
    const item = result.order[result.place - 1];
    arrange.mutate({
      kind,
      updates: result.changes.map((c) => ({ id: c.id, patch: { position: c.position } })),
    });
    setFocus({ id, direction });
    setAnnouncement(
      t("order.moved", {
        name: item ? displayName(item.names, i18n.language) : "",
        place: result.place,
        total: result.order.length,
      }),
    );
  };

  const setActive = (id: string, active: boolean) => {
    const item = items.find((i) => i.id === id);
    arrange.mutate({ kind, updates: [{ id, patch: { active } }] });
    setAnnouncement(
      t(active ? "visibility.nowShown" : "visibility.nowHidden", {
        name: item ? displayName(item.names, i18n.language) : "",
      }),
    );
  };

  const buttonRef = (id: string) => (direction: Direction, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(`${id}:${direction}`, element);
    else buttons.current.delete(`${id}:${direction}`);
  };

  return { order, move, setActive, buttonRef, announcement, error: arrange.error, reset: arrange.reset };
}
