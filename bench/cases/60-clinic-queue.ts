import { randomUUID } from "node:crypto";
import { type ApiSession, createStaff, signIn } from "../../e2e/fixtures/api.js";
import type { CallNextResult, Queue, QueueScreen } from "../../src/common/contracts/clinic-queue.js";
import { changeHeaders, doorSiteOpenNow, machineLoad, percentile } from "../lib/door.js";
import type { BenchCase, BenchRow } from "../lib/types.js";

/** Ten clients, as issue 5 asks: four at the door giving tickets, four nurses calling, two screens. */
const DOOR_CLIENTS = 4;
const NURSES = 4;
const SCREENS = 2;
const WARM_UP_SECONDS = 2;
/** Tickets waiting before the load starts, so the nurses never find the queue empty. */
const PRE_FILLED = 100;

type Operation = "take ticket" | "call next" | "done" | "screen";

/**
 * Queue operations through HTTP on a site whose clinic takes tickets now: door staff give tickets
 * (POST /tickets), nurses call the next woman and mark her done (POST /queue/call-next, POST
 * /tickets/:id/done), the waiting-room screens refresh (GET /screen), all at once from 10 clients.
 * Each client waits for its answer before it sends the next. Afterwards the queue is checked: every
 * number once, no woman called by two nurses, each nurse calling at most one.
 */
const clinicQueue: BenchCase = {
  name: "clinic-queue",
  async run(context) {
    const shared = await context.shared();
    const { site, door, manager, openingId } = await doorSiteOpenNow(shared, "Clinic");
    // The session started an hour ago and runs 20 hours: the clinic runs 19 of them, from its start.
    const week = await manager.ok<{ weeklyOpenings: { id: string; startsAt: string; endsAt: string }[] }>(
      "GET",
      `/api/v1/sites/${site.id}/week`,
    );
    const opening = week.weeklyOpenings.find((o) => o.id === openingId);
    if (!opening) throw new Error("the bench's weekly opening is missing from the week");
    const [h, m] = opening.startsAt.split(":").map(Number) as [number, number];
    const endsAt = `${String((h + 19) % 24).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
    await manager.ok("POST", `/api/v1/sites/${site.id}/activities`, {
      kind: "clinic_gynaecology",
      startsAt: opening.startsAt,
      endsAt,
      weeklyOpeningId: openingId,
    });

    const nurses: ApiSession[] = [];
    const nurseIds = new Set<string>();
    for (let i = 0; i < NURSES; i++) {
      const credentials = await createStaff(shared.admin.session, {
        role: "health_staff",
        username: `bench-nurse-${i}-${randomUUID().slice(0, 8)}`,
        organisationId: shared.admin.organisationId,
        siteIds: [site.id],
      });
      nurses.push((await signIn(shared.app.url, credentials)).session);
      nurseIds.add(credentials.accountId);
    }
    for (let i = 0; i < PRE_FILLED; i++) await door.ok("POST", `/api/v1/clinic/sites/${site.id}/tickets`, {});

    const base = `${shared.app.url}/api/v1/clinic`;
    const timed = async (
      latencies: Map<Operation, number[]> | null,
      operation: Operation,
      request: () => Promise<Response>,
      expected: number,
    ) => {
      const started = performance.now();
      const response = await request();
      const body = await response.text();
      const ms = performance.now() - started;
      if (response.status !== expected) throw new Error(`${operation} answered ${response.status}: ${body}`);
      latencies?.get(operation)?.push(ms);
      return body;
    };
    let doneCount = 0;
    const run = async (seconds: number, latencies: Map<Operation, number[]> | null) => {
      const deadline = performance.now() + seconds * 1000;
      const doorClient = async () => {
        const headers = changeHeaders(door);
        while (performance.now() < deadline) {
          await timed(
            latencies,
            "take ticket",
            () => fetch(`${base}/sites/${site.id}/tickets`, { method: "POST", headers, body: "{}" }),
            201,
          );
        }
      };
      const nurseClient = async (nurse: ApiSession) => {
        const headers = changeHeaders(nurse);
        while (performance.now() < deadline) {
          const body = await timed(
            latencies,
            "call next",
            () => fetch(`${base}/sites/${site.id}/queue/call-next`, { method: "POST", headers, body: "{}" }),
            200,
          );
          const { ticket } = JSON.parse(body) as CallNextResult;
          if (!ticket) continue;
          await timed(
            latencies,
            "done",
            () =>
              fetch(`${base}/tickets/${ticket.id}/done`, {
                method: "POST",
                headers: { cookie: nurse.cookie, "x-csrf-token": nurse.csrfToken },
              }),
            200,
          );
          doneCount += 1;
        }
      };
      const screenClient = async () => {
        const headers = { cookie: door.cookie, accept: "application/json" };
        while (performance.now() < deadline) {
          const body = await timed(
            latencies,
            "screen",
            () => fetch(`${base}/sites/${site.id}/screen`, { headers }),
            200,
          );
          const screen = JSON.parse(body) as QueueScreen;
          if (screen.nowCalling.length > NURSES)
            throw new Error(`the screen calls ${screen.nowCalling.length} numbers`);
        }
      };
      await Promise.all([
        ...Array.from({ length: DOOR_CLIENTS }, doorClient),
        ...nurses.map(nurseClient),
        ...Array.from({ length: SCREENS }, screenClient),
      ]);
    };

    await run(WARM_UP_SECONDS, null);
    const loadBefore = machineLoad();
    const latencies = new Map<Operation, number[]>([
      ["take ticket", []],
      ["call next", []],
      ["done", []],
      ["screen", []],
    ]);
    await run(context.durationSeconds, latencies);

    // The queue afterwards: every number once and in sequence, each woman called by one nurse.
    const queue = await door.ok<Queue>("GET", `/api/v1/clinic/sites/${site.id}/queue`);
    const numbers = queue.tickets.map((t) => t.number);
    if (numbers.some((n, i) => n !== i + 1)) throw new Error("ticket numbers have gaps or twins");
    const called = queue.tickets.filter((t) => t.status === "called");
    const callers = called.map((t) => t.calledBy?.accountId ?? "");
    if (new Set(callers).size !== callers.length || callers.some((id) => !nurseIds.has(id))) {
      throw new Error("a nurse calls more than one woman, or someone else called");
    }
    if (queue.counts.done !== doneCount) {
      throw new Error(`the queue counts ${queue.counts.done} done for ${doneCount} answered`);
    }

    const all = [...latencies.values()].flat().sort((a, b) => a - b);
    const rows: BenchRow[] = [];
    for (const [operation, times] of latencies) {
      times.sort((a, b) => a - b);
      rows.push(
        {
          case: `clinic ${operation}`,
          metric: "latency p50",
          value: percentile(times, 50),
          unit: "ms",
          note: `${times.length} answers`,
        },
        { case: `clinic ${operation}`, metric: "latency p99", value: percentile(times, 99), unit: "ms" },
      );
    }
    const p99 = percentile(all, 99);
    rows.push(
      {
        case: "clinic queue",
        metric: "throughput",
        value: all.length / context.durationSeconds,
        unit: "req/s",
        note: `${all.length} queue operations in ${context.durationSeconds} s from ${DOOR_CLIENTS + NURSES + SCREENS} clients (${DOOR_CLIENTS} door, ${NURSES} nurses, ${SCREENS} screens) after a ${WARM_UP_SECONDS} s warm-up (${loadBefore}); ${queue.tickets.length} tickets, ${doneCount} seen; timed in the client (fetch, keep-alive)`,
      },
      {
        case: "clinic queue",
        metric: "latency p99",
        value: p99,
        unit: "ms",
        note: `all queue operations; aim: under 20 ms with 10 concurrent clients (${p99 < 20 ? "met" : "NOT met"})`,
      },
    );
    return rows;
  },
};

export default clinicQueue;
