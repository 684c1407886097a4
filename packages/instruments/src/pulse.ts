/**
 * The weekly pulse: Tend's own five-question check-in. Not a validated instrument and
 * without clinical bands — it is for noticing trends.
 *
 * Each item is its own subscale (its answer as given, 1–5), and the "pulse" subscale is an
 * index: the mean of the five answers, emotional load reversed (6 − answer), rescaled so
 * 1 → 0 and 5 → 100.
 */
import type { Instrument, Item, Subscale, SubscaleIds } from "./types";
import { deepFreeze, itemId } from "./define";

type PulseItemSubscaleId = Exclude<SubscaleIds["pulse"], "pulse">;

interface PulseItemSpec {
  readonly subscaleId: PulseItemSubscaleId;
  readonly name: string;
  readonly text: string;
  /** Labels for 1–5, from lowest to highest. */
  readonly labels: readonly [string, string, string, string, string];
  /** Higher answers mean a harder week. */
  readonly reverse: boolean;
  readonly description: string;
}

const SPECS: readonly PulseItemSpec[] = [
  {
    subscaleId: "energy",
    name: "Energy",
    text: "How has your energy been this week?",
    labels: ["Very low", "Low", "Okay", "Good", "Very good"],
    reverse: false,
    description: "How much energy you have had this week.",
  },
  {
    subscaleId: "sleep",
    name: "Sleep",
    text: "How well have you slept this week?",
    labels: ["Very poorly", "Poorly", "Fairly well", "Well", "Very well"],
    reverse: false,
    description: "How well you have slept this week.",
  },
  {
    subscaleId: "emotional_load",
    name: "Emotional load",
    text: "How heavy has the emotional load of your work felt this week?",
    labels: ["Very light", "Light", "Moderate", "Heavy", "Very heavy"],
    reverse: true,
    description: "How heavy the emotional side of your work has felt this week; higher is heavier.",
  },
  {
    subscaleId: "connection",
    name: "Feeling connected",
    text: "How connected have you felt to the people around you this week?",
    labels: ["Not at all", "A little", "Somewhat", "Mostly", "Very much"],
    reverse: false,
    description: "How connected you have felt to colleagues, friends and family this week.",
  },
  {
    subscaleId: "switching_off",
    name: "Switching off",
    text: "How easily have you been able to switch off after work this week?",
    labels: ["Not at all", "Rarely", "On some days", "On most days", "Easily, every day"],
    reverse: false,
    description: "How easily you have left work behind at the end of the day this week.",
  },
];

const items: Item[] = SPECS.map((spec, index) => ({
  id: itemId(index + 1),
  number: index + 1,
  text: spec.text,
  options: spec.labels.map((label, i) => ({ value: i + 1, label })),
  subscaleId: spec.subscaleId,
  reverse: spec.reverse,
}));

const itemSubscales: Subscale[] = SPECS.map((spec, index) => ({
  id: spec.subscaleId,
  name: spec.name,
  description: spec.description,
  higherIsBetter: !spec.reverse,
  itemIds: [itemId(index + 1)],
  range: { min: 1, max: 5 },
  scoring: { method: "value" },
}));

export const PULSE: Instrument = deepFreeze({
  id: "pulse",
  version: "pulse@1",
  name: "Weekly pulse",
  shortName: "Pulse",
  description:
    "Five quick questions about your week that take under a minute; it is Tend's own check-in, not a validated instrument.",
  instructions: "Think about the past week and choose the answer that fits best for each question.",
  validated: false,
  estimatedMinutes: 1,
  items,
  requiresAllItems: true,
  subscales: [
    {
      id: "pulse",
      name: "Pulse",
      description:
        "An overall picture of your week from 0 to 100, where higher means a better week. It is not a clinical score; it is most useful as a trend.",
      higherIsBetter: true,
      itemIds: items.map((item) => item.id),
      range: { min: 0, max: 100 },
      scoring: { method: "index" },
    },
    ...itemSubscales,
  ],
  periodLabel: "in the past week",
} satisfies Instrument);
