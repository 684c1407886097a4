/**
 * Copenhagen Burnout Inventory (Kristensen et al. 2005, English PUMA version), from
 * /work/shared/instruments/cbi.json.
 *
 * Answers are stored as their 0–100 scores; a scale score is the mean of its answered items.
 * There is no total score, and the only threshold is the ≥ 50 "high degree of burnout"
 * marker (Borritz & Kristensen 2004). The 4-band schemes seen in other tools have no primary
 * source and are deliberately not used.
 */
import type { Instrument, Item, Marker, ResponseOption, SubscaleIds } from "./types";
import { deepFreeze, itemId, itemIdsOf } from "./define";

type CbiSubscaleId = SubscaleIds["cbi"];
type ResponseFormat = "frequency" | "degree" | "frequency_reversed";

const PERSONAL: CbiSubscaleId = "personal_burnout";
const WORK: CbiSubscaleId = "work_related_burnout";
const CLIENT: CbiSubscaleId = "client_related_burnout";

const RESPONSE_OPTIONS: Record<ResponseFormat, readonly ResponseOption[]> = {
  frequency: [
    { value: 100, label: "Always" },
    { value: 75, label: "Often" },
    { value: 50, label: "Sometimes" },
    { value: 25, label: "Seldom" },
    { value: 0, label: "Never/almost never" },
  ],
  degree: [
    { value: 100, label: "To a very high degree" },
    { value: 75, label: "To a high degree" },
    { value: 50, label: "Somewhat" },
    { value: 25, label: "To a low degree" },
    { value: 0, label: "To a very low degree" },
  ],
  // Item 13 only: the same labels as `frequency`, with the stored score reversed.
  frequency_reversed: [
    { value: 0, label: "Always" },
    { value: 25, label: "Often" },
    { value: 50, label: "Sometimes" },
    { value: 75, label: "Seldom" },
    { value: 100, label: "Never/almost never" },
  ],
};

/** The PUMA convention: a scale score of 50 or more is a "high degree of burnout". */
export const CBI_HIGH_BURNOUT_THRESHOLD = 50;

// [number, text, subscale, response format], PUMA English order for personal and work items;
// the client order (hard / frustrating / drain / give more / tired / how long) follows the
// sources named in cbi.json's notes.
const ITEM_TABLE: readonly [number, string, CbiSubscaleId, ResponseFormat][] = [
  [1, "How often do you feel tired?", PERSONAL, "frequency"],
  [2, "How often are you physically exhausted?", PERSONAL, "frequency"],
  [3, "How often are you emotionally exhausted?", PERSONAL, "frequency"],
  [4, 'How often do you think: "I can\'t take it anymore"?', PERSONAL, "frequency"],
  [5, "How often do you feel worn out?", PERSONAL, "frequency"],
  [6, "How often do you feel weak and susceptible to illness?", PERSONAL, "frequency"],
  [7, "Is your work emotionally exhausting?", WORK, "degree"],
  [8, "Do you feel burnt out because of your work?", WORK, "degree"],
  [9, "Does your work frustrate you?", WORK, "degree"],
  [10, "Do you feel worn out at the end of the working day?", WORK, "frequency"],
  [
    11,
    "Are you exhausted in the morning at the thought of another day at work?",
    WORK,
    "frequency",
  ],
  [12, "Do you feel that every working hour is tiring for you?", WORK, "frequency"],
  [
    13,
    "Do you have enough energy for family and friends during leisure time?",
    WORK,
    "frequency_reversed",
  ],
  [14, "Do you find it hard to work with clients?", CLIENT, "degree"],
  [15, "Do you find it frustrating to work with clients?", CLIENT, "degree"],
  [16, "Does it drain your energy to work with clients?", CLIENT, "degree"],
  [
    17,
    "Do you feel that you give more than you get back when you work with clients?",
    CLIENT,
    "degree",
  ],
  [18, "Are you tired of working with clients?", CLIENT, "frequency"],
  [
    19,
    "Do you sometimes wonder how long you will be able to continue working with clients?",
    CLIENT,
    "frequency",
  ],
];

const items: Item[] = ITEM_TABLE.map(([number, text, subscaleId, responseFormat]) => ({
  id: itemId(number),
  number,
  text,
  options: RESPONSE_OPTIONS[responseFormat],
  subscaleId,
  // Item 13 is reverse-scored, but the reversal is carried by its option values
  // (frequency_reversed), so the scorer must not recode it again.
  reverse: false,
  responseFormat,
}));

const marker = (scope: string): Marker => ({
  id: "high_burnout",
  label: "High degree of burnout",
  threshold: CBI_HIGH_BURNOUT_THRESHOLD,
  meaning: `Your score is 50 or more, which the questionnaire's authors describe as a high degree of ${scope} burnout. This is a screening result, not a diagnosis, and a good reason to talk with someone you trust about how you are doing.`,
  belowMeaning: `Your score is below 50, the level the questionnaire's authors use for a high degree of ${scope} burnout. Higher scores mean more exhaustion; watching how it changes over time tells you more than one number.`,
});

export const CBI: Instrument = deepFreeze({
  id: "cbi",
  version: "cbi@2005.1",
  name: "Copenhagen Burnout Inventory (CBI)",
  shortName: "CBI",
  description:
    "A 19-question check of physical and psychological exhaustion in your life in general, at work and in your work with clients.",
  // Our wording: the PUMA source gives no respondent instructions.
  instructions:
    "These questions are about how tired and worn out you feel. For each one, choose the answer that fits you best at present. If you do not work directly with clients, leave the questions about clients blank.",
  validated: true,
  estimatedMinutes: 4,
  items,
  requiresAllItems: false,
  subscales: [
    {
      id: PERSONAL,
      name: "Personal burnout",
      description:
        "How physically and psychologically tired and exhausted you feel in general, whether or not it comes from work.",
      higherIsBetter: false,
      itemIds: itemIdsOf(items, PERSONAL),
      range: { min: 0, max: 100 },
      // Verified (PUMA): fewer than three answers → non-responder on this scale.
      scoring: { method: "mean", minAnswered: 3 },
      marker: marker("personal"),
    },
    {
      id: WORK,
      name: "Work-related burnout",
      description: "How much tiredness and exhaustion you connect with your work.",
      higherIsBetter: false,
      itemIds: itemIdsOf(items, WORK),
      range: { min: 0, max: 100 },
      // Verified (PUMA): fewer than four answers → non-responder on this scale.
      scoring: { method: "mean", minAnswered: 4 },
      marker: marker("work-related"),
    },
    {
      id: CLIENT,
      name: "Client-related burnout",
      description: "How much tiredness and exhaustion you connect with your work with clients.",
      higherIsBetter: false,
      itemIds: itemIdsOf(items, CLIENT),
      range: { min: 0, max: 100 },
      // UNCONFIRMED: the minimum of 3 comes only from a secondary source (the PUMA client
      // section was not seen). Revisit, and bump the version, if the primary source differs.
      scoring: { method: "mean", minAnswered: 3 },
      marker: marker("client-related"),
    },
  ],
  attribution: {
    text: "Copenhagen Burnout Inventory (CBI). Kristensen, Borritz, Villadsen & Christensen (2005), National Research Centre for the Working Environment (NFA), Denmark.",
  },
  citation:
    "Kristensen, T. S., Borritz, M., Villadsen, E., & Christensen, K. B. (2005). The Copenhagen Burnout Inventory: A new tool for the assessment of burnout. Work & Stress, 19(3), 192-207. https://doi.org/10.1080/02678370500297720",
  licenceNote:
    "Unconfirmed: NFA offers the English CBI as a free download, but no licence text has been found. Keep the Kristensen et al. (2005) citation, never sell the questionnaire, and confirm the terms with NFA before a commercial release.",
  // Our wording: the CBI items are in the present tense and give no time frame.
  periodLabel: "at present",
} satisfies Instrument);
