import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowUp } from "../../../common/contracts/follow-ups.js";
import type { Handover } from "../../../common/contracts/handover.js";
import type { Message } from "../../../common/contracts/messages.js";
import type { Site } from "../../../common/contracts/sites.js";
import type { Visit, VisitorProfile } from "../../../common/contracts/visits.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";

let t: TestApp;
let manager: SignedIn;
let admin: SignedIn;
let worker: SignedIn;
let volunteer: SignedIn;
let nurse: SignedIn;
let workerB: SignedIn;
let siteA: Site;
let siteB: Site;

/** Moves the clock to a local time in Copenhagen (winter time) and keeps everyone signed in. */
async function travel(local: string) {
  const now = new Date(`${local}+01:00`);
  t.clock.set(now);
  await t.database.pool.query(
    "update account_sessions set last_seen_at = $1, expires_at = $1::timestamptz + interval '12 hours' where ended_at is null",
    [now],
  );
}

async function ok<T>(res: { statusCode: number; body: string; json: () => unknown }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

const issue = async () =>
  ok<VisitorProfile>(
    await volunteer.request({ method: "POST", url: "/api/v1/visitor-codes", payload: { nationality: "RO" } }),
    201,
  );

const checkIn = async (code: VisitorProfile, site: Site = siteA, who: SignedIn = volunteer) =>
  ok<Visit>(
    await who.request({
      method: "POST",
      url: "/api/v1/visits",
      payload: { siteId: site.id, nationality: "RO", firstVisit: false, visitorCode: code.code },
    }),
    201,
  );

const handoverOf = async (who: SignedIn) =>
  ok<Handover>(await who.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/handover` }));

const followUp = async (payload: object) =>
  ok<FollowUp>(
    await worker.request({
      method: "POST",
      url: "/api/v1/follow-ups",
      payload: { siteId: siteA.id, assignee: { kind: "any_social_worker" }, ...payload },
    }),
    201,
  );

beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.signInAs("manager");
  const makeSite = async (name: string, slug: string) =>
    ok<Site>(await manager.request({ method: "POST", url: "/api/v1/sites", payload: { name, slug } }), 201);
  siteA = await makeSite("Mødestedet", "moedestedet");
  siteB = await makeSite("Reden", "reden");
  const weekly = async (site: Site) =>
    (
      await ok<{ id: string }>(
        await manager.request({
          method: "POST",
          url: `/api/v1/sites/${site.id}/weekly-openings`,
          payload: { weekday: 1, startsAt: "16:00", endsAt: "22:00", validFrom: "2010-01-01" },
        }),
        201,
      )
    ).id;
  const mondayA = await weekly(siteA);
  await weekly(siteB);
  await ok(
    await manager.request({
      method: "POST",
      url: `/api/v1/sites/${siteA.id}/activities`,
      payload: { kind: "clinic_gynaecology", startsAt: "16:30", endsAt: "19:30", weeklyOpeningId: mondayA },
    }),
    201,
  );
  admin = await t.signInAs("administrator");
  worker = await t.signInAs("social_worker", { siteIds: [siteA.id] });
  volunteer = await t.signInAs("volunteer", { siteIds: [siteA.id, siteB.id] });
  nurse = await t.signInAs("health_staff", { siteIds: [siteA.id] });
  workerB = await t.signInAs("social_worker", { siteIds: [siteB.id] });
});
afterAll(() => t.close());

describe("the handover", () => {
  it("gathers unread messages, follow-ups due, women expected with an open flag, and the last entry", async () => {
    // Six weeks ago she came, and has a flag: too long ago to expect her.
    await travel("2010-01-18T17:00");
    const longAgo = await issue();
    await checkIn(longAgo);
    await followUp({ title: "Ask about her papers", dueOn: "2010-04-01", visitorCode: longAgo.code });

    await travel("2010-03-01T17:00");
    // Nothing yet: an empty handover, nothing to draw attention.
    const empty = await handoverOf(worker);
    expect(empty).toMatchObject({
      site: { id: siteA.id, name: "Mødestedet", timeZone: "Europe/Copenhagen" },
      date: "2010-03-01",
      unreadMessages: [],
      followUps: [],
      expectedWomen: [],
      lastEntry: null,
      attention: false,
    });

    const withFollowUp = await issue();
    const withStaffFlag = await issue();
    const noFlag = await issue();
    const elsewhere = await issue();
    const booked = await issue();
    const visit = await checkIn(withFollowUp);
    await checkIn(withStaffFlag);
    await checkIn(noFlag);
    await checkIn(elsewhere, siteB);
    const talk = await followUp({
      title: "A colleague wants to talk to her",
      dueOn: "2010-03-20",
      visitorCode: withFollowUp.code,
    });
    await ok(
      await volunteer.request({
        method: "POST",
        url: `/api/v1/visitor-codes/${withStaffFlag.id}/flags`,
        payload: { kind: "see_nurse" },
      }),
      201,
    );
    await ok(
      await volunteer.request({
        method: "POST",
        url: `/api/v1/visitor-codes/${elsewhere.id}/flags`,
        payload: { kind: "see_nurse" },
      }),
      201,
    );
    await ok(
      await volunteer.request({
        method: "POST",
        url: `/api/v1/visitor-codes/${booked.id}/flags`,
        payload: { kind: "see_nurse" },
      }),
      201,
    );
    await ok(
      await nurse.request({
        method: "POST",
        url: `/api/v1/clinic/sites/${siteA.id}/appointments`,
        payload: {
          visitorCode: booked.code,
          clinicKind: "clinic_gynaecology",
          date: "2010-03-08",
          startsAt: "16:30",
        },
      }),
      201,
    );

    // Tonight's diary, a message to all, one to the managers, and follow-ups.
    await ok(
      await worker.request({
        method: "POST",
        url: `/api/v1/diary/sessions/${visit.sessionId}/paragraphs`,
        payload: { body: "A calm evening; the Romanian course started." },
      }),
      201,
    );
    const toAll = await ok<Message>(
      await nurse.request({
        method: "POST",
        url: "/api/v1/messages",
        payload: { siteId: siteA.id, audience: "all", body: "Chlamydia tests are back in stock." },
      }),
      201,
    );
    const toManagers = await ok<Message>(
      await worker.request({
        method: "POST",
        url: "/api/v1/messages",
        payload: { siteId: siteA.id, audience: "managers", body: "Budget question" },
      }),
      201,
    );
    const due = await followUp({ title: "Call the shelter", dueOn: "2010-03-05" });
    const dueToday = await followUp({
      title: "Bring the leaflets",
      dueOn: "2010-03-08",
      assignee: { kind: "person", accountId: volunteer.account.id },
    });
    const notYet = await followUp({ title: "Easter party", dueOn: "2010-03-20" });
    const doneAlready = await followUp({ title: "Done already", dueOn: "2010-03-02" });
    await ok(
      await worker.request({ method: "POST", url: `/api/v1/follow-ups/${doneAlready.id}/done`, payload: {} }),
    );
    await ok(await volunteer.request({ method: "POST", url: `/api/v1/messages/${toAll.id}/read` }));

    // A week later, the next session.
    await travel("2010-03-08T16:30");
    const forWorker = await handoverOf(worker);
    expect(forWorker.date).toBe("2010-03-08");
    expect(forWorker.attention).toBe(true);
    expect(forWorker.unreadMessages.map((m) => m.id)).toEqual([toAll.id]);
    expect(forWorker.followUps.map((f) => f.id)).toEqual([due.id]);
    expect(forWorker.followUps[0]?.overdue).toBe(true);
    expect(forWorker.followUps.map((f) => f.id)).not.toContain(notYet.id);
    expect(forWorker.expectedWomen).toEqual(
      [
        {
          visitorCodeId: booked.id,
          visitorCode: booked.code,
          flags: ["see_nurse"],
          lastVisitOn: null,
          appointmentToday: true,
        },
        {
          visitorCodeId: withFollowUp.id,
          visitorCode: withFollowUp.code,
          flags: ["talk_to_colleague"],
          lastVisitOn: "2010-03-01",
          appointmentToday: false,
        },
        {
          visitorCodeId: withStaffFlag.id,
          visitorCode: withStaffFlag.code,
          flags: ["see_nurse"],
          lastVisitOn: "2010-03-01",
          appointmentToday: false,
        },
      ].sort((a, b) =>
        a.appointmentToday === b.appointmentToday
          ? a.visitorCode.localeCompare(b.visitorCode)
          : a.appointmentToday
            ? -1
            : 1,
      ),
    );
    expect(forWorker.lastEntry).toMatchObject({
      date: "2010-03-01",
      paragraphCount: 1,
      restrictedParagraphCount: 0,
    });
    expect(forWorker.lastEntry?.summary).toContain("A calm evening");

    // The volunteer read the message; her own follow-up is due today; "any social worker" is not hers.
    const forVolunteer = await handoverOf(volunteer);
    expect(forVolunteer.unreadMessages).toEqual([]);
    expect(forVolunteer.followUps.map((f) => f.id)).toEqual([dueToday.id]);
    expect(forVolunteer.followUps[0]?.overdue).toBe(false);

    // Managers also see the message to the managers.
    const forManager = await handoverOf(manager);
    expect(forManager.unreadMessages.map((m) => m.id).sort()).toEqual([toAll.id, toManagers.id].sort());
    expect(forManager.followUps).toEqual([]);

    // Dropped, the follow-up's flag goes, and she leaves the list; done, the due one leaves too.
    await ok(
      await worker.request({
        method: "POST",
        url: `/api/v1/follow-ups/${talk.id}/drop`,
        payload: { reason: "Met her" },
      }),
    );
    await ok(await worker.request({ method: "POST", url: `/api/v1/follow-ups/${due.id}/done`, payload: {} }));
    const after = await handoverOf(worker);
    expect(after.expectedWomen.map((w) => w.visitorCodeId)).not.toContain(withFollowUp.id);
    expect(after.followUps).toEqual([]);
  });

  it("answers 404 for another site and 403 to an administrator", async () => {
    const res = await workerB.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/handover` });
    expect([res.statusCode, res.json().code]).toEqual([404, "NOT_FOUND"]);
    const unknown = await workerB.request({ method: "GET", url: `/api/v1/sites/${randomUUID()}/handover` });
    expect(unknown.statusCode).toBe(404);
    expect(
      (await admin.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/handover` })).statusCode,
    ).toBe(403);
    const mine = await workerB.request({ method: "GET", url: `/api/v1/sites/${siteB.id}/handover` });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json<Handover>().expectedWomen.map((w) => w.flags)).toEqual([["see_nurse"]]);
  });
});
