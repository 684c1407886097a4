import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { recordAuditEvent } from "@tend/db/queries";
import { auditEvents } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import { createCaller } from "../../index";
import { createTRPCContext } from "../../trpc";

const db = connectTestDb();
let org: TestOrganisation;
let other: TestOrganisation;
beforeAll(async () => {
  org = await createTestOrganisation(db, "Audit");
  other = await createTestOrganisation(db, "Elsewhere");
});
afterAll(() => db.close());

const as = (userId: string) =>
  createCaller(createTRPCContext({ db, session: { id: userId, sessionVersion: 0 } }));

describe("audit log", () => {
  it("shows admins the administrative events, newest first and paged, and never a wellbeing event", async () => {
    const admin = as(org.admin.userId);
    // A clinician's own events: sharing a result, signing in. Admins never see them.
    await recordAuditEvent(db, {
      organisationId: org.organisationId,
      actorUserId: org.clinician.userId,
      action: "self_check.shared",
      subjectType: "result_share",
      subjectId: "share-planted-4c1d",
    });
    await recordAuditEvent(db, {
      organisationId: org.organisationId,
      actorUserId: org.clinician.userId,
      action: "auth.signed_in",
    });
    for (let i = 0; i < 11; i++)
      await admin.team.create({ name: `Audit team ${i}`, description: "" });
    await admin.person.update({
      membershipId: org.otherClinician.membershipId,
      roles: ["clinician", "supervisor"],
      teamIds: [org.teamId],
      title: null,
    });

    const first = await admin.audit.list({ category: null, limit: 10 });
    expect(first.entries).toHaveLength(10);
    expect(first.entries[0]).toMatchObject({
      action: "member.roles_changed",
      actorName: expect.stringContaining("admin") as string,
      verb: "changed the roles of",
      subject: expect.stringContaining("other-clinician") as string,
      detail: "clinician → clinician, supervisor",
    });
    expect(first.next).not.toBeNull();
    const second = await admin.audit.list({ category: null, limit: 10, before: first.next });
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.entries.map((e) => e.action)).toEqual(["team.created", "team.created"]);
    expect(second.next).toBeNull();

    const everything = JSON.stringify([first, second]);
    expect(everything).not.toContain("self_check");
    expect(everything).not.toContain("share-planted-4c1d");
    expect(everything).not.toContain("auth.signed_in");

    const teams = await admin.audit.list({ category: "teams", limit: 50 });
    expect(teams.entries.every((e) => e.action.startsWith("team."))).toBe(true);
    expect(teams.entries.at(-1)?.subject).toBe("Audit team 0");
    const future = await admin.audit.list({
      category: null,
      from: new Date(Date.now() + 60_000),
    });
    expect(future.entries).toEqual([]);

    // Another organisation's admin sees only their own organisation's log.
    const elsewhere = await as(other.admin.userId).audit.list({ category: null });
    expect(JSON.stringify(elsewhere)).not.toContain("Audit team");
  });

  it("shows peer-group moderation by the group's name, never what was posted", async () => {
    const facilitator = as(org.clinician.userId);
    const member = as(org.otherClinician.userId);
    const { id: groupId } = await facilitator.group.create({
      name: "Audited circle",
      format: "peer-support",
      visibility: "open",
    });
    await member.group.join({ groupId, agreementVersion: 1 });
    const { id: postId } = await member.group.startThread({
      groupId,
      title: "Planted title 5b2e",
      body: "Planted words 5b2e",
      anonymous: true,
    });
    await facilitator.group.flagPost({ groupId, postId, reason: "unkind", note: "" });
    await facilitator.group.reviewPost({ groupId, postId, decision: "remove" });

    const groups = await as(org.admin.userId).audit.list({ category: "groups", limit: 50 });
    expect(groups.entries[0]).toMatchObject({
      action: "group.post_removed",
      verb: "removed a flagged post from",
      subject: "Audited circle",
    });
    expect(groups.entries.every((e) => e.action.startsWith("group."))).toBe(true);
    expect(JSON.stringify(groups)).not.toContain("5b2e");
  });

  it("cannot be edited or deleted, by anyone", async () => {
    const [event] = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, org.organisationId))
      .limit(1);
    if (!event) throw new Error("no audit event");
    await expect(
      db.update(auditEvents).set({ action: "edited" }).where(eq(auditEvents.id, event.id)),
    ).rejects.toThrow();
    await expect(db.delete(auditEvents).where(eq(auditEvents.id, event.id))).rejects.toThrow();
  });
});
