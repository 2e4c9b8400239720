import { describe, expect, it } from "vitest";
import {
  clinicQueueRoutes,
  PublicTakenTicketSchema,
  TICKET_LEAD_MINUTES,
} from "../../common/contracts/clinic-queue";
import { publicRoutes } from "../../common/contracts/public";
import { isPublicTicket, openingHoursPath, PUBLIC_PATHS } from "./api";
import { TICKET_LEAD_MINUTES as SHOWN_LEAD_MINUTES } from "./ticket";

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

describe("visitor api paths of the clinic ticket", () => {
  it("are the clinic contract's own public routes", () => {
    const routes = [
      [PUBLIC_PATHS.clinicStatus, clinicQueueRoutes.publicStatus, "GET"],
      [PUBLIC_PATHS.takeTicket, clinicQueueRoutes.publicTakeTicket, "POST"],
      [PUBLIC_PATHS.ticketStatus, clinicQueueRoutes.publicTicket, "POST"],
      [PUBLIC_PATHS.withdrawTicket, clinicQueueRoutes.publicWithdraw, "POST"],
    ] as const;
    for (const [path, route, method] of routes) {
      expect(path).toBe(route.path);
      expect(route.method).toBe(method);
      expect(route.access).toBe("public");
    }
  });

  it("promise the hour before the doctor that the server keeps", () => {
    expect(SHOWN_LEAD_MINUTES).toBe(TICKET_LEAD_MINUTES);
  });

  it("accept what the contract answers, and nothing else", () => {
    const answer = PublicTakenTicketSchema.parse({
      number: 4,
      clinicKind: "clinic_general_practice",
      status: "waiting",
      ahead: 2,
      nowCalling: [1],
      date: "2025-03-14",
      clinicEndsAt: "20:00",
      token: "x".repeat(40),
    });
    expect(isPublicTicket(answer)).toBe(true);
    expect(isPublicTicket({ ...answer, clinicEndsAt: null })).toBe(true);
    expect(isPublicTicket({ ...answer, status: "lost" })).toBe(false);
    expect(isPublicTicket({ ...answer, ahead: "2" })).toBe(false);
    expect(isPublicTicket({ ...answer, nowCalling: ["1"] })).toBe(false);
    expect(isPublicTicket(null)).toBe(false);
  });
});
