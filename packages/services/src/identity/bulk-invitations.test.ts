import { describe, expect, it } from "vitest";

import type { BulkInviteContext } from "./bulk-invitations";
import { BULK_INVITE_MAX_ROWS, emailsInFile, planBulkInvitations } from "./bulk-invitations";

const context: BulkInviteContext = {
  members: new Map([
    ["sam@clinic.example", { deactivated: false }],
    ["lee@clinic.example", { deactivated: true }],
  ]),
  invited: new Set(["pat@clinic.example"]),
  teams: new Map([
    ["crisis & trauma", { id: "team-crisis", name: "Crisis & Trauma" }],
    ["night service", { id: "team-night", name: "Night Service" }],
  ]),
};

describe("planBulkInvitations", () => {
  it("reads roles and teams in any case, with ; or | between them, and defaults to clinician", () => {
    const plan = planBulkInvitations(
      [
        "Email,Name,Roles,Teams,Title",
        "ana@clinic.example,Ana,Supervisors | ADMIN,night service;Crisis & Trauma;Night Service,Lead",
        "bo@clinic.example,,,,",
      ].join("\r\n"),
      context,
    );
    expect(plan).toEqual({
      ok: true,
      rejected: [],
      accepted: [
        {
          line: 2,
          email: "ana@clinic.example",
          name: "Ana",
          roles: ["supervisor", "admin"],
          teamIds: ["team-night", "team-crisis"],
          title: "Lead",
        },
        {
          line: 3,
          email: "bo@clinic.example",
          name: "",
          roles: ["clinician"],
          teamIds: [],
          title: null,
        },
      ],
    });
  });

  it("rejects members, deactivated members and open invitations, each with what to do instead", () => {
    const plan = planBulkInvitations(
      "email\nSam@clinic.example\nlee@clinic.example\npat@clinic.example\n,\n",
      context,
    );
    expect(plan.ok && plan.rejected).toEqual([
      { line: 2, email: "Sam@clinic.example", reasons: ["This person is already a member."] },
      {
        line: 3,
        email: "lee@clinic.example",
        reasons: ["This person is a deactivated member: reactivate them instead."],
      },
      {
        line: 4,
        email: "pat@clinic.example",
        reasons: ["This person already has an open invitation: resend it instead."],
      },
      { line: 5, email: "", reasons: ["The e-mail address is missing."] },
    ]);
  });

  it(`refuses a file of more than ${BULK_INVITE_MAX_ROWS} people as a whole`, () => {
    const rows = Array.from({ length: BULK_INVITE_MAX_ROWS + 1 }, (_, i) => `p${i}@clinic.example`);
    expect(planBulkInvitations(["email", ...rows].join("\n"), context)).toEqual({
      ok: false,
      error: `The file has ${BULK_INVITE_MAX_ROWS + 1} people; invite at most ${BULK_INVITE_MAX_ROWS} at a time.`,
    });
    expect(planBulkInvitations("", context)).toEqual({ ok: false, error: "The file is empty." });
  });
});

describe("emailsInFile", () => {
  it("lists each address once, lower-cased, and nothing for a file it cannot read", () => {
    expect(emailsInFile("name,email\nA,A@x.example\nB,a@x.example\nC,\n")).toEqual(["a@x.example"]);
    expect(emailsInFile('email\n"open')).toEqual([]);
  });
});
