import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readCsvDocument } from "@tend/csv";
import { insertCheckResponse } from "@tend/db/queries";
import {
  auditEvents,
  groupMembers,
  hourEntries,
  organisations,
  peerGroups,
  reportSnapshots,
  sessionParticipants,
  supervisionSessions,
  teams,
} from "@tend/db/schema";
import { addTestMember, connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { getInstrument, scoreResponses } from "@tend/instruments";

import type { Fixture } from "../../testing/actors";
import { callerFor } from "../../testing/actors";

const db = connectTestDb();
let fx: Fixture;
const responseIds: string[] = [];
const userIds: string[] = [];
/** Each team's clinicians' memberships, by team name. */
const membersOf = new Map<string, string[]>();

/** Every item of `instrumentId` answered `value`. */
function answered(instrumentId: "proqol5" | "pulse", value: number) {
  return Object.fromEntries(getInstrument(instrumentId).items.map((item) => [item.id, value]));
}

/** An hour into this month in UTC (the organisation's zone): this month whatever day the test runs. */
const THIS_MONTH = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1, 1));

/** A team of `size` clinicians, each with a ProQOL this month answered `value` throughout. */
async function teamWithResults(name: string, size: number, value: number) {
  const [team] = await db
    .insert(teams)
    .values({ organisationId: fx.org.organisationId, name })
    .returning();
  if (!team) throw new Error("no team");
  for (let i = 0; i < size; i++) {
    const suffix = randomUUID().slice(0, 8);
    const person = await addTestMember(
      db,
      { organisationId: fx.org.organisationId, teamId: team.id },
      { name: `${name} ${i} ${suffix}`, email: `report-${suffix}@test.example` },
      ["clinician"],
    );
    userIds.push(person.userId);
    membersOf.set(name, [...(membersOf.get(name) ?? []), person.membershipId]);
    const result = scoreResponses("proqol5", answered("proqol5", value));
    const response = await insertCheckResponse(db, {
      userId: person.userId,
      organisationId: fx.org.organisationId,
      instrumentId: "proqol5",
      instrumentVersion: result.instrumentVersion,
      answers: answered("proqol5", value),
      result,
      completedAt: THIS_MONTH,
    });
    responseIds.push(response.id);
  }
  return team.id;
}

beforeAll(async () => {
  fx = {
    db,
    org: await createTestOrganisation(db, "Report"),
    other: await createTestOrganisation(db, "Elsewhere"),
  };
  await teamWithResults("Adult team", 8, 2);
  await teamWithResults("Child team", 6, 3);
  await teamWithResults("Crisis team", 3, 4);
}, 60_000);
afterAll(() => db.close());

type Report = Awaited<ReturnType<ReturnType<typeof callerFor>["report"]["wellbeing"]>>;

/** The current period's cells of a measure by team name: the respondents or the reason. */
function lastPeriod(report: Report, measure: string) {
  const found =
    measure === "participation"
      ? report.participation
      : report.measures.find((m) => m.id === measure);
  const breakdown = found?.periods.at(-1)?.breakdown;
  if (breakdown?.status !== "published") throw new Error(`${measure} was not published`);
  const name = (key: string) => report.cells.find((c) => c.key === key)?.name ?? key;
  return {
    total: breakdown.total,
    cells: Object.fromEntries(
      breakdown.cells.map((c) => [name(c.key), c.status === "shown" ? c.respondents : c.reason]),
    ),
  };
}

describe("report.wellbeing", () => {
  it("shows the organisation and teams of k or more, hides small teams and says why", async () => {
    const report = await callerFor(fx, "admin").report.wellbeing({ granularity: "month" });
    expect(report.k).toBe(5);
    expect(report.periods).toHaveLength(6);
    expect(report.measures.map((m) => m.id)).toEqual([
      "compassion_satisfaction",
      "burnout",
      "secondary_traumatic_stress",
      "pulse",
    ]);

    const burnout = lastPeriod(report, "burnout");
    expect(burnout.cells).toEqual({
      "Adult team": 8,
      "Child team": "complementary",
      "Crisis team": "fewer-than-k",
      // The fixture's own team: clinicians who took no check hide nothing.
      "Team A": "fewer-than-k",
    });
    // The organisation's figure counts everyone, the hidden teams included.
    expect(burnout.total).toMatchObject({ status: "shown", respondents: 17 });
    const adult = scoreResponses("proqol5", answered("proqol5", 2)).subscales.find(
      (s) => s.subscaleId === "burnout",
    );
    const shownAdult = report.measures.find((m) => m.id === "burnout")?.periods.at(-1)?.breakdown;
    expect(shownAdult?.status === "published" && shownAdult.cells[0]).toMatchObject({
      status: "shown",
      value: { mean: adult?.score },
    });

    // Participation: the fixture's two clinicians (one also a supervisor) took no check.
    expect(lastPeriod(report, "participation")).toMatchObject({
      total: { status: "shown", respondents: 17, value: { members: 20 } },
      cells: { "Adult team": 8, "Child team": "complementary", "Crisis team": "fewer-than-k" },
    });
    // Nobody took a pulse: every cell and the organisation are hidden.
    expect(lastPeriod(report, "pulse").total).toEqual({
      key: "organisation",
      status: "hidden",
      reason: "fewer-than-k",
    });
    // Earlier months had no responses.
    expect(report.participation.periods[0]?.breakdown).toMatchObject({
      total: { status: "hidden" },
    });
  });

  it("never sends a person's row: no user, response or hidden team's figure", async () => {
    const report = await callerFor(fx, "admin").report.wellbeing({ granularity: "quarter" });
    const text = JSON.stringify(report);
    for (const id of [...userIds, ...responseIds]) expect(text).not.toContain(id);
    // A hidden cell leaves with its key and reason only, in every measure and period.
    for (const measure of [report.participation, ...report.measures, ...report.factors])
      for (const { breakdown } of measure.periods)
        if (breakdown.status === "published")
          for (const cell of [breakdown.total, ...breakdown.cells])
            if (cell.status === "hidden")
              expect(Object.keys(cell).sort()).toEqual(["key", "reason", "status"]);
  });

  it("narrows to chosen teams, refusing a choice that would single out the teams left out or some hidden ones", async () => {
    const admin = callerFor(fx, "admin").report;
    const all = await admin.wellbeing({ granularity: "month" });
    const key = (name: string) => all.choices.find((c) => c.name === name)?.key ?? name;
    const burnout = (report: Report) =>
      report.measures.find((m) => m.id === "burnout")?.periods.at(-1)?.breakdown;

    // Adult alone: 9 people left out, none of them hidden teams split apart.
    const adult = await admin.wellbeing({ granularity: "month", teams: [key("Adult team")] });
    expect(adult.selection).toEqual(["Adult team"]);
    expect(adult.cells.map((c) => c.name)).toEqual(["Adult team"]);
    expect(lastPeriod(adult, "burnout").total).toMatchObject({
      key: "selection",
      status: "shown",
      respondents: 8,
    });

    // Child is hidden beside Crisis in the whole report; alone, it would give Crisis away.
    const child = await admin.wellbeing({ granularity: "month", teams: [key("Child team")] });
    expect(burnout(child)).toEqual({ status: "refused", reason: "splits-hidden" });

    // Both hidden teams together: their sum is known already, and each stays hidden.
    const hidden = await admin.wellbeing({
      granularity: "month",
      teams: [key("Child team"), key("Crisis team")],
    });
    expect(lastPeriod(hidden, "burnout")).toEqual({
      total: {
        key: "selection",
        status: "shown",
        respondents: 9,
        value: expect.anything() as unknown,
      },
      cells: { "Child team": "complementary", "Crisis team": "fewer-than-k" },
    });

    // Everyone but Crisis: the organisation less the selection would be Crisis's 3 people.
    const withoutCrisis = await admin.wellbeing({
      granularity: "month",
      teams: [key("Adult team"), key("Child team"), key("Team A")],
    });
    expect(burnout(withoutCrisis)).toEqual({ status: "refused", reason: "small-remainder" });

    await expect(
      admin.wellbeing({ granularity: "month", teams: ["not-a-team"] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    // The export follows the same choice.
    const csv = await admin.wellbeingCsv({ granularity: "month", teams: [key("Child team")] });
    const rows = readCsvDocument(csv.csv).filter((r) => r[0] === "Burnout");
    expect(rows.at(-1)?.[3]).toBe("not available");
  });

  it("follows the organisation's k, and records each viewing in the audit log", async () => {
    await db
      .update(organisations)
      .set({ reportThreshold: 9 })
      .where(eq(organisations.id, fx.org.organisationId));
    const report = await callerFor(fx, "admin").report.wellbeing({ granularity: "month" });
    expect(report.k).toBe(9);
    expect(lastPeriod(report, "burnout").cells).toMatchObject({
      "Adult team": "fewer-than-k",
      "Child team": "fewer-than-k",
      "Crisis team": "fewer-than-k",
    });
    const viewed = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organisationId, fx.org.organisationId),
          eq(auditEvents.action, "report.viewed"),
        ),
      );
    expect(viewed.length).toBeGreaterThanOrEqual(3);
    expect(viewed.at(-1)).toMatchObject({
      actorUserId: fx.org.admin.userId,
      subjectId: "wellbeing",
      data: { granularity: "month" },
    });
  });

  it("gives another organisation's admin their own organisation only", async () => {
    const theirs = await callerFor(fx, "otherOrgAdmin").report.wellbeing({ granularity: "month" });
    expect(theirs.cells.map((c) => c.name)).toEqual(["Team A"]);
    expect(lastPeriod(theirs, "participation").total).toMatchObject({ status: "hidden" });
  });

  it("answers bad input with a 400 and its reason", async () => {
    const error: unknown = await callerFor(fx, "admin")
      .report.wellbeing({ granularity: "month", periods: 13 })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(String(error)).toMatch(/at most 12/);
  });
});

describe("report.wellbeingCsv", () => {
  it("exports the shown figures, marks hidden cells without figures, and audits the export", async () => {
    await db
      .update(organisations)
      .set({ reportThreshold: 5 })
      .where(eq(organisations.id, fx.org.organisationId));
    const { filename, csv } = await callerFor(fx, "admin").report.wellbeingCsv({
      granularity: "month",
      periods: 2,
    });
    expect(filename).toMatch(/^team-wellbeing-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/);
    const records = readCsvDocument(csv);
    expect(records[0]?.slice(0, 4)).toEqual(["measure", "period", "group", "status"]);
    // The current month's row (the last of the two).
    const row = (measure: string, group: string) =>
      records.filter((r) => r[0] === measure && r[2] === group).at(-1);
    expect(row("Burnout", "Whole organisation")?.slice(3, 5)).toEqual(["shown", "17"]);
    expect(row("Burnout", "Adult team")?.slice(3, 5)).toEqual(["shown", "8"]);
    for (const team of ["Child team", "Crisis team"]) {
      const hidden = row("Burnout", team) ?? [];
      expect(hidden[3], team).toBe("hidden");
      // Every figure column is empty; only the note says why.
      expect(
        hidden.slice(4, -1).every((f) => f === ""),
        team,
      ).toBe(true);
      expect(hidden.at(-1)).toMatch(/^hidden: /);
    }

    const [exported] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organisationId, fx.org.organisationId),
          eq(auditEvents.action, "report.exported"),
        ),
      );
    expect(exported).toMatchObject({ actorUserId: fx.org.admin.userId, subjectId: "wellbeing" });
  });

  it("exports only the caller's organisation", async () => {
    const { csv } = await callerFor(fx, "otherOrgAdmin").report.wellbeingCsv({
      granularity: "quarter",
      periods: 1,
    });
    expect(csv).toContain("Team A");
    for (const team of ["Adult team", "Child team", "Crisis team"]) expect(csv).not.toContain(team);
  });
});

describe("protective factors beside wellbeing", () => {
  const DAY = 24 * 60 * 60 * 1000;
  const now = Date.now();
  /** The first of last month, an hour in (UTC, the organisation's zone): a whole past month. */
  const lastMonth = new Date(
    Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth() - 1, 1, 1),
  );
  const dateOf = (d: Date) => d.toISOString().slice(0, 10);

  /** A group session `daysAgo`, with `seats` (membership → attendance). */
  async function session(
    daysAgo: number,
    seats: [string, "attended" | "absent"][],
    cancelled = false,
  ) {
    const startsAt = new Date(now - daysAgo * DAY);
    const endsAt = new Date(startsAt.getTime() + 60 * 60 * 1000);
    const [row] = await db
      .insert(supervisionSessions)
      .values({
        organisationId: fx.org.organisationId,
        supervisorMembershipId: fx.org.supervisor.membershipId,
        kind: "group",
        seatLimit: 10,
        startsAt,
        endsAt,
        cancelledAt: cancelled ? startsAt : null,
      })
      .returning({ id: supervisionSessions.id });
    if (!row) throw new Error("no session");
    await db.insert(sessionParticipants).values(
      seats.map(([membershipId, attendance]) => ({
        sessionId: row.id,
        organisationId: fx.org.organisationId,
        membershipId,
        status: "seated" as const,
        startsAt,
        endsAt,
        attendance,
      })),
    );
  }

  /** An hour entry logged at `createdAt`, signed `signedAfterDays` later (null: not signed). */
  function entry(
    membershipId: string,
    params: {
      date: Date;
      createdAt: Date;
      minutes?: number;
      signedAfterDays?: number | null;
      returned?: boolean;
    },
  ) {
    const signed =
      params.signedAfterDays == null
        ? null
        : new Date(params.createdAt.getTime() + params.signedAfterDays * DAY);
    return {
      organisationId: fx.org.organisationId,
      superviseeMembershipId: membershipId,
      supervisorMembershipId: fx.org.supervisor.membershipId,
      kind: "individual" as const,
      date: dateOf(params.date),
      minutes: params.minutes ?? 60,
      status: signed
        ? ("approved" as const)
        : params.returned
          ? ("returned" as const)
          : ("pending" as const),
      signedAt: signed,
      createdAt: params.createdAt,
    };
  }

  beforeAll(async () => {
    const adult = membersOf.get("Adult team") ?? [];
    const child = membersOf.get("Child team") ?? [];
    const [a0, a1, a2, a3, a4, a5, a6, c0, c1] = [...adult.slice(0, 7), ...child.slice(0, 2)];
    if (!a0 || !a1 || !a2 || !a3 || !a4 || !a5 || !a6 || !c0 || !c1)
      throw new Error("fixture too small");
    // Adult: five attended three days ago, one missed it, one's session was cancelled.
    await session(3, [
      [a0, "attended"],
      [a1, "attended"],
      [a2, "attended"],
      [a3, "attended"],
      [a4, "attended"],
      [a5, "absent"],
    ]);
    await session(10, [[a6, "attended"]], true);
    const today = new Date(now);
    await db.insert(hourEntries).values([
      // Last month: five hours logged by Adult; three signed in time, one late, one never.
      entry(a0, { date: lastMonth, createdAt: lastMonth, signedAfterDays: 2 }),
      entry(a1, { date: lastMonth, createdAt: lastMonth, signedAfterDays: 2 }),
      entry(a2, { date: lastMonth, createdAt: lastMonth, signedAfterDays: 13 }),
      entry(a3, { date: lastMonth, createdAt: lastMonth, signedAfterDays: 20 }),
      entry(a4, { date: lastMonth, createdAt: lastMonth }),
      // Returned entries count neither as hours nor as supervision; nor in time.
      entry(a0, { date: lastMonth, createdAt: lastMonth, minutes: 30, returned: true }),
      // Child: one logged today (so supervised), one returned today.
      entry(c0, { date: today, createdAt: today }),
      entry(c1, { date: today, createdAt: today, returned: true }),
    ]);
    // Hours and sessions wait for the report's next computing (an hour at most); forget the
    // report computed by the tests above, as an hour passing would.
    await db
      .delete(reportSnapshots)
      .where(eq(reportSnapshots.organisationId, fx.org.organisationId));
  });

  /** A factor's figure per group (organisation first) in a period: the rate or the reason. */
  function figures(report: Report, id: string, periodIndex: number) {
    const factor = report.factors.find((f) => f.id === id);
    const breakdown = factor?.periods.at(periodIndex)?.breakdown;
    if (breakdown?.status !== "published") throw new Error(`${id} was not published`);
    const name = (key: string) => report.cells.find((c) => c.key === key)?.name ?? key;
    return Object.fromEntries(
      [breakdown.total, ...breakdown.cells].map((c) => [
        name(c.key),
        c.status === "shown" ? c.value.rate : c.reason,
      ]),
    );
  }

  it("reports supervision coverage, hours and cosigning per team, beside wellbeing for the same periods", async () => {
    const report = await callerFor(fx, "admin").report.wellbeing({
      granularity: "month",
      periods: 2,
    });
    expect(report.factors.map((f) => [f.id, f.unit])).toEqual([
      ["supervised", "share"],
      ["supervision_hours", "hours"],
      ["cosigned", "share"],
      ["in_peer_group", "share"],
      ["ce_complete", "share"],
      ["ce_on_track", "share"],
      ["ce_at_risk", "share"],
    ]);
    for (const factor of report.factors)
      expect(factor.periods.map((p) => p.period)).toEqual(report.periods.map((p) => p.key));

    // The last 30 days: Adult 5 of 8 (the absent and the cancelled do not count), Child 1 of 6;
    // the organisation 6 of its 20 clinicians; teams of 3 are hidden.
    expect(figures(report, "supervised", -1)).toEqual({
      organisation: 0.3,
      "Adult team": 0.625,
      "Child team": 0.167,
      "Crisis team": "fewer-than-k",
      "Team A": "fewer-than-k",
    });
    // Last month: 5 hours over Adult's 8 clinicians, and over the organisation's 20. Hours stand
    // for the five who logged them: Child, where nobody did, is hidden (as any team where
    // fewer than k did would be, lest its figure be a few people's own hours).
    expect(figures(report, "supervision_hours", 0)).toEqual({
      organisation: 0.3,
      "Adult team": 0.6,
      "Child team": "fewer-than-k",
      "Crisis team": "fewer-than-k",
      "Team A": "fewer-than-k",
    });
    // Last month: of Adult's five entries (the returned one is left out), three were signed
    // within 14 days; it stands for the five people who logged them.
    expect(figures(report, "cosigned", 0)).toEqual({
      organisation: 0.6,
      "Adult team": 0.6,
      "Child team": "fewer-than-k",
      "Crisis team": "fewer-than-k",
      "Team A": "fewer-than-k",
    });
    // Child's entry of today is not yet late, so this month's cosigning has nobody behind it.
    expect(figures(report, "cosigned", -1).organisation).toBe("fewer-than-k");
  });

  it("narrows the factors with the team filter and exports them", async () => {
    const admin = callerFor(fx, "admin").report;
    const all = await admin.wellbeing({ granularity: "month" });
    const adult = all.choices.find((c) => c.name === "Adult team")?.key ?? "";
    const only = await admin.wellbeing({ granularity: "month", teams: [adult] });
    expect(figures(only, "supervised", -1)).toEqual({ selection: 0.625, "Adult team": 0.625 });

    const { csv } = await admin.wellbeingCsv({ granularity: "month", periods: 2 });
    const rows = readCsvDocument(csv);
    const header = rows[0] ?? [];
    // Last month's window is its last 30 days, before the sessions: it holds the hours dated
    // on its 1st only when it has 30 days or fewer. This month's window holds the sessions.
    const [before, current] = rows.filter(
      (r) => r[0] === "Supervised in the last 30 days" && r[2] === "Adult team",
    );
    const lastMonthDays = new Date(
      Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 0),
    ).getUTCDate();
    expect(before?.[header.indexOf("rate")]).toBe(lastMonthDays <= 30 ? "0.625" : "0");
    const row = current;
    expect(row?.[header.indexOf("rate")]).toBe("0.625");
    const hidden = rows.find(
      (r) => r[0] === "Supervised in the last 30 days" && r[2] === "Crisis team",
    );
    expect(hidden?.[header.indexOf("rate")]).toBe("");
  });

  it("reports the share of clinicians in a peer group, counting only places held at the period's end", async () => {
    const adult = membersOf.get("Adult team") ?? [];
    const child = membersOf.get("Child team") ?? [];
    const day = 86_400_000;
    const group = async (archivedAt: Date | null) => {
      const [row] = await db
        .insert(peerGroups)
        .values({
          organisationId: fx.org.organisationId,
          name: `Report group ${randomUUID().slice(0, 6)}`,
          format: "peer-support",
          visibility: "open",
          agreement: "What is said here stays here.",
          archivedAt,
        })
        .returning({ id: peerGroups.id });
      if (!row) throw new Error("no group");
      return row.id;
    };
    const place = (groupId: string, membershipId: string, ended: boolean) => ({
      groupId,
      organisationId: fx.org.organisationId,
      membershipId,
      status: ended ? ("left" as const) : ("active" as const),
      pledgeVersion: 1,
      joinedAt: new Date(now - 5 * day),
      endedAt: ended ? new Date(now - day) : null,
    });
    const live = await group(null);
    const archived = await group(new Date(now - day));
    await db.insert(groupMembers).values([
      // Five of Adult in one group (one of them also in the archived one), a sixth who left.
      ...adult.slice(0, 5).map((m) => place(live, m, false)),
      place(archived, adult[0] ?? "", false),
      place(live, adult[5] ?? "", true),
      // Child's only place is in a group archived before today: it no longer counts.
      place(archived, child[0] ?? "", false),
    ]);
    await db
      .delete(reportSnapshots)
      .where(eq(reportSnapshots.organisationId, fx.org.organisationId));

    const report = await callerFor(fx, "admin").report.wellbeing({ granularity: "month" });
    expect(figures(report, "in_peer_group", -1)).toEqual({
      organisation: 0.25,
      "Adult team": 0.625,
      "Child team": 0,
      "Crisis team": "fewer-than-k",
      "Team A": "fewer-than-k",
    });
    // Who is in which group never reaches the report.
    const text = JSON.stringify(report);
    for (const id of [live, archived, ...adult.slice(0, 6)]) expect(text).not.toContain(id);
  });
});
