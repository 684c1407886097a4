import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { PostAuthorship } from "./discussion";
import { AUTO_HIDE_FLAGS } from "./agreement";
import {
  authorShown,
  canReadPost,
  isMuted,
  muteEnd,
  POST_STATES,
  stateAfterFlag,
} from "./discussion";
import { MEMBER_STATUSES } from "./membership";

const AUTHOR = "author";
const post = (change: Partial<PostAuthorship> = {}): PostAuthorship => ({
  authorMembershipId: AUTHOR,
  anonymous: false,
  authorStanding: "active",
  reported: false,
  ...change,
});
const member = { membershipId: "reader", reviewing: false };
const reviewer = { membershipId: "facilitator", reviewing: true };

describe("who a post is shown as", () => {
  it("names the author of a named post while they are in the group", () => {
    expect(authorShown(post(), member)).toEqual({ as: "named", membershipId: AUTHOR });
  });

  it("shows a named post of someone who left or was removed as a former member's", () => {
    for (const authorStanding of ["left", "removed", null] as const)
      expect(authorShown(post({ authorStanding }), member)).toEqual({ as: "former-member" });
  });

  it("tells the author that a post is theirs, anonymous or not", () => {
    expect(authorShown(post({ anonymous: true }), { ...member, membershipId: AUTHOR })).toEqual({
      as: "you",
    });
  });

  it("reveals an anonymous author only to a reviewing facilitator, and only once reported", () => {
    expect(authorShown(post({ anonymous: true }), reviewer)).toEqual({ as: "member" });
    expect(authorShown(post({ anonymous: true, reported: true }), member)).toEqual({
      as: "member",
    });
    expect(authorShown(post({ anonymous: true, reported: true }), reviewer)).toEqual({
      as: "reported",
      membershipId: AUTHOR,
    });
  });

  it("never gives an anonymous author's identity to anyone but a reviewer of a reported post", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEMBER_STATUSES, null),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("reader", "facilitator", AUTHOR),
        (authorStanding, reported, reviewing, membershipId) => {
          const shown = authorShown(post({ anonymous: true, authorStanding, reported }), {
            membershipId,
            reviewing,
          });
          if ("membershipId" in shown) expect(reviewing && reported).toBe(true);
          // Leaving the group does not unmask an anonymous post.
          expect(shown.as).not.toBe("former-member");
        },
      ),
    );
  });
});

describe("flags", () => {
  it(`hides a visible post once ${AUTO_HIDE_FLAGS} members flag it, not before`, () => {
    expect(stateAfterFlag("visible", AUTO_HIDE_FLAGS - 1)).toBe("visible");
    expect(stateAfterFlag("visible", AUTO_HIDE_FLAGS)).toBe("hidden");
    expect(stateAfterFlag("visible", AUTO_HIDE_FLAGS + 4)).toBe("hidden");
  });

  it("leaves a hidden or removed post as it is", () => {
    fc.assert(
      fc.property(fc.constantFrom("hidden", "removed" as const), fc.nat(20), (state, flags) => {
        expect(stateAfterFlag(state, flags)).toBe(state);
      }),
    );
  });
});

describe("reading a post", () => {
  const reader = { membershipId: "reader", facilitates: false };
  const facilitator = { membershipId: "facilitator", facilitates: true };
  const author = { membershipId: AUTHOR, facilitates: false };
  const of = (state: (typeof POST_STATES)[number], deleted = false) => ({
    state,
    deleted,
    authorMembershipId: AUTHOR,
  });

  it("shows a visible post to every member", () => {
    for (const r of [reader, facilitator, author]) expect(canReadPost(of("visible"), r)).toBe(true);
  });

  it("keeps a hidden post from members, but not from its author or the facilitators", () => {
    expect(canReadPost(of("hidden"), reader)).toBe(false);
    expect(canReadPost(of("hidden"), facilitator)).toBe(true);
    expect(canReadPost(of("hidden"), author)).toBe(true);
  });

  it("shows the words of a removed or deleted post to nobody", () => {
    for (const r of [reader, facilitator, author]) {
      expect(canReadPost(of("removed"), r)).toBe(false);
      for (const state of POST_STATES) expect(canReadPost(of(state, true), r)).toBe(false);
    }
  });
});

describe("muting", () => {
  const now = new Date("2026-11-29T10:00:00Z");

  it("mutes until the end of the period, and not after", () => {
    const until = muteEnd(7, now);
    expect(until.toISOString()).toBe("2026-12-06T10:00:00.000Z");
    expect(isMuted(until, now)).toBe(true);
    expect(isMuted(until, until)).toBe(false);
    expect(isMuted(null, now)).toBe(false);
  });
});
