import { describe, expect, it } from "vitest";

import { personOutput, supervisionCounterpartOutput } from "./router/identity/identity.schemas";
import { sharedResultOutput, sharedSummaryOutput } from "./router/self-check/self-check.schemas";

const id = "4b1c5d36-5c2f-4f57-9a0e-0b8c1e7a2f10";
const when = new Date("2026-11-02T09:00:00Z");

describe("output contracts where another person's data leaves", () => {
  it("drops a column a query adds to a shared result, such as the answers", () => {
    const row = {
      id,
      ownerName: "Sam Rivera",
      instrumentId: "pulse",
      completedAt: when,
      sharedAt: when,
      note: "",
      instrumentVersion: "pulse@2026.1",
      instrument: { id: "pulse" },
      result: {
        instrumentId: "pulse",
        instrumentVersion: "pulse@2026.1",
        subscales: [
          {
            subscaleId: "pulse",
            name: "Pulse",
            score: 60,
            display: 60,
            scored: true,
            answered: 5,
            required: 5,
            answers: { q1: 3 },
          },
        ],
        answers: { q1: 3 },
      },
      answers: { q1: 3 },
      ownerEmail: "sam@example.org",
    };
    const sent = JSON.stringify(sharedResultOutput.parse(row));
    expect(sent).not.toContain("answers");
    expect(sent).not.toContain("sam@example.org");
    expect(sent).toContain('"score":60');
  });

  it("drops unknown columns from shared-result summaries, people and supervision lists", () => {
    const extra = { passwordHash: "argon2id$secret", timeZone: "Europe/London" };
    const summary = sharedSummaryOutput.parse({
      id,
      ownerName: "Sam",
      instrumentId: "pulse",
      instrumentName: "Pulse",
      completedAt: when,
      sharedAt: when,
      note: "",
      ...extra,
    });
    const person = personOutput.parse({
      membershipId: id,
      userId: id,
      name: "Sam",
      email: "sam@example.org",
      roles: ["clinician"],
      title: null,
      teams: [],
      joinedAt: when,
      deactivatedAt: null,
      ...extra,
    });
    const counterpart = supervisionCounterpartOutput.parse({
      membershipId: id,
      userId: id,
      name: "Sam",
      email: "sam@example.org",
      ...extra,
    });
    for (const parsed of [summary, person, counterpart]) {
      expect(Object.keys(parsed)).not.toContain("passwordHash");
      expect(Object.keys(parsed)).not.toContain("timeZone");
    }
  });

  it("refuses a shared result whose scores are malformed rather than sending it", () => {
    expect(() =>
      sharedResultOutput.parse({
        id,
        ownerName: "Sam",
        instrumentId: "pulse",
        completedAt: when,
        sharedAt: when,
        note: "",
        instrumentVersion: "pulse@2026.1",
        instrument: {},
        result: { instrumentId: "mbi", instrumentVersion: "x", subscales: [] },
      }),
    ).toThrow();
  });
});
