import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { TestMember, TestOrganisation } from "@tend/db/testing";
import { createDb } from "@tend/db";
import { groupMembers, memberships, users } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import type { MemberActor } from "../actor";
import { DomainError } from "../errors";
import { deactivatePerson } from "../identity/people";
import { actorOf as actorOfMember, domainFailure as failure } from "../testing";
import {
  acceptAgreement,
  createGroup,
  decideRequest,
  getGroup,
  inviteCandidates,
  inviteToGroup,
  joinGroup,
  leaveGroup,
  listGroups,
  removeFromGroup,
  setGroupRole,
  updateAgreement,
} from "./groups";

const db = connectTestDb();
// Enough connections for the racing transactions to really run at once.
const racingDb = createDb(inject("databaseUrl"), { max: 20 });
let org: TestOrganisation;

const actorOf = (member: TestMember) => actorOfMember(db, member);

/** `count` new clinicians of the organisation, as actors. */
async function clinicians(count: number, key: string): Promise<MemberActor[]> {
  const created = await db
    .insert(users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        name: `${key} ${i}`,
        email: `${key}-${i}-${org.organisationId}@test.example`,
      })),
    )
    .returning({ id: users.id, email: users.email });
  const joined = await db
    .insert(memberships)
    .values(
      created.map((u) => ({
        organisationId: org.organisationId,
        userId: u.id,
        roles: ["clinician" as const],
      })),
    )
    .returning({ id: memberships.id, userId: memberships.userId });
  return Promise.all(
    joined.map((m) =>
      actorOf({
        userId: m.userId,
        membershipId: m.id,
        email: created.find((u) => u.id === m.userId)?.email ?? "",
        roles: ["clinician"],
      }),
    ),
  );
}

/** The domain error a call fails with. */

let facilitator: MemberActor;
let colleague: MemberActor;

beforeAll(async () => {
  org = await createTestOrganisation(db, "Groups");
  facilitator = await actorOf(org.clinician);
  colleague = await actorOf(org.otherClinician);
});
afterAll(async () => {
  await racingDb.close();
  await db.close();
});

describe("peer support groups", () => {
  it("admits exactly ten of twenty colleagues who join a ten-place group at once", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Thursday peer support",
      purpose: "",
      format: "peer-support",
      visibility: "open",
      memberLimit: 10,
    });
    const joiners = await clinicians(20, "racer");
    const results = await Promise.allSettled(
      joiners.map((actor) => joinGroup(racingDb, actor, { groupId: id, agreementVersion: 1 })),
    );
    const joined = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    // The facilitator holds one of the ten places.
    expect(joined).toHaveLength(9);
    expect(refused).toHaveLength(11);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(DomainError);
      expect(String(r.reason)).toMatch(/full/);
    }
    const group = await getGroup(db, facilitator, id);
    expect(group.activeMembers).toBe(10);
    expect(group.members).toHaveLength(10);
  });

  it("hides an invite-only group from everyone but its members and the people invited", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Balint circle",
      purpose: "Cases that stay with us",
      format: "balint",
      visibility: "invite-only",
    });
    expect((await listGroups(db, colleague)).map((g) => g.id)).not.toContain(id);
    expect(await failure(getGroup(db, colleague, id))).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await failure(joinGroup(db, colleague, { groupId: id, agreementVersion: 1 })),
    ).toMatchObject({ code: "NOT_FOUND" });

    await inviteToGroup(db, facilitator, {
      groupId: id,
      membershipId: org.otherClinician.membershipId,
    });
    const invited = await getGroup(db, colleague, id);
    // They may read its agreement before accepting it, but not who is in it.
    expect(invited.you.status).toBe("invited");
    expect(invited.agreement.length).toBeGreaterThan(0);
    expect(invited.members).toBeNull();
    expect(await joinGroup(db, colleague, { groupId: id, agreementVersion: 1 })).toEqual({
      outcome: "joined",
    });
    expect((await getGroup(db, colleague, id)).members?.map((m) => m.role).sort()).toEqual([
      "facilitator",
      "member",
    ]);
  });

  it("turns joining a request group into a request the facilitator answers, and keeps its members from others", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Schwartz round",
      purpose: "",
      format: "schwartz-round",
      visibility: "request",
    });
    const stale = await failure(joinGroup(db, colleague, { groupId: id, agreementVersion: 2 }));
    expect(stale.code).toBe("INVALID");
    expect(stale.message).toMatch(/agreement/);
    expect(await joinGroup(db, colleague, { groupId: id, agreementVersion: 1 })).toEqual({
      outcome: "requested",
    });
    const waiting = await getGroup(db, colleague, id);
    expect(waiting.members).toBeNull();
    expect(waiting.requests).toBeNull();
    expect((await getGroup(db, facilitator, id)).requests?.map((p) => p.membershipId)).toEqual([
      org.otherClinician.membershipId,
    ]);
    // Only a facilitator answers it.
    const stranger = await actorOf(org.supervisingClinician);
    expect(
      await failure(
        decideRequest(db, stranger, {
          groupId: id,
          membershipId: org.otherClinician.membershipId,
          admit: true,
        }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    await decideRequest(db, facilitator, {
      groupId: id,
      membershipId: org.otherClinician.membershipId,
      admit: true,
    });
    expect((await getGroup(db, colleague, id)).members).toHaveLength(2);
  });

  it("asks every member to accept a changed agreement before they read on", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Open circle",
      purpose: "",
      format: "other",
      visibility: "open",
    });
    await joinGroup(db, colleague, { groupId: id, agreementVersion: 1 });
    await updateAgreement(db, facilitator, {
      groupId: id,
      agreement: "What is said here stays here. We speak only of our own work.",
    });
    const before = await getGroup(db, colleague, id);
    expect(before.you.agreementToAccept).toBe(true);
    expect(before.members).toBeNull();
    // The facilitator who wrote it has accepted it.
    expect((await getGroup(db, facilitator, id)).you.agreementToAccept).toBe(false);
    expect(
      await failure(acceptAgreement(db, colleague, { groupId: id, agreementVersion: 1 })),
    ).toMatchObject({ code: "INVALID" });
    await acceptAgreement(db, colleague, { groupId: id, agreementVersion: 2 });
    expect((await getGroup(db, colleague, id)).members).toHaveLength(2);
  });

  it("shuts a removed member out at once, and lets them back only by a new invitation", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Late shift peers",
      purpose: "",
      format: "peer-support",
      visibility: "open",
    });
    const [member] = await clinicians(1, "removed");
    if (!member) throw new Error("no member");
    await joinGroup(db, member, { groupId: id, agreementVersion: 1 });
    await removeFromGroup(db, facilitator, {
      groupId: id,
      membershipId: member.membership.membershipId,
    });
    const after = await getGroup(db, member, id);
    expect(after.you.status).toBe("removed");
    expect(after.members).toBeNull();
    const refused = await failure(joinGroup(db, member, { groupId: id, agreementVersion: 1 }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/removed/);
    await inviteToGroup(db, facilitator, {
      groupId: id,
      membershipId: member.membership.membershipId,
    });
    expect(await joinGroup(db, member, { groupId: id, agreementVersion: 1 })).toEqual({
      outcome: "joined",
    });
  });

  it("keeps the last facilitator from leaving members without one", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Weekend team",
      purpose: "",
      format: "peer-support",
      visibility: "open",
    });
    await joinGroup(db, colleague, { groupId: id, agreementVersion: 1 });
    const kept = await failure(leaveGroup(db, facilitator, id));
    expect(kept.code).toBe("CONFLICT");
    expect(kept.message).toMatch(/only facilitator/);
    await leaveGroup(db, colleague, id);
    await leaveGroup(db, facilitator, id);
    expect((await getGroup(db, facilitator, id)).you.status).toBe("left");
  });

  it("keeps a group run by a facilitator: co-facilitators neither take roles nor remove facilitators", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Roles",
      purpose: "",
      format: "peer-support",
      visibility: "open",
    });
    const [co] = await clinicians(1, "co");
    if (!co) throw new Error("no co-facilitator");
    await joinGroup(db, co, { groupId: id, agreementVersion: 1 });
    const coId = co.membership.membershipId;
    const facilitatorId = facilitator.membership.membershipId;
    await setGroupRole(db, facilitator, {
      groupId: id,
      membershipId: coId,
      role: "co-facilitator",
    });
    expect(
      await failure(setGroupRole(db, co, { groupId: id, membershipId: coId, role: "facilitator" })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await failure(
        setGroupRole(db, co, { groupId: id, membershipId: facilitatorId, role: "member" }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await failure(removeFromGroup(db, co, { groupId: id, membershipId: facilitatorId })),
    ).toMatchObject({ code: "FORBIDDEN" });
    // The only facilitator cannot step down until someone else is one.
    expect(
      await failure(
        setGroupRole(db, facilitator, { groupId: id, membershipId: facilitatorId, role: "member" }),
      ),
    ).toMatchObject({ code: "CONFLICT" });
    await setGroupRole(db, facilitator, { groupId: id, membershipId: coId, role: "facilitator" });
    await setGroupRole(db, facilitator, {
      groupId: id,
      membershipId: facilitatorId,
      role: "member",
    });
    expect((await getGroup(db, co, id)).members?.find((m) => m.membershipId === coId)?.role).toBe(
      "facilitator",
    );
  });

  it("invites only active colleagues of the organisation, and can withdraw an invitation", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Invitations",
      purpose: "",
      format: "balint",
      visibility: "invite-only",
    });
    const elsewhere = await createTestOrganisation(db, "Elsewhere");
    expect(
      await failure(
        inviteToGroup(db, facilitator, {
          groupId: id,
          membershipId: elsewhere.clinician.membershipId,
        }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    await inviteToGroup(db, facilitator, {
      groupId: id,
      membershipId: org.otherClinician.membershipId,
    });
    expect((await getGroup(db, colleague, id)).you.status).toBe("invited");
    await removeFromGroup(db, facilitator, {
      groupId: id,
      membershipId: org.otherClinician.membershipId,
    });
    expect(await failure(getGroup(db, colleague, id))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("asks nobody to accept the same agreement again", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Same words",
      purpose: "",
      format: "other",
      visibility: "open",
    });
    await joinGroup(db, colleague, { groupId: id, agreementVersion: 1 });
    const { agreement } = await getGroup(db, facilitator, id);
    await updateAgreement(db, facilitator, { groupId: id, agreement });
    const seen = await getGroup(db, colleague, id);
    expect(seen.agreementVersion).toBe(1);
    expect(seen.you.agreementToAccept).toBe(false);
  });

  it("frees a deactivated member's place in every group", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Two places",
      purpose: "",
      format: "peer-support",
      visibility: "open",
      memberLimit: 2,
    });
    const [leaving, next] = await clinicians(2, "deactivated");
    if (!leaving || !next) throw new Error("no clinicians");
    await joinGroup(db, leaving, { groupId: id, agreementVersion: 1 });
    expect(await failure(joinGroup(db, next, { groupId: id, agreementVersion: 1 }))).toMatchObject({
      code: "CONFLICT",
    });
    await deactivatePerson(db, await actorOf(org.admin), leaving.membership.membershipId);
    expect(await joinGroup(db, next, { groupId: id, agreementVersion: 1 })).toEqual({
      outcome: "joined",
    });
    expect((await getGroup(db, facilitator, id)).activeMembers).toBe(2);
    // Their standing ended with the deactivation: reactivated, they would join again like anyone.
    const [standing] = await db
      .select({ status: groupMembers.status })
      .from(groupMembers)
      .where(eq(groupMembers.membershipId, leaving.membership.membershipId));
    expect(standing?.status).toBe("left");
  });

  it("offers a facilitator colleagues to invite by name: nobody already in, invited or asking", async () => {
    const { id } = await createGroup(db, facilitator, {
      name: "Invite picker circle",
      purpose: "",
      format: "peer-support",
      visibility: "request",
    });
    const [inside, invited, asking, free] = await clinicians(4, "Picker colleague");
    if (!inside || !invited || !asking || !free) throw new Error("fixture");
    await joinGroup(db, inside, { groupId: id, agreementVersion: 1 });
    await decideRequest(db, facilitator, {
      groupId: id,
      membershipId: inside.membership.membershipId,
      admit: true,
    });
    await inviteToGroup(db, facilitator, {
      groupId: id,
      membershipId: invited.membership.membershipId,
    });
    await joinGroup(db, asking, { groupId: id, agreementVersion: 1 });
    const found = await inviteCandidates(db, facilitator, {
      groupId: id,
      search: "picker colleague",
    });
    expect(found).toEqual([
      { membershipId: free.membership.membershipId, name: "Picker colleague 3" },
    ]);
    // A percent sign is a character to find, not a wildcard.
    expect(await inviteCandidates(db, facilitator, { groupId: id, search: "%" })).toEqual([]);
    expect(await failure(inviteCandidates(db, inside, { groupId: id, search: "" }))).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
