import { describe, expect, it } from "vitest";
import { countryNameOrNull, formatShare, isHeardFrom, shareOf } from "./door-report.format";

describe("report formatting", () => {
  it("names countries in the reader's language and leaves 'not known' to the page", () => {
    expect(countryNameOrNull("RO", "en")).toBe("Romania");
    expect(countryNameOrNull("RO", "da")).toBe("Rumænien");
    expect(countryNameOrNull("XX", "en")).toBeNull();
  });

  it("shows small shares with a decimal so a few visits do not read as none", () => {
    expect(formatShare(shareOf(1, 400), "en")).toBe("0.3%");
    expect(formatShare(shareOf(43, 100), "en")).toBe("43%");
    expect(formatShare(shareOf(43, 100), "da")).toBe("43\u00a0%");
    expect(shareOf(5, 0)).toBe(0);
  });

  it("knows the door's answers to 'how did you hear of us'", () => {
    expect(isHeardFrom("outreach_online")).toBe(true);
    expect(isHeardFrom("newspaper")).toBe(false);
  });
});
