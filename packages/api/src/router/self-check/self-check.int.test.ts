import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { insertCheckResponse } from "@tend/db/queries";
import {
  auditEvents,
  checkResponses,
  memberships,
  supervisionRelationships,
} from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { getInstrument, scoreResponses } from "@tend/instruments";

import type { Fixture } from "../../testing/actors";
import { callerFor, callOverHttp } from "../../testing/actors";

const db = connectTestDb();
let fx: Fixture;
beforeAll(async () => {
  fx = { db, org: await createTestOrganisation(db), other: await createTestOrganisation(db) };
});
afterAll(() => db.close());

/** The worked example of ../shared/instruments/README.md: CS 44 High, BO 22 Low, STS 15 Low. */
const WORKED = [
  4, 2, 5, 4, 1, 4, 3, 2, 2, 1, 2, 5, 1, 1, 4, 4, 3, 4, 3, 4, 3, 5, 1, 5, 1, 3, 3, 1, 5, 5,
];
const proqolAnswers = (values: number[]) =>
  Object.fromEntries(getInstrument("proqol5").items.map((item, i) => [item.id, values[i] ?? 3]));

describe("self-checks", () => {
  it("scores a submitted ProQOL exactly, stores it, and reads it back only for its owner", async () => {
    const clinician = callerFor(fx, "clinician");
    const { id } = await clinician.selfCheck.submit({
      instrumentId: "proqol5",
      answers: proqolAnswers(WORKED),
    });
    const result = await clinician.selfCheck.get({ responseId: id });
    const scores = Object.fromEntries(
      result.result.subscales.map((s) => [s.subscaleId, [s.score, s.band?.id]]),
    );
    expect(scores).toEqual({
      compassion_satisfaction: [44, "high"],
      burnout: [22, "low"],
      secondary_traumatic_stress: [15, "low"],
    });
    expect(result.instrument.attribution?.text).toMatch(/Center for Victims of Torture/);
    expect(result.comparison.first).toBe(true);
    expect(result.supportResources).toBeNull();
    expect(result.nextSteps.length).toBeGreaterThan(0);

    await expect(
      callerFor(fx, "otherClinician").selfCheck.get({ responseId: id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerFor(fx, "supervisor").selfCheck.get({ responseId: id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(fx, "admin").selfCheck.get({ responseId: id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("compares with the previous result and shows support resources when a result is high", async () => {
    const clinician = callerFor(fx, "otherClinician");
    await clinician.selfCheck.submit({ instrumentId: "proqol5", answers: proqolAnswers(WORKED) });
    // Every strain statement "Very often" and every positive one "Never": burnout and STS high.
    const high = getInstrument("proqol5").items.map((item) =>
      item.subscaleId === "compassion_satisfaction" || item.reverse ? 1 : 5,
    );
    const { id } = await clinician.selfCheck.submit({
      instrumentId: "proqol5",
      answers: proqolAnswers(high),
    });
    const result = await clinician.selfCheck.get({ responseId: id });
    expect(result.comparison.first).toBe(false);
    const bo = result.comparison.subscales.find((s) => s.subscaleId === "burnout");
    expect(bo).toMatchObject({ direction: "worse", currentBand: "high" });
    expect(result.supportResources).toMatch(/emergency/);
    await callerFor(fx, "admin").selfCheckSettings.updateSupportResources({
      text: "Call the EAP on 0800 123 456, or 911 in an emergency.",
    });
    expect((await clinician.selfCheck.get({ responseId: id })).supportResources).toBe(
      "Call the EAP on 0800 123 456, or 911 in an emergency.",
    );
  });

  it("shows support resources on a warning-signs result with every family flagged, and names the large changes", async () => {
    const clinician = callerFor(fx, "clinician");
    const answersAll = (value: number) =>
      Object.fromEntries(getInstrument("warning-signs").items.map((item) => [item.id, value]));
    const calm = await clinician.selfCheck.submit({
      instrumentId: "warning-signs",
      answers: answersAll(0),
    });
    const before = await clinician.selfCheck.get({ responseId: calm.id });
    expect(before.supportResources).toBeNull();
    expect(before.largeChanges).toEqual([]);

    const { id } = await clinician.selfCheck.submit({
      instrumentId: "warning-signs",
      answers: answersAll(2),
    });
    const result = await clinician.selfCheck.get({ responseId: id });
    expect(result.result.subscales.every((s) => s.flagged === true)).toBe(true);
    expect(result.supportResources).not.toBeNull();
    expect(result.largeChanges.map((c) => [c.subscaleId, c.delta, c.direction])).toEqual([
      ["physical", 6, "worse"],
      ["emotional", 6, "worse"],
      ["cognitive", 6, "worse"],
      ["behavioural", 6, "worse"],
      ["professional", 6, "worse"],
    ]);
    expect(result.largeChanges[0]?.message).toMatch(/^Your Physical score has gone up by 6/);
  });

  it("refuses incomplete answers over HTTP with a 400 naming the missing items, and stores nothing", async () => {
    const answers = proqolAnswers(WORKED);
    delete answers.q4;
    delete answers.q17;
    const before = await db
      .select()
      .from(checkResponses)
      .where(eq(checkResponses.userId, fx.org.clinician.userId));
    const { status, body } = await callOverHttp(fx, "clinician", "selfCheck.submit", "mutation", {
      instrumentId: "proqol5",
      answers,
    });
    expect(status).toBe(400);
    expect(body.error?.message).toMatch(/4.*17/);
    expect(body.error?.data.fieldErrors?.answers?.[0]).toMatch(/4.*17/);
    const after = await db
      .select()
      .from(checkResponses)
      .where(eq(checkResponses.userId, fx.org.clinician.userId));
    expect(after).toHaveLength(before.length);
  });

  it("never rescores a stored result when the instrument changes", async () => {
    // A result stored under an older version of the data, with scores that today's rules would not give.
    const stored = await insertCheckResponse(db, {
      userId: fx.org.clinician.userId,
      organisationId: fx.org.organisationId,
      instrumentId: "pulse",
      instrumentVersion: "pulse@2025.0",
      answers: {},
      result: {
        instrumentId: "pulse",
        instrumentVersion: "pulse@2025.0",
        subscales: [
          {
            subscaleId: "pulse",
            name: "Pulse",
            score: 61,
            display: 61,
            scored: true,
            answered: 5,
            required: 5,
          },
        ],
      },
    });
    const read = await callerFor(fx, "clinician").selfCheck.get({ responseId: stored.id });
    expect(read.result.instrumentVersion).toBe("pulse@2025.0");
    expect(read.result.subscales).toEqual([
      expect.objectContaining({ subscaleId: "pulse", score: 61 }),
    ]);
  });

  it("lists instruments with due status, and keeps a changed or paused cadence", async () => {
    const clinician = callerFor(fx, "clinician");
    const before = await clinician.selfCheck.listInstruments();
    const pulse = before.find((i) => i.id === "pulse");
    expect(pulse?.cadence).toMatchObject({ everyDays: 7, isDefault: true });
    expect(pulse?.lastCompletedAt).not.toBeNull();
    await clinician.selfCheck.updateCadence({
      instrumentId: "proqol5",
      everyDays: 14,
      paused: true,
    });
    const after = await clinician.selfCheck.listInstruments();
    expect(after.find((i) => i.id === "proqol5")).toMatchObject({
      cadence: { everyDays: 14, paused: true, isDefault: false },
      due: false,
      nextDueAt: null,
    });
  });

  it("shows history oldest first, for the owner only", async () => {
    const history = await callerFor(fx, "clinician").selfCheck.history({ instrumentId: "proqol5" });
    expect(history.points.length).toBeGreaterThanOrEqual(1);
    const times = history.points.map((p) => p.completedAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(
      history.instrument.subscales
        .find((s) => s.id === "burnout")
        ?.bands?.map((b) => [b.min, b.max]),
    ).toEqual([
      [10, 22],
      [23, 41],
      [42, 50],
    ]);
    expect(
      (await callerFor(fx, "otherClinician").selfCheck.history({ instrumentId: "pulse" })).points,
    ).toEqual([]);
  });

  it("keeps the newest 500 results of a longer history, oldest first", async () => {
    const many: Fixture = { db, org: await createTestOrganisation(db), other: fx.other };
    const answers = Object.fromEntries(getInstrument("pulse").items.map((i) => [i.id, 3]));
    const result = scoreResponses("pulse", answers);
    const first = Date.parse("2014-01-06T09:00:00Z");
    const WEEK = 7 * 86_400_000;
    // 520 weekly pulses: ten years, more than the chart shows.
    await db.insert(checkResponses).values(
      Array.from({ length: 520 }, (_, week) => ({
        userId: many.org.clinician.userId,
        organisationId: many.org.organisationId,
        instrumentId: "pulse",
        instrumentVersion: result.instrumentVersion,
        answers,
        result,
        completedAt: new Date(first + week * WEEK),
      })),
    );
    const { points } = await callerFor(many, "clinician").selfCheck.history({
      instrumentId: "pulse",
    });
    const times = points.map((p) => p.completedAt.getTime());
    expect(times).toHaveLength(500);
    expect(times.at(-1)).toBe(first + 519 * WEEK); // the newest is there
    expect(times[0]).toBe(first + 20 * WEEK); // the 20 oldest are the ones left out
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe("sharing a result (the evaluation firewall)", () => {
  it("lets the owner's supervisor see the shared result only, until it is revoked", async () => {
    const clinician = callerFor(fx, "clinician");
    const supervisor = callerFor(fx, "supervisor");
    const { id: responseId } = await clinician.selfCheck.submit({
      instrumentId: "proqol5",
      answers: proqolAnswers(WORKED),
    });
    expect(await supervisor.share.listSharedWithMe()).toEqual([]);

    // Not to a supervisor who is not theirs.
    await expect(
      clinician.share.create({
        responseId,
        supervisorMembershipId: fx.org.otherSupervisor.membershipId,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const { id: shareId } = await clinician.share.create({
      responseId,
      supervisorMembershipId: fx.org.supervisor.membershipId,
    });
    await expect(
      clinician.share.create({
        responseId,
        supervisorMembershipId: fx.org.supervisor.membershipId,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const listed = await supervisor.share.listSharedWithMe();
    expect(listed.map((s) => s.id)).toEqual([shareId]);
    const shared = await supervisor.share.getShared({ shareId });
    expect(shared.result.subscales.map((s) => s.score)).toEqual([44, 22, 15]);
    expect(JSON.stringify(shared)).not.toContain('"answers"');
    await expect(
      callerFor(fx, "otherSupervisor").share.getShared({ shareId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await callerFor(fx, "otherSupervisor").share.listSharedWithMe()).toEqual([]);

    expect((await clinician.selfCheck.get({ responseId })).shares.map((s) => s.id)).toEqual([
      shareId,
    ]);
    await clinician.share.revoke({ shareId });
    await expect(supervisor.share.getShared({ shareId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await supervisor.share.listSharedWithMe()).toEqual([]);
    await expect(clinician.share.revoke({ shareId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const events = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUserId, fx.org.clinician.userId),
          eq(auditEvents.subjectId, shareId),
        ),
      );
    expect(events.map((e) => e.action)).toEqual(["self_check.shared", "self_check.share_revoked"]);
  });

  it("refuses to share another clinician's result", async () => {
    const { id: responseId } = await callerFor(fx, "otherClinician").selfCheck.submit({
      instrumentId: "proqol5",
      answers: proqolAnswers(WORKED),
    });
    await expect(
      callerFor(fx, "clinician").share.create({
        responseId,
        supervisorMembershipId: fx.org.supervisor.membershipId,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the organisation's ProQOL role words", () => {
  it("replaces the bracketed words for that organisation only, and falls back to plain words", async () => {
    const admin = callerFor(fx, "admin").selfCheckSettings;
    const before = await admin.get();
    expect(before.roleWordsPreview).toBe("I am preoccupied with more than one person I help.");
    await admin.updateRoleWords({
      help: "counsel",
      helper: "counsellor",
      helping: "",
      helped: "",
      work: "",
    });
    expect((await admin.get()).roleWordsPreview).toBe(
      "I am preoccupied with more than one person I counsel.",
    );

    const form = await callerFor(fx, "clinician").selfCheck.getInstrument({
      instrumentId: "proqol5",
    });
    expect(form.items.find((i) => i.number === 2)?.text).toBe(
      "I am preoccupied with more than one person I counsel.",
    );
    expect(form.items.find((i) => i.number === 10)?.text).toBe(
      "I feel trapped by my job as a counsellor.",
    );
    expect(form.instructions).not.toContain("[");
    // Item 20's own, unbracketed "help" is not a placeholder.
    expect(form.items.find((i) => i.number === 20)?.text).toContain("how I could help them");

    // Another organisation still sees the plain words.
    const elsewhere = await callerFor(fx, "otherOrgAdmin").selfCheckSettings.get();
    expect(elsewhere.roleWordsPreview).toBe("I am preoccupied with more than one person I help.");
  });
});

describe("a share ends with the relationship it was made in", () => {
  it("hides a shared result once supervision ends or the owner leaves, and the owner can still revoke", async () => {
    const local = { db, org: await createTestOrganisation(db, "Ending"), other: fx.other };
    const clinician = callerFor(local, "clinician");
    const supervisor = callerFor(local, "supervisor");
    const { id: responseId } = await clinician.selfCheck.submit({
      instrumentId: "proqol5",
      answers: proqolAnswers(WORKED),
    });
    const { id: shareId } = await clinician.share.create({
      responseId,
      supervisorMembershipId: local.org.supervisor.membershipId,
    });
    expect((await supervisor.share.getShared({ shareId })).id).toBe(shareId);

    await db
      .update(supervisionRelationships)
      .set({ endedAt: new Date() })
      .where(eq(supervisionRelationships.superviseeMembershipId, local.org.clinician.membershipId));
    await expect(supervisor.share.getShared({ shareId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await supervisor.share.listSharedWithMe()).toEqual([]);

    // A new relationship brings the standing share back; leaving the organisation ends it again.
    await db.insert(supervisionRelationships).values({
      organisationId: local.org.organisationId,
      supervisorMembershipId: local.org.supervisor.membershipId,
      superviseeMembershipId: local.org.clinician.membershipId,
    });
    expect((await supervisor.share.getShared({ shareId })).id).toBe(shareId);
    await db.delete(memberships).where(eq(memberships.id, local.org.clinician.membershipId));
    await expect(supervisor.share.getShared({ shareId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await clinician.share.revoke({ shareId });
  });
});

describe("a clinician's own results and shares", () => {
  it("lists past results of one check newest first, with how many shares stand on each", async () => {
    const local = { db, org: await createTestOrganisation(db, "Results"), other: fx.other };
    const clinician = callerFor(local, "clinician");
    const first = await clinician.selfCheck.submit({
      instrumentId: "proqol5",
      answers: proqolAnswers(WORKED),
    });
    const second = await clinician.selfCheck.submit({
      instrumentId: "proqol5",
      answers: proqolAnswers(WORKED),
    });
    await clinician.share.create({
      responseId: first.id,
      supervisorMembershipId: local.org.supervisor.membershipId,
    });
    const listed = await clinician.selfCheck.listResults({ instrumentId: "proqol5" });
    expect(listed.instrument.shortName).toBe("ProQOL 5");
    expect(listed.results.map((r) => [r.id, r.activeShares])).toEqual([
      [second.id, 0],
      [first.id, 1],
    ]);
    expect(JSON.stringify(listed)).not.toContain('"answers"');
    expect(
      (await callerFor(local, "otherClinician").selfCheck.listResults({ instrumentId: "proqol5" }))
        .results,
    ).toEqual([]);
  });

  it("shows every share with who sees it since when, the ended ones and the owner's own trail", async () => {
    const local = { db, org: await createTestOrganisation(db, "Shares"), other: fx.other };
    const clinician = callerFor(local, "clinician");
    const { id: responseId } = await clinician.selfCheck.submit({
      instrumentId: "proqol5",
      answers: proqolAnswers(WORKED),
    });
    const { id: kept } = await clinician.share.create({
      responseId,
      supervisorMembershipId: local.org.supervisor.membershipId,
      note: "For Thursday's supervision",
    });
    const { id: pulseId } = await clinician.selfCheck.submit({
      instrumentId: "pulse",
      answers: Object.fromEntries(getInstrument("pulse").items.map((i) => [i.id, 3])),
    });
    const { id: stopped } = await clinician.share.create({
      responseId: pulseId,
      supervisorMembershipId: local.org.supervisor.membershipId,
    });
    await clinician.share.revoke({ shareId: stopped });

    const mine = await clinician.share.listMine();
    expect(mine.active).toEqual([
      expect.objectContaining({
        id: kept,
        responseId,
        instrumentName: "ProQOL 5",
        note: "For Thursday's supervision",
        status: "active",
      }),
    ]);
    expect(mine.active[0]?.supervisorName).toMatch(/^supervisor /);
    expect(mine.past).toEqual([expect.objectContaining({ id: stopped, status: "stopped" })]);
    expect(mine.events.map((e) => [e.action, e.instrumentName])).toEqual([
      ["stopped", "Pulse"],
      ["shared", "Pulse"],
      ["shared", "ProQOL 5"],
    ]);

    // Ending supervision ends the share without the owner doing anything: it is listed as ended.
    await db
      .update(supervisionRelationships)
      .set({ endedAt: new Date() })
      .where(eq(supervisionRelationships.superviseeMembershipId, local.org.clinician.membershipId));
    const after = await clinician.share.listMine();
    expect(after.active).toEqual([]);
    expect(after.past.map((s) => [s.id, s.status])).toEqual(
      expect.arrayContaining([
        [kept, "ended"],
        [stopped, "stopped"],
      ]),
    );

    // Nobody else sees any of it.
    for (const actor of ["otherClinician", "supervisor", "admin"] as const) {
      const theirs = await callerFor(local, actor).share.listMine();
      expect(JSON.stringify(theirs)).not.toContain(kept);
    }
  });
});
