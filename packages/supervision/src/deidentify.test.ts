import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { IdentifierKind } from "./index";
import { findPossibleIdentifiers, highlightSegments } from "./index";

/** Text that must raise a warning, with the kind and the exact text it flags. */
const POSITIVE: readonly [string, IdentifierKind, string][] = [
  ["Mrs Patel has missed three sessions", "titled-name", "Mrs Patel"],
  ["I saw Dr. Amara Okafor's client today", "titled-name", "Dr. Amara Okafor's"],
  ["Mx Rivers said", "titled-name", "Mx Rivers"],
  ["She told me John Smith hurt her", "full-name", "John Smith"],
  ["working with Siobhan O'Neill-Byrne since May", "full-name", "Siobhan O'Neill-Byrne"],
  ["born 03/04/1987 in Leeds", "date", "born 03/04/1987 in Leeds"],
  ["Born 12/03/1961, call 07700 900123", "date", "Born 12/03/1961"],
  ["DOB 4 March 1987, seen weekly", "date", "DOB 4 March 1987"],
  ["DOB: 12.11.1979", "date", "DOB: 12.11.1979"],
  ["on 14 March 1992 she", "date", "14 March 1992"],
  ["since February 3rd, 2001", "date", "February 3rd, 2001"],
  ["the file says 1988-07-21", "date", "1988-07-21"],
  ["call her on 07700 900123 after", "phone", "07700 900123"],
  ["his number is (555) 123-4567", "phone", "(555) 123-4567"],
  ["+44 20 7946 0958", "phone", "+44 20 7946 0958"],
  ["email jo.bloggs@example.org about it", "email", "jo.bloggs@example.org"],
  ["lives at 42 Acacia Avenue with", "street-address", "42 Acacia Avenue"],
  ["moved to 7b, Mill Lane last year", "street-address", "7b, Mill Lane"],
  ["postcode LS6 2QT", "postcode", "LS6 2QT"],
  ["NHS no. 943 476 5919", "record-number", "NHS no. 943 476 5919"],
  ["the referral: 943 476 5919", "record-number", "943 476 5919"],
  ["SSN 078-05-1120", "record-number", "SSN 078-05-1120"],
  ["MRN: 00482913", "record-number", "MRN: 00482913"],
  ["NI number AB 12 34 56 C", "record-number", "AB 12 34 56 C"],
];

/** De-identified case summaries that must pass without a warning. */
const NEGATIVE: readonly string[] = [
  "Client A, a woman in her thirties, has missed three sessions.",
  "The client described intrusive memories after the fire.",
  "On Monday the team discussed Secondary Traumatic Stress.",
  "I would like help with boundaries and Compassion Fatigue.",
  "Session 4 of 12; PHQ-9 went from 18 to 11 over six weeks.",
  "Aged 34, two children, works night shifts.",
  "We agreed a safety plan. Next review in March.",
  "Referred by the GP; lives with Mother and Brother.",
  "In Group Supervision last week we talked about it.",
  "Score 42 out of 50 on the burnout scale, up 10 since 2024.",
];

describe("findPossibleIdentifiers", () => {
  it.each(POSITIVE)("flags %j as %s", (text, kind, flagged) => {
    const finds = findPossibleIdentifiers(text);
    expect(finds.map((f) => [f.kind, f.text])).toContainEqual([kind, flagged]);
    const find = finds.find((f) => f.kind === kind);
    expect(find && text.slice(find.start, find.end)).toBe(flagged);
  });

  it.each(NEGATIVE)("lets %j pass", (text) => {
    expect(findPossibleIdentifiers(text)).toEqual([]);
  });

  it("reports overlapping finds once, as the most specific kind, in order of position", () => {
    const finds = findPossibleIdentifiers(
      "Mr Jones (jones@example.com, 07700 900123) lives at 3 Elm Road.",
    );
    expect(finds.map((f) => f.kind)).toEqual(["titled-name", "email", "phone", "street-address"]);
  });
});

describe("highlightSegments", () => {
  it("cuts the text into plain and flagged runs that join back into it", () => {
    const text = "Saw Mrs Patel on 03/04/2026.";
    const segments = highlightSegments(text, findPossibleIdentifiers(text));
    expect(segments.map((s) => [s.text, s.find?.kind ?? null])).toEqual([
      ["Saw ", null],
      ["Mrs Patel", "titled-name"],
      [" on ", null],
      ["03/04/2026", "date"],
      [".", null],
    ]);
  });

  it("always joins back into the text, and never overlaps finds (any text)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const finds = findPossibleIdentifiers(text);
        for (let i = 1; i < finds.length; i++) {
          const previous = finds[i - 1];
          const current = finds[i];
          if (previous && current) expect(current.start).toBeGreaterThanOrEqual(previous.end);
        }
        expect(
          highlightSegments(text, finds)
            .map((s) => s.text)
            .join(""),
        ).toBe(text);
      }),
      { seed: 20_261_127, numRuns: 300 },
    );
  });
});
