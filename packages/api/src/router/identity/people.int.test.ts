import { TRPCError } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestMember, TestOrganisation } from "@tend/db/testing";
import {
  findOpenInvitation,
  insertCheckResponse,
  isDeactivatedEverywhere,
  listReportCells,
} from "@tend/db/queries";
import { auditEvents, checkResponses, devOutbox, invitations, teamMembers } from "@tend/db/schema";
import { addTestMember, connectTestDb, createTestOrganisation } from "@tend/db/testing";
import { getInstrument, scoreResponses } from "@tend/instruments";

import { createCaller } from "../../index";
import { createTRPCContext } from "../../trpc";

const db = connectTestDb();
let org: TestOrganisation;
beforeAll(async () => {
  org = await createTestOrganisation(db, "People");
});
afterAll(() => db.close());

/** A caller holding a session cookie for `userId`, issued at `sessionVersion`. */
const as = (userId: string, sessionVersion = 0) =>
  createCaller(
    createTRPCContext({
      db,
      session: { id: userId, sessionVersion },
      webUrl: "https://portal.test",
    }),
  );
const admin = () => as(org.admin.userId);

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

let n = 0;
const newMember = (roles: TestMember["roles"] = ["clinician"], name = `Person ${++n}`) =>
  addTestMember(
    db,
    { organisationId: org.organisationId, teamId: org.teamId },
    { name, email: `person-${n}-${Date.now()}@test.example` },
    roles,
  );

/** The invitation link's token in the newest mail to an address. */
async function tokenMailedTo(email: string): Promise<string> {
  const [mail] = await db
    .select()
    .from(devOutbox)
    .where(eq(devOutbox.to, email))
    .orderBy(desc(devOutbox.createdAt))
    .limit(1);
  const token = /\/invite\/([\w-]+)/u.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no invitation mailed to ${email}`);
  return token;
}

describe("the last admin", () => {
  it("cannot lose the admin role or be deactivated, and two admins cannot demote each other at once", async () => {
    const onlyAdmin = await createTestOrganisation(db, "Lonely");
    const caller = as(onlyAdmin.admin.userId);
    const demote = (membershipId: string, by = caller) =>
      by.person.update({ membershipId, roles: ["clinician"], teamIds: [], title: null });

    await expect(demote(onlyAdmin.admin.membershipId)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/at least one active admin/u) as string,
    });
    expect(
      await codeOf(caller.person.deactivate({ membershipId: onlyAdmin.admin.membershipId })),
    ).toBe("FORBIDDEN");

    // A second admin: now either may step down, but not both, even at the same moment.
    const second = await addTestMember(
      db,
      { organisationId: onlyAdmin.organisationId, teamId: onlyAdmin.teamId },
      { name: "Second Admin", email: `second-admin-${Date.now()}@test.example` },
      ["admin"],
    );
    const outcomes = await Promise.all([
      codeOf(demote(second.membershipId, caller)),
      codeOf(demote(onlyAdmin.admin.membershipId, as(second.userId))),
    ]);
    // Exactly one steps down. The other is refused: CONFLICT when both ran at once (the lock
    // saw the other change), FORBIDDEN when theirs started after the first had committed (they
    // were no longer an admin). Which of the two depends on timing; that one stays is the rule.
    expect(outcomes.filter((code) => code === "OK")).toHaveLength(1);
    expect(["CONFLICT", "FORBIDDEN"]).toContain(outcomes.find((code) => code !== "OK"));

    // A deactivated admin does not count as one.
    const third = await addTestMember(
      db,
      { organisationId: onlyAdmin.organisationId, teamId: onlyAdmin.teamId },
      { name: "Third Admin", email: `third-admin-${Date.now()}@test.example` },
      ["admin"],
    );
    const remaining = outcomes[0] === "OK" ? onlyAdmin.admin : second;
    await as(remaining.userId).person.deactivate({ membershipId: third.membershipId });
    expect(await codeOf(demote(remaining.membershipId, as(remaining.userId)))).toBe("CONFLICT");
  });
});

describe("deactivation", () => {
  it("ends the member's sessions at their next request, keeps their data, and reactivation lets them back", async () => {
    const member = await newMember(["clinician"]);
    const result = scoreResponses(
      "pulse",
      Object.fromEntries(getInstrument("pulse").items.map((item) => [item.id, 3])),
    );
    const response = await insertCheckResponse(db, {
      userId: member.userId,
      organisationId: org.organisationId,
      instrumentId: "pulse",
      instrumentVersion: result.instrumentVersion,
      answers: {},
      result,
    });
    expect(await codeOf(as(member.userId).org.current())).toBe("OK");

    await admin().person.deactivate({ membershipId: member.membershipId });

    // The cookie they hold is refused, for every kind of procedure.
    expect(await codeOf(as(member.userId).me.get())).toBe("UNAUTHORIZED");
    expect(await codeOf(as(member.userId).org.current())).toBe("UNAUTHORIZED");
    // A new sign-in would carry the new version, and still find no organisation.
    expect(await codeOf(as(member.userId, 1).org.current())).toBe("FORBIDDEN");
    expect(await isDeactivatedEverywhere(db, member.userId)).toBe(true);
    // Their data is kept.
    const kept = await db.select().from(checkResponses).where(eq(checkResponses.id, response.id));
    expect(kept).toHaveLength(1);
    // They are out of the people list's default view, and in the deactivated one.
    const active = await admin().person.search({ search: member.email });
    expect(active.total).toBe(0);
    const deactivated = await admin().person.search({
      search: member.email,
      status: "deactivated",
    });
    expect(deactivated.rows.map((r) => r.membershipId)).toEqual([member.membershipId]);
    expect(await codeOf(admin().person.deactivate({ membershipId: member.membershipId }))).toBe(
      "CONFLICT",
    );

    await admin().person.reactivate({ membershipId: member.membershipId });
    expect(await isDeactivatedEverywhere(db, member.userId)).toBe(false);
    expect(await codeOf(as(member.userId, 1).org.current())).toBe("OK");

    const actions = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, member.membershipId));
    expect(actions.map((a) => a.action).sort()).toEqual([
      "member.deactivated",
      "member.reactivated",
    ]);
  });

  it("ends the member's supervision and leaves them out of the team report", async () => {
    const supervisee = await newMember(["clinician"]);
    await admin().supervision.assign({
      supervisorMembershipId: org.supervisor.membershipId,
      superviseeMembershipId: supervisee.membershipId,
    });
    const cellsBefore = await listReportCells(db, org.organisationId);
    await admin().person.deactivate({ membershipId: supervisee.membershipId });
    const detail = await admin().person.get({ membershipId: supervisee.membershipId });
    expect(detail.supervisors).toEqual([]);
    const cellsAfter = await listReportCells(db, org.organisationId);
    const teamA = (cells: typeof cellsBefore) => cells.find((c) => c.key === org.teamId)?.members;
    expect(teamA(cellsAfter)).toBe((teamA(cellsBefore) ?? 0) - 1);
  });
});

describe("bulk invitation", () => {
  it("stores and mails the good rows and reports every bad row with its reasons", async () => {
    const stamp = Date.now();
    const good = [`ada-${stamp}@test.example`, `ben-${stamp}@test.example`] as const;
    const csv = [
      "email,name,roles,teams,title",
      `${good[0]},Ada Good,clinician;supervisor,Team A,Counsellor`,
      `not-an-address,Bad Address,,,`,
      `${org.clinician.email},Already Here,,,`,
      `cat-${stamp}@test.example,Cat,owner,Night Owls,`,
      `${good[1].toUpperCase()},Ben Good,,,`,
      `${good[0]},Ada Again,,,`,
    ].join("\n");
    const report = await admin().invitation.createMany({ csv });

    expect(report.invited).toEqual([
      { line: 2, email: good[0], mailed: true },
      { line: 6, email: good[1], mailed: true },
    ]);
    expect(report.rejected).toEqual([
      { line: 3, email: "not-an-address", reasons: ['"not-an-address" is not an e-mail address.'] },
      { line: 4, email: org.clinician.email, reasons: ["This person is already a member."] },
      {
        line: 5,
        email: `cat-${stamp}@test.example`,
        reasons: [
          '"owner" is not a role (use clinician, supervisor, admin).',
          'There is no team called "Night Owls".',
        ],
      },
      { line: 7, email: good[0], reasons: ["The same address is on line 2."] },
    ]);

    const stored = await db
      .select({ email: invitations.email, roles: invitations.roles, teamIds: invitations.teamIds })
      .from(invitations)
      .where(eq(invitations.organisationId, org.organisationId));
    expect(stored.filter((i) => i.email.endsWith(`${stamp}@test.example`))).toEqual([
      { email: good[0], roles: ["clinician", "supervisor"], teamIds: [org.teamId] },
      { email: good[1], roles: ["clinician"], teamIds: [] },
    ]);
    const pending = await admin().invitation.list();
    expect(pending.find((i) => i.email === good[0])).toMatchObject({
      teams: ["Team A"],
      title: "Counsellor",
      expired: false,
    });

    // Sending the same file again invites nobody twice.
    const again = await admin().invitation.createMany({ csv });
    expect(again.invited).toEqual([]);
    expect(again.rejected.find((r) => r.line === 2)?.reasons).toEqual([
      "This person already has an open invitation: resend it instead.",
    ]);
  });

  it("refuses a file it cannot read as a whole, with a reason, and stores nothing", async () => {
    for (const [csv, reason] of [
      ["name\nRobin", /at least "email"/u],
      ['email\n"unclosed@test.example', /line 2 is never closed/u],
      ["email,shoe size\nx@test.example,9", /Unknown column "shoe size"/u],
      ["email", /no people/u],
    ] as const) {
      await expect(admin().invitation.createMany({ csv })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(reason) as string,
      });
    }
  });
});

describe("invitations", () => {
  it("puts the person in the chosen teams with their title when they accept, and resend and revoke end old links", async () => {
    const email = `robin-${Date.now()}@test.example`;
    const created = await admin().invitation.create({
      email,
      name: "Robin",
      roles: ["clinician"],
      teamIds: [org.teamId],
      title: "Art therapist",
    });
    expect(created).toEqual({ email, mailed: true });
    await expect(admin().invitation.create({ email, roles: ["clinician"] })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const first = await tokenMailedTo(email);
    const [row] = await admin()
      .invitation.list()
      .then((list) => list.filter((i) => i.email === email));
    if (!row) throw new Error("invitation not listed");

    await admin().invitation.resend({ invitationId: row.id });
    const second = await tokenMailedTo(email);
    expect(second).not.toBe(first);
    expect(await findOpenInvitation(db, first)).toBeNull();

    const anonymous = createCaller(createTRPCContext({ db, session: null }));
    await anonymous.invitation.accept({
      token: second,
      name: "Robin",
      password: "a long password!",
    });
    const joined = await admin().person.search({ search: email });
    expect(joined.rows[0]).toMatchObject({
      title: "Art therapist",
      teams: [{ id: org.teamId, name: "Team A" }],
    });

    const revokedEmail = `sid-${Date.now()}@test.example`;
    await admin().invitation.create({ email: revokedEmail, roles: ["clinician"] });
    const token = await tokenMailedTo(revokedEmail);
    const listed = (await admin().invitation.list()).find((i) => i.email === revokedEmail);
    await admin().invitation.revoke({ invitationId: listed?.id ?? "" });
    expect(await codeOf(anonymous.invitation.get({ token }))).toBe("NOT_FOUND");
    expect(await codeOf(admin().invitation.revoke({ invitationId: listed?.id ?? "" }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("people search", () => {
  it("pages on the server and finds people by name, e-mail, title and team, with filters", async () => {
    const team = await admin().team.create({ name: `Search team ${Date.now()}`, description: "" });
    const people = [];
    for (const name of ["Zoë Search", "Yusuf Search", "Xia Search"])
      people.push(await newMember(["clinician"], name));
    const [zoe, yusuf, xia] = people;
    if (!zoe || !yusuf || !xia) throw new Error("members not added");
    await admin().person.update({
      membershipId: yusuf.membershipId,
      roles: ["clinician", "supervisor"],
      teamIds: [team.id],
      title: "Family therapist",
    });

    const page1 = await admin().person.search({ search: "Search", pageSize: 10, sort: "name" });
    expect(page1.rows.map((r) => r.name)).toEqual(["Xia Search", "Yusuf Search", "Zoë Search"]);
    expect(page1.total).toBe(3);
    const paged = await admin().person.search({ search: "search", pageSize: 10, page: 2 });
    expect(paged).toEqual({ total: 3, rows: [] });
    const backwards = await admin().person.search({
      search: "Search",
      sort: "name",
      direction: "desc",
    });
    expect(backwards.rows[0]?.name).toBe("Zoë Search");

    for (const term of ["family", team.name, yusuf.email.toUpperCase()])
      expect((await admin().person.search({ search: term })).rows.map((r) => r.name)).toEqual([
        "Yusuf Search",
      ]);
    expect(
      (await admin().person.search({ search: "Search", role: "supervisor" })).rows.map(
        (r) => r.name,
      ),
    ).toEqual(["Yusuf Search"]);
    expect(
      (await admin().person.search({ search: "Search", teamId: team.id })).rows.map((r) => r.name),
    ).toEqual(["Yusuf Search"]);
    // Pattern characters are taken literally.
    expect((await admin().person.search({ search: "%" })).total).toBe(0);

    // Archiving the team takes it off people and out of the report, and keeps the membership row.
    await admin().team.setArchived({ teamId: team.id, archived: true });
    const after = await admin().person.get({ membershipId: yusuf.membershipId });
    expect(after.teams).toEqual([]);
    expect((await listReportCells(db, org.organisationId)).map((c) => c.key)).not.toContain(
      team.id,
    );
    const kept = await db
      .select()
      .from(teamMembers)
      .where(
        and(eq(teamMembers.teamId, team.id), eq(teamMembers.membershipId, yusuf.membershipId)),
      );
    expect(kept).toHaveLength(1);
    expect((await admin().team.listArchived()).map((t) => t.id)).toContain(team.id);
    await expect(admin().team.create({ name: team.name, description: "" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("supervision assignment", () => {
  it("needs the supervisor role, refuses a pair twice, and ends cleanly", async () => {
    const clinician = await newMember(["clinician"]);
    const notSupervisor = await newMember(["clinician"]);
    await expect(
      admin().supervision.assign({
        supervisorMembershipId: notSupervisor.membershipId,
        superviseeMembershipId: clinician.membershipId,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const input = {
      supervisorMembershipId: org.otherSupervisor.membershipId,
      superviseeMembershipId: clinician.membershipId,
    };
    const { relationshipId } = await admin().supervision.assign(input);
    expect(await codeOf(admin().supervision.assign(input))).toBe("CONFLICT");
    const supervisees = await as(org.otherSupervisor.userId).supervision.listSupervisees();
    expect(supervisees.map((s) => s.membershipId)).toContain(clinician.membershipId);
    await admin().supervision.end({ relationshipId });
    expect(await codeOf(admin().supervision.end({ relationshipId }))).toBe("NOT_FOUND");
    const after = await as(org.otherSupervisor.userId).supervision.listSupervisees();
    expect(after.map((s) => s.membershipId)).not.toContain(clinician.membershipId);
  });
});
