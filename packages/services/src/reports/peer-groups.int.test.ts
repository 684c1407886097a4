/**
 * The team report's peer-group counts (groups active, meetings held) against meetings and posts
 * written straight into the tables, at a fixed clock, so every period's expected figure is known.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestMember, TestOrganisation } from "@tend/db/testing";
import {
  groupMeetingChanges,
  groupMeetings,
  groupMembers,
  groupPosts,
  peerGroups,
} from "@tend/db/schema";
import { addTestMember, connectTestDb, createTestOrganisation } from "@tend/db/testing";

import type { MemberActor } from "../actor";
import { actorOf } from "../testing";
import { teamWellbeingCsv, teamWellbeingReport } from "./wellbeing";

const db = connectTestDb();
let org: TestOrganisation;
let elsewhere: TestOrganisation;
let admin: MemberActor;
const clinicians: TestMember[] = [];
/** A Friday: the Thursday meetings of this week are over, next week's not begun. */
const NOW = new Date("2026-11-20T12:00:00Z");
const utc = (iso: string) => new Date(`${iso}Z`);

async function group(
  organisation: TestOrganisation,
  params: { name: string; archivedAt?: Date; members: TestMember[] },
) {
  const [row] = await db
    .insert(peerGroups)
    .values({
      organisationId: organisation.organisationId,
      name: params.name,
      format: "peer-support",
      visibility: "open",
      agreement: "What is said here stays here.",
      archivedAt: params.archivedAt ?? null,
    })
    .returning({ id: peerGroups.id });
  if (!row) throw new Error("no group");
  if (params.members.length > 0)
    await db.insert(groupMembers).values(
      params.members.map((m) => ({
        groupId: row.id,
        organisationId: organisation.organisationId,
        membershipId: m.membershipId,
        status: "active" as const,
        pledgeVersion: 1,
        joinedAt: utc("2026-09-01T00:00:00"),
      })),
    );
  return row.id;
}

/** A weekly meeting of `count` on Thursdays at 17:00 UTC from `first` (a one-off when 1). */
async function meeting(
  organisation: TestOrganisation,
  groupId: string,
  params: { first: string; count: number; cancelledAt?: Date },
) {
  const [row] = await db
    .insert(groupMeetings)
    .values({
      groupId,
      organisationId: organisation.organisationId,
      title: "Meeting",
      rule: params.count > 1 ? `FREQ=WEEKLY;COUNT=${params.count};BYDAY=TH` : null,
      firstStart: utc(`${params.first}T17:00:00`),
      durationMinutes: 60,
      timeZone: "UTC",
      createdByMembershipId: organisation.supervisor.membershipId,
      cancelledAt: params.cancelledAt ?? null,
    })
    .returning({ id: groupMeetings.id });
  if (!row) throw new Error("no meeting");
  return row.id;
}

beforeAll(async () => {
  org = await createTestOrganisation(db, "Group counts");
  elsewhere = await createTestOrganisation(db, "Group counts elsewhere");
  clinicians.push(org.clinician, org.otherClinician, org.supervisingClinician);
  for (let i = 0; i < 2; i++)
    clinicians.push(
      await addTestMember(
        db,
        { organisationId: org.organisationId, teamId: org.teamId },
        { name: `Group counts ${i}`, email: `group-counts-${i}-${Date.now()}@test.example` },
        ["clinician"],
      ),
    );
  admin = await actorOf(db, org.admin);

  // Five clinicians in a weekly group from 1 October: one Thursday cancelled, one moved a day.
  const weekly = await group(org, { name: "Weekly", members: clinicians });
  const weeklyMeeting = await meeting(org, weekly, { first: "2026-10-01", count: 10 });
  await db.insert(groupMeetingChanges).values([
    { meetingId: weeklyMeeting, originalStart: utc("2026-10-08T17:00:00"), movedTo: null },
    {
      meetingId: weeklyMeeting,
      originalStart: utc("2026-11-12T17:00:00"),
      movedTo: utc("2026-11-13T17:00:00"),
    },
  ]);
  // Archived on 10 October: its meetings before then were held, those after were not.
  const archived = await group(org, {
    name: "Archived",
    archivedAt: utc("2026-10-10T00:00:00"),
    members: clinicians.slice(0, 2),
  });
  await meeting(org, archived, { first: "2026-09-24", count: 4 });
  // From 27 August, the whole meeting cancelled on 5 October: held until then.
  const cancelled = await group(org, { name: "Cancelled", members: clinicians.slice(0, 2) });
  await meeting(org, cancelled, {
    first: "2026-08-27",
    count: 8,
    cancelledAt: utc("2026-10-05T00:00:00"),
  });
  // A one-off in the future: not held yet.
  await meeting(org, cancelled, { first: "2026-11-26", count: 1 });
  // A group that only talks: active in November by its post.
  const talking = await group(org, { name: "Talking", members: clinicians.slice(0, 1) });
  await db.insert(groupPosts).values({
    groupId: talking,
    organisationId: org.organisationId,
    title: "Hello",
    body: "A first thread.",
    authorMembershipId: org.clinician.membershipId,
    createdAt: utc("2026-11-03T09:00:00"),
  });
  // Another organisation's group meets every week: none of it counts here.
  const theirs = await group(elsewhere, { name: "Theirs", members: [elsewhere.clinician] });
  await meeting(elsewhere, theirs, { first: "2026-08-06", count: 20 });
});
afterAll(() => db.close());

describe("peer-group counts in the team report", () => {
  it("counts the groups that met or posted and the meetings held, per month", async () => {
    const report = await teamWellbeingReport(db, admin, { granularity: "month", periods: 4 }, NOW);
    const counts = Object.fromEntries(
      report.counts.map((c) => [
        c.id,
        c.periods.map(({ period, figure }) => [
          period,
          figure.status === "shown" ? figure.value.count : figure.reason,
        ]),
      ]),
    );
    expect(counts).toEqual({
      // August: a meeting was held, but nobody was in a group at the month's end: hidden.
      // September: Archived on the 24th, Cancelled four Thursdays.
      // October: Weekly four (the 8th cancelled), Archived two (not the 15th, after archiving),
      // Cancelled one (the 1st, before the cancelling).
      // November: Weekly on the 5th, the 13th (moved) and the 19th; Talking posted.
      groups_active: [
        ["2026-08", "fewer-than-k"],
        ["2026-09", 2],
        ["2026-10", 3],
        ["2026-11", 2],
      ],
      meetings_held: [
        ["2026-08", "fewer-than-k"],
        ["2026-09", 5],
        ["2026-10", 7],
        ["2026-11", 3],
      ],
    });
    // The five clinicians in groups stand behind the shown counts.
    const shown = report.counts[0]?.periods.at(-1)?.figure;
    expect(shown).toMatchObject({ status: "shown", respondents: 5 });
  });

  it("counts by quarter too, and exports the counts with hidden ones left empty", async () => {
    const report = await teamWellbeingReport(
      db,
      admin,
      { granularity: "quarter", periods: 2 },
      NOW,
    );
    const held = report.counts.find((c) => c.id === "meetings_held")?.periods;
    expect(
      held?.map((p) => [p.period, p.figure.status === "shown" && p.figure.value.count]),
    ).toEqual([
      ["2026-Q3", 6],
      ["2026-Q4", 10],
    ]);

    const { csv } = await teamWellbeingCsv(db, admin, { granularity: "month", periods: 4 }, NOW);
    const lines = csv.split(/\r\n/).filter((l) => l.startsWith("Peer group meetings held"));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Peer group meetings held,Aug 2026,Whole organisation,hidden,/);
    expect(lines[0]).toMatch(/,hidden: fewer than k people$/);
    expect(lines[2]).toMatch(/,shown,5,.*,7,$/);
  });
});
