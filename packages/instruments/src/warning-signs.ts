/**
 * The warning-signs checklist: Tend's own, built on the five symptom families of the design
 * brief, three first-person statements each. Not a validated instrument.
 *
 * A family is flagged when any of its statements is "Often" or at least two are "Sometimes".
 */
import type { Instrument, Item, ResponseOption, Subscale, WarningSignFamily } from "./types";
import { deepFreeze, itemId, itemIdsOf } from "./define";

const OPTIONS: readonly ResponseOption[] = [
  { value: 0, label: "Rarely or never" },
  { value: 1, label: "Sometimes" },
  { value: 2, label: "Often" },
];

interface FamilySpec {
  readonly id: WarningSignFamily;
  readonly name: string;
  readonly description: string;
  readonly statements: readonly [string, string, string];
  readonly flaggedMeaning: string;
}

const FAMILIES: readonly FamilySpec[] = [
  {
    id: "physical",
    name: "Physical",
    description: "Signs in your body, such as tiredness, aches and poor sleep.",
    statements: [
      "I have felt exhausted, even after rest.",
      "I have had headaches or other aches and pains.",
      "I have had trouble falling asleep or staying asleep.",
    ],
    flaggedMeaning:
      "Your body may be telling you that you need more rest and recovery than you are getting.",
  },
  {
    id: "emotional",
    name: "Emotional",
    description: "Signs in how you feel, such as numbness, distance or being easily overwhelmed.",
    statements: [
      "I have felt numb or emotionally flat.",
      "I have felt distant from the people I work with or care about.",
      "I have been more affected than usual by other people's pain.",
    ],
    flaggedMeaning:
      "Your feelings may be carrying more of your work than usual. Talking it through with someone you trust can help.",
  },
  {
    id: "cognitive",
    name: "Cognitive",
    description:
      "Signs in how you think, such as poor concentration, forgetfulness or unwanted thoughts about clients' experiences.",
    statements: [
      "I have found it hard to concentrate.",
      "I have forgotten things I would usually remember.",
      "I have had unwanted thoughts or images of my clients' difficult experiences.",
    ],
    flaggedMeaning:
      "Your mind may be finding it hard to put work down. Clear ends to the working day can help.",
  },
  {
    id: "behavioural",
    name: "Behavioural",
    description:
      "Signs in what you do, such as irritability, pulling away from people or leaning on unhealthy habits.",
    statements: [
      "I have been more irritable or short-tempered than usual.",
      "I have pulled away from friends, family or people I love.",
      "I have relied more on alcohol, food, screens or other habits to get through the day.",
    ],
    flaggedMeaning:
      "The strain may be showing in how you spend your time and with whom. The people and activities outside work that restore you matter here.",
  },
  {
    id: "professional",
    name: "Professional",
    description:
      "Signs in your work itself, such as less empathy, less motivation or a sense that your care is slipping.",
    statements: [
      "I have found it harder to feel empathy for the people I work with.",
      "I have lost motivation for my work.",
      "I have felt that the quality of my work has slipped.",
    ],
    flaggedMeaning:
      "Your work may feel less rewarding than it used to. Reconnecting with what drew you to it, and with support from colleagues, can help.",
  },
];

const items: Item[] = FAMILIES.flatMap((family, f) =>
  family.statements.map((text, s) => {
    const number = f * 3 + s + 1;
    return {
      id: itemId(number),
      number,
      text,
      options: OPTIONS,
      subscaleId: family.id,
      reverse: false,
    };
  }),
);

const subscales: Subscale[] = FAMILIES.map((family) => ({
  id: family.id,
  name: family.name,
  description: family.description,
  higherIsBetter: false,
  itemIds: itemIdsOf(items, family.id),
  range: { min: 0, max: 6 },
  scoring: { method: "checklist", sometimesNeeded: 2 },
  flaggedMeaning: `${family.flaggedMeaning} This is a screening result, not a diagnosis.`,
  notFlaggedMeaning: "No strong warning signs here over the last two weeks.",
}));

export const WARNING_SIGNS: Instrument = deepFreeze({
  id: "warning-signs",
  version: "warning-signs@1",
  name: "Warning signs of compassion fatigue",
  shortName: "Warning signs",
  description:
    "A checklist of common warning signs of compassion fatigue in five areas of life; it is Tend's own checklist, not a validated instrument.",
  instructions:
    "Think about the last two weeks. For each statement, choose how often it has been true for you.",
  validated: false,
  estimatedMinutes: 3,
  items,
  requiresAllItems: true,
  subscales,
  periodLabel: "over the last two weeks",
} satisfies Instrument);
