import { describe, expect, it } from "vitest";
import { initialLanguage, loadMessages, translate } from "./i18n";

describe("visitor i18n", () => {
  it("takes her stored choice first, then the device's languages, then English", () => {
    expect(initialLanguage("bg", ["ro-RO"])).toBe("bg");
    expect(initialLanguage(null, ["de-DE", "ro-RO", "en"])).toBe("ro");
    expect(initialLanguage(null, ["th-TH"])).toBe("th");
    expect(initialLanguage("xx", ["pt_BR", "es_ES"])).toBe("es");
    expect(initialLanguage(null, ["de-DE"])).toBe("en");
    expect(initialLanguage(null, [])).toBe("en");
  });

  it("fills placeholders and falls back to English for a missing string", async () => {
    const romanian = await loadMessages("ro");
    expect(translate(romanian, "status.openUntil", { time: "22:00" })).toBe("Deschis până la 22:00");
    expect(translate({}, "status.openUntil", { time: "22:00" })).toBe("Open until 22:00");
    expect(romanian).not.toHaveProperty("$meta");
  });
});
