import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { NoticeTiming, Recipient } from "./notices";
import { decideNotice } from "./notices";
import { NOTICE_KINDS } from "./vocabulary";

const london: Recipient = {
  timeZone: "Europe/London",
  quietHours: { start: "21:00", end: "07:30" },
};
const at = (iso: string) => new Date(iso);
const session = (
  start: string,
  minutes = 50,
): Pick<NoticeTiming, "sessionStart" | "sessionEnd"> => ({
  sessionStart: at(start),
  sessionEnd: new Date(at(start).getTime() + minutes * 60_000),
});

describe("decideNotice", () => {
  it("sends at once outside quiet hours", () => {
    expect(
      decideNotice(
        { kind: "booked", ...session("2026-12-03T10:00:00Z") },
        london,
        at("2026-12-01T12:00:00Z"),
      ),
    ).toEqual({ send: "now" });
  });

  it("holds a booking made at night until the quiet hours end, on the recipient's clock", () => {
    // 23:00 in London in winter (UTC+0): quiet until 07:30.
    expect(
      decideNotice(
        { kind: "booked", ...session("2026-12-03T10:00:00Z") },
        london,
        at("2026-12-01T23:00:00Z"),
      ),
    ).toEqual({ send: "later", at: at("2026-12-02T07:30:00Z") });
    // In summer (UTC+1) 07:30 local is 06:30 UTC.
    expect(
      decideNotice(
        { kind: "promoted", ...session("2026-07-03T10:00:00Z") },
        london,
        at("2026-07-01T22:30:00Z"),
      ),
    ).toEqual({ send: "later", at: at("2026-07-02T06:30:00Z") });
  });

  it("sends a same-day change or cancellation even in quiet hours", () => {
    const early = at("2026-12-02T06:45:00Z"); // 06:45 in London, quiet
    expect(
      decideNotice({ kind: "changed", ...session("2026-12-02T09:00:00Z") }, london, early),
    ).toEqual({ send: "now" });
    expect(
      decideNotice({ kind: "cancelled", ...session("2026-12-02T15:00:00Z") }, london, early),
    ).toEqual({ send: "now" });
    // Moved away from today to next week: still today's plans that change.
    expect(
      decideNotice(
        {
          kind: "changed",
          ...session("2026-12-09T09:00:00Z"),
          previousStart: at("2026-12-02T09:00:00Z"),
        },
        london,
        early,
      ),
    ).toEqual({ send: "now" });
  });

  it("holds a change for another day, and every booking, reminder and promotion, until morning", () => {
    const early = at("2026-12-02T06:45:00Z");
    const morning = { send: "later", at: at("2026-12-02T07:30:00Z") };
    expect(
      decideNotice({ kind: "changed", ...session("2026-12-04T09:00:00Z") }, london, early),
    ).toEqual(morning);
    expect(
      decideNotice({ kind: "booked", ...session("2026-12-02T09:00:00Z") }, london, early),
    ).toEqual(morning);
    expect(
      decideNotice({ kind: "reminder", ...session("2026-12-02T09:00:00Z") }, london, early),
    ).toEqual(morning);
  });

  it("drops a reminder that could only arrive after the session began, and notices about past sessions", () => {
    expect(
      decideNotice(
        { kind: "reminder", ...session("2026-12-02T07:00:00Z") },
        london,
        at("2026-12-02T06:00:00Z"),
      ),
    ).toMatchObject({ send: "never" });
    expect(
      decideNotice(
        { kind: "booked", ...session("2026-12-01T09:00:00Z") },
        london,
        at("2026-12-02T12:00:00Z"),
      ),
    ).toMatchObject({ send: "never" });
  });

  it("never sends inside quiet hours unless it is a same-day change (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOTICE_KINDS),
        fc.date({
          min: at("2026-01-01T00:00:00Z"),
          max: at("2027-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: -48 * 60, max: 14 * 24 * 60 }),
        fc.constantFrom("Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata"),
        (kind, now, offsetMinutes, timeZone) => {
          const recipient = { timeZone, quietHours: { start: "22:00", end: "07:00" } };
          const start = new Date(now.getTime() + offsetMinutes * 60_000);
          const notice = {
            kind,
            sessionStart: start,
            sessionEnd: new Date(start.getTime() + 3_000_000),
          };
          const decision = decideNotice(notice, recipient, now);
          if (decision.send === "later") {
            expect(decision.at.getTime()).toBeGreaterThan(now.getTime());
            if (kind === "reminder") expect(decision.at.getTime()).toBeLessThan(start.getTime());
          }
          if (decision.send === "now" && kind !== "changed" && kind !== "cancelled") {
            const local = new Intl.DateTimeFormat("en-GB", {
              timeZone,
              hour: "2-digit",
              minute: "2-digit",
              hourCycle: "h23",
            }).format(now);
            expect(local >= "07:00" && local < "22:00").toBe(true);
          }
        },
      ),
    );
  });
});
