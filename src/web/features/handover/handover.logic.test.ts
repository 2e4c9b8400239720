import { describe, expect, it } from "vitest";
import type { Handover } from "../../../common/contracts/handover";
import { handoverNews } from "./handover.logic";
import { chooseSite } from "./site-choice";

type News = Pick<Handover, "unreadMessages" | "followUps" | "attention">;
const message = {} as Handover["unreadMessages"][number];
const due = (overdue: boolean) => ({ overdue }) as Handover["followUps"][number];

describe("handoverNews", () => {
  it("is quiet with nothing unread and nothing due", () => {
    const quiet: News = { unreadMessages: [], followUps: [], attention: false };
    expect(handoverNews(quiet)).toEqual({ unread: 0, due: 0, overdue: 0, attention: false });
  });
  it("counts unread messages, follow-ups due and the overdue among them", () => {
    const busy: News = {
      unreadMessages: [message, message],
      followUps: [due(true), due(false)],
      attention: true,
    };
    expect(handoverNews(busy)).toEqual({ unread: 2, due: 2, overdue: 1, attention: true });
  });
  it("asks for attention when the lists say so, even if the server's flag lags", () => {
    expect(handoverNews({ unreadMessages: [message], followUps: [], attention: false }).attention).toBe(true);
  });
});

describe("chooseSite", () => {
  const a = { id: "a" };
  const b = { id: "b" };
  it("opens the only site, whatever was remembered", () => {
    expect(chooseSite([a], "b")).toBe(a);
  });
  it("opens the remembered site among several, and asks otherwise", () => {
    expect(chooseSite([a, b], "b")).toBe(b);
    expect(chooseSite([a, b], null)).toBeNull();
    expect(chooseSite([a, b], "gone")).toBeNull();
    expect(chooseSite([], "a")).toBeNull();
  });
});
