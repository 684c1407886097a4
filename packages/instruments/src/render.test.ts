import { describe, expect, it } from "vitest";

import type { Item } from "./index";
import {
  CBI,
  DEFAULT_ROLE_WORDS,
  INSTRUMENTS,
  PROQOL5,
  renderInstructions,
  renderItemText,
  renderPlaceholders,
} from "./index";

const item = (number: number): Item => {
  const found = PROQOL5.items[number - 1];
  if (!found) throw new Error(`No item ${number}`);
  return found;
};

const COUNSELLOR = {
  help: "counsel",
  helper: "counsellor",
  helping: "counselling",
  helped: "counselled",
  work: "client",
};

describe("role words", () => {
  it("uses plain words by default", () => {
    expect(DEFAULT_ROLE_WORDS).toEqual({
      help: "help",
      helper: "helper",
      helping: "helping",
      helped: "helped",
      work: "work",
    });
    expect(renderItemText(PROQOL5, item(2))).toBe(
      "I am preoccupied with more than one person I help.",
    );
    expect(renderItemText(PROQOL5, item(11))).toBe(
      'Because of my helping, I have felt "on edge" about various things.',
    );
    expect(renderItemText(PROQOL5, item(14))).toBe(
      "I feel as though I am experiencing the trauma of someone I have helped.",
    );
    expect(renderItemText(PROQOL5, item(21))).toBe(
      "I feel overwhelmed because my case work load seems endless.",
    );
    expect(renderInstructions(PROQOL5)).toMatch(
      /^When you help people you have direct contact with their lives\./,
    );
    expect(renderInstructions(PROQOL5)).toContain("both positive and negative, as a helper.");
  });

  it("leaves no brackets in any rendered text", () => {
    for (const instrument of INSTRUMENTS) {
      expect(renderInstructions(instrument)).not.toMatch(/[[\]]/);
      for (const i of instrument.items)
        expect(renderItemText(instrument, i, COUNSELLOR)).not.toMatch(/[[\]]/);
    }
  });

  it("uses an organisation's role words", () => {
    expect(renderItemText(PROQOL5, item(7), COUNSELLOR)).toBe(
      "I find it difficult to separate my personal life from my life as a counsellor.",
    );
    expect(renderItemText(PROQOL5, item(3), COUNSELLOR)).toBe(
      "I get satisfaction from being able to counsel people.",
    );
    expect(renderItemText(PROQOL5, item(16), COUNSELLOR)).toBe(
      "I am pleased with how I am able to keep up with counselling techniques and protocols.",
    );
    expect(renderItemText(PROQOL5, item(14), COUNSELLOR)).toBe(
      "I feel as though I am experiencing the trauma of someone I have counselled.",
    );
    expect(renderItemText(PROQOL5, item(21), COUNSELLOR)).toBe(
      "I feel overwhelmed because my case client load seems endless.",
    );
    expect(renderInstructions(PROQOL5, COUNSELLOR)).toContain(
      "When you counsel people you have direct contact with their lives. As you may have found, your compassion for those you counsel",
    );
  });

  it("leaves item 20's unbracketed 'help' alone", () => {
    expect(renderItemText(PROQOL5, item(20), COUNSELLOR)).toBe(
      "I have happy thoughts and feelings about those I counsel and how I could help them.",
    );
    expect(renderItemText(PROQOL5, item(20), { help: "nurse" })).toBe(
      "I have happy thoughts and feelings about those I nurse and how I could help them.",
    );
  });

  it("falls back to the plain word for any role word not given, or blank", () => {
    expect(renderItemText(PROQOL5, item(10), { help: "nurse" })).toBe(
      "I feel trapped by my job as a helper.",
    );
    expect(renderItemText(PROQOL5, item(10), { helper: "  " })).toBe(
      "I feel trapped by my job as a helper.",
    );
    expect(renderItemText(PROQOL5, item(10), { helper: " nurse " })).toBe(
      "I feel trapped by my job as a nurse.",
    );
  });

  it("touches only the five placeholders", () => {
    expect(renderPlaceholders("[helpers] [Help] [work] help", { work: "case" })).toBe(
      "[helpers] [Help] case help",
    );
    for (const cbiItem of CBI.items)
      expect(renderItemText(CBI, cbiItem, COUNSELLOR)).toBe(cbiItem.text);
  });
});
