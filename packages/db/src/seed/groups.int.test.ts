import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { GROUP_FORMATS } from "@tend/groups";

import { createDb } from "../client";
import { listFlaggedPosts, listThreadPosts, listThreads, listVisibleGroups } from "../queries";
import {
  groupMeetingEvaluations,
  groupMeetings,
  groupMembers,
  memberships,
  peerGroups,
  users,
} from "../schema";
import { createThrowawayDatabase } from "../throwaway";
import { PERSONAS, seedDemo } from "./index";

import "../testing/provided-context";

let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
let db: ReturnType<typeof createDb>;

beforeAll(async () => {
  database = await createThrowawayDatabase({
    prefix: "tend_seed",
    adminUrl: inject("databaseUrl"),
  });
  db = createDb(database.url, { max: 2 });
  await seedDemo(db);
}, 120_000);
afterAll(async () => {
  await db.close();
  await database.drop();
});

describe("peer-group demo data", () => {
  it("gives every group a facilitator who accepted its agreement, and keeps each within its limit", async () => {
    const groups = await db.select().from(peerGroups);
    // At least two of each format.
    const formats = new Map<string, number>();
    for (const g of groups) formats.set(g.format, (formats.get(g.format) ?? 0) + 1);
    expect([...formats.keys()].sort()).toEqual([...GROUP_FORMATS].sort());
    for (const format of GROUP_FORMATS) expect(formats.get(format)).toBeGreaterThanOrEqual(2);
    expect(new Set(groups.map((g) => g.visibility))).toEqual(
      new Set(["open", "request", "invite-only"]),
    );
    for (const group of groups) {
      const people = await db.select().from(groupMembers).where(eq(groupMembers.groupId, group.id));
      const active = people.filter((p) => p.status === "active");
      expect(active.length).toBeLessThanOrEqual(group.memberLimit);
      const facilitators = active.filter((p) => p.role === "facilitator");
      expect(facilitators).toHaveLength(1);
      expect(facilitators[0]?.pledgeVersion).toBe(group.agreementVersion);
    }
  });

  it("shows Sam Riverbend's groups, with the invite-only one he was invited to, and never Harbour's", async () => {
    const [sam] = await db
      .select({ membershipId: memberships.id, organisationId: memberships.organisationId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, PERSONAS.clinician.email));
    if (!sam) throw new Error("Sam is missing");
    const visible = await listVisibleGroups(db, sam);
    expect(visible.map((g) => g.name)).toEqual([
      "Balint group: children and families",
      "Balint group: the cases that stay with us",
      "First-year clinicians' circle",
      "Lunchtime walk",
      "Monthly Schwartz round",
      "Night service team time",
      "Thursday peer support",
      "Writing to unwind",
    ]);
    expect(visible.find((g) => g.visibility === "invite-only")?.standing?.status).toBe("invited");
    const requests = await db
      .select()
      .from(groupMembers)
      .where(eq(groupMembers.status, "requested"));
    expect(requests).toHaveLength(1);
  });

  it("gives Thursday peer support a discussion with an anonymous thread and a flagged reply in the queue", async () => {
    const [thursday] = await db
      .select()
      .from(peerGroups)
      .where(eq(peerGroups.name, "Thursday peer support"));
    if (!thursday) throw new Error("Thursday peer support is missing");
    const threads = await listThreads(db, { groupId: thursday.id, limit: 10 });
    expect(threads.map((t) => t.title)).toEqual([
      "A session I can't stop thinking about",
      "What helps you leave work at work?",
    ]);
    expect(threads.map((t) => t.anonymous)).toEqual([true, false]);
    for (const thread of threads) {
      const posts = await listThreadPosts(db, { groupId: thursday.id, threadId: thread.id });
      // Every author is a member of the group.
      for (const post of posts) expect(post.author.standing).toBe("active");
    }
    const queue = await listFlaggedPosts(db, thursday.id);
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ state: "visible", flags: [{ reason: "confidentiality" }] });
  });

  it("gives the Thursday group a weekly meeting with evaluations, one still below the threshold", async () => {
    const [meeting] = await db
      .select()
      .from(groupMeetings)
      .where(eq(groupMeetings.title, "Thursday peer support"));
    if (!meeting) throw new Error("the Thursday meeting is missing");
    expect(meeting.rule).toContain("FREQ=WEEKLY");
    expect(meeting.firstStart.getTime()).toBeLessThan(Date.now());
    const answers = await db
      .select()
      .from(groupMeetingEvaluations)
      .where(eq(groupMeetingEvaluations.meetingId, meeting.id));
    const perOccurrence = new Map<number, number>();
    for (const a of answers)
      perOccurrence.set(
        a.occurrenceStart.getTime(),
        (perOccurrence.get(a.occurrenceStart.getTime()) ?? 0) + 1,
      );
    expect([...perOccurrence.values()].sort()).toEqual([3, 5]);
  });
});
