import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { JoinContext, MemberStatus } from "./membership";
import {
  canReadInside,
  canSeeGroup,
  decideAdmission,
  decideJoin,
  facilitates,
  GROUP_VISIBILITIES,
  MEMBER_STATUSES,
} from "./membership";

const base: JoinContext = {
  visibility: "open",
  archived: false,
  activeMembers: 3,
  limit: 10,
  standing: null,
  acceptedVersion: 2,
  currentVersion: 2,
};
const join = (change: Partial<JoinContext>) => decideJoin({ ...base, ...change });

describe("joining a group", () => {
  it("admits anyone to an open group with room, and nobody once it is full", () => {
    expect(join({})).toEqual({ outcome: "join" });
    expect(join({ activeMembers: 9 })).toEqual({ outcome: "join" });
    expect(join({ activeMembers: 10 })).toEqual({ outcome: "refused", reason: "full" });
  });

  it("turns joining a request group into a request, once", () => {
    expect(join({ visibility: "request" })).toEqual({ outcome: "request" });
    expect(join({ visibility: "request", standing: "requested" })).toEqual({
      outcome: "refused",
      reason: "already-requested",
    });
    // A declined or former member may ask again.
    for (const standing of ["declined", "left"] as const)
      expect(join({ visibility: "request", standing })).toEqual({ outcome: "request" });
  });

  it("lets only invited people into an invite-only group, while there is room", () => {
    expect(join({ visibility: "invite-only" })).toEqual({
      outcome: "refused",
      reason: "invite-only",
    });
    expect(join({ visibility: "invite-only", standing: "invited" })).toEqual({ outcome: "join" });
    expect(join({ visibility: "invite-only", standing: "invited", activeMembers: 10 })).toEqual({
      outcome: "refused",
      reason: "full",
    });
  });

  it("asks for the current agreement before anything else", () => {
    for (const acceptedVersion of [null, 1, 3])
      for (const visibility of GROUP_VISIBILITIES)
        expect(join({ acceptedVersion, visibility, standing: "invited" })).toEqual({
          outcome: "refused",
          reason: "agreement",
        });
  });

  it("refuses members, removed people and archived groups", () => {
    expect(join({ standing: "active" })).toEqual({
      outcome: "refused",
      reason: "already-member",
    });
    expect(join({ standing: "removed" })).toEqual({ outcome: "refused", reason: "removed" });
    expect(join({ archived: true, standing: "invited" })).toEqual({
      outcome: "refused",
      reason: "archived",
    });
  });

  it("never admits anyone beyond the limit, whatever the group and the person's standing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROUP_VISIBILITIES),
        fc.option(fc.constantFrom(...MEMBER_STATUSES), { nil: null }),
        fc.integer({ min: 2, max: 50 }),
        fc.integer({ min: 0, max: 60 }),
        (visibility, standing, limit, activeMembers) => {
          const decision = join({ visibility, standing, limit, activeMembers });
          if (decision.outcome === "join") expect(activeMembers).toBeLessThan(limit);
        },
      ),
    );
  });

  it("fills an open group to its limit and no further, one request after another", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 50 }), fc.integer({ min: 0, max: 80 }), (limit, n) => {
        let active = 0;
        for (let i = 0; i < n; i++)
          if (join({ limit, activeMembers: active }).outcome === "join") active++;
        expect(active).toBe(Math.min(n, limit));
      }),
    );
  });
});

describe("admitting a request", () => {
  const admission = (standing: MemberStatus | null, activeMembers = 3) =>
    decideAdmission({ archived: false, standing, activeMembers, limit: 10 });

  it("admits a pending request while there is room", () => {
    expect(admission("requested")).toEqual({ ok: true });
    expect(admission("requested", 10)).toEqual({ ok: false, reason: "full" });
    expect(admission("left")).toEqual({ ok: false, reason: "no-request" });
    expect(admission(null)).toEqual({ ok: false, reason: "no-request" });
    expect(
      decideAdmission({ archived: true, standing: "requested", activeMembers: 0, limit: 10 }),
    ).toEqual({ ok: false, reason: "archived" });
  });
});

describe("who sees what", () => {
  it("shows an invite-only group only to its members and the people invited", () => {
    for (const standing of [null, ...MEMBER_STATUSES]) {
      expect(canSeeGroup("open", standing)).toBe(true);
      expect(canSeeGroup("request", standing)).toBe(true);
      expect(canSeeGroup("invite-only", standing)).toBe(
        standing === "active" || standing === "invited",
      );
    }
  });

  it("lets only active members who accepted the current agreement inside", () => {
    expect(canReadInside({ standing: "active", acceptedVersion: 2, currentVersion: 2 })).toBe(true);
    expect(canReadInside({ standing: "active", acceptedVersion: 1, currentVersion: 2 })).toBe(
      false,
    );
    for (const standing of MEMBER_STATUSES.filter((s) => s !== "active"))
      expect(canReadInside({ standing, acceptedVersion: 2, currentVersion: 2 })).toBe(false);
  });

  it("lets facilitators and co-facilitators run the group while they are active", () => {
    expect(facilitates("facilitator", "active")).toBe(true);
    expect(facilitates("co-facilitator", "active")).toBe(true);
    expect(facilitates("member", "active")).toBe(false);
    expect(facilitates("facilitator", "left")).toBe(false);
    expect(facilitates(null, null)).toBe(false);
  });
});
