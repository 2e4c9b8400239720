import { describe, expect, it } from "vitest";
import { publicRoutes } from "../../common/contracts/public";
import { openingHoursPath, PUBLIC_PATHS } from "./api";

describe("visitor api paths", () => {
  it("are the contract's own paths", () => {
    expect(PUBLIC_PATHS.listSites).toBe(publicRoutes.listSites.path);
    expect(PUBLIC_PATHS.openingHours).toBe(publicRoutes.openingHours.path);
    expect(publicRoutes.listSites.method).toBe("GET");
    expect(publicRoutes.openingHours.method).toBe("GET");
  });

  it("fill in the site's slug", () => {
    expect(openingHoursPath("modestedet")).toBe("/api/v1/public/sites/modestedet/opening-hours");
    expect(openingHoursPath("a/b")).toBe("/api/v1/public/sites/a%2Fb/opening-hours");
  });
});
