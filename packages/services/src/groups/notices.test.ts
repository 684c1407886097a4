import { describe, expect, it } from "vitest";

import { decideGroupNotice } from "./notices";

/** A recipient in London with quiet hours from 20:00 to 07:30. */
const recipient = {
  membershipId: "m",
  name: "Ana",
  email: "ana@example.test",
  timeZone: "Europe/London",
  quietHours: { start: "20:00", end: "07:30" },
  deactivatedAt: null,
};
const meeting = {
  id: "g",
  cancelledAt: null,
  title: "Circle",
  durationMinutes: 60,
  place: "",
  link: "",
};
const at = (iso: string) => new Date(iso);

describe("when a peer-group e-mail goes", () => {
  it("holds a review's outcome or a mute through quiet hours, until they end", () => {
    const notice = {
      kind: "post-removed" as const,
      startsAt: null,
      previousStart: null,
      meeting: null,
      recipient,
    };
    expect(decideGroupNotice(notice, at("2026-12-01T12:00:00Z"))).toEqual({ send: "now" });
    expect(decideGroupNotice(notice, at("2026-12-01T23:00:00Z"))).toEqual({
      send: "later",
      at: at("2026-12-02T07:30:00Z"),
    });
  });

  it("holds a meeting reminder through quiet hours, and drops one that could only arrive once the meeting began", () => {
    const reminder = (startsAt: string) => ({
      kind: "meeting-reminder" as const,
      startsAt: at(startsAt),
      previousStart: null,
      meeting,
      recipient,
    });
    expect(decideGroupNotice(reminder("2026-12-02T12:00:00Z"), at("2026-12-01T23:00:00Z"))).toEqual(
      {
        send: "later",
        at: at("2026-12-02T07:30:00Z"),
      },
    );
    expect(
      decideGroupNotice(reminder("2026-12-02T07:00:00Z"), at("2026-12-01T23:00:00Z")),
    ).toMatchObject({
      send: "never",
    });
  });

  it("sends a change of today's meeting at once, even in quiet hours", () => {
    const moved = {
      kind: "meeting-changed" as const,
      startsAt: at("2026-12-01T21:30:00Z"),
      previousStart: at("2026-12-01T20:30:00Z"),
      meeting,
      recipient,
    };
    expect(decideGroupNotice(moved, at("2026-12-01T20:10:00Z"))).toEqual({ send: "now" });
  });
});
