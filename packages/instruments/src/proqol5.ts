/**
 * ProQOL 5 (Stamm 2009), from /work/shared/instruments/proqol5.json.
 *
 * Scored on raw sums (10–50 per subscale) with the self-score bands ≤22 / 23–41 / ≥42.
 * No t-scores: the manual's raw-to-t conversion has not been obtained.
 * Items, instructions and answer labels are verbatim; only the bracketed role words may be
 * swapped (see render.ts). Changing anything else means calling it "adapted from the ProQOL".
 */
import type { Band, Instrument, Item, ResponseOption, SubscaleIds } from "./types";
import { deepFreeze, itemId, itemIdsOf } from "./define";

type ProqolSubscaleId = SubscaleIds["proqol5"];

const CS: ProqolSubscaleId = "compassion_satisfaction";
const BO: ProqolSubscaleId = "burnout";
const STS: ProqolSubscaleId = "secondary_traumatic_stress";

const OPTIONS: readonly ResponseOption[] = [
  { value: 1, label: "Never" },
  { value: 2, label: "Rarely" },
  { value: 3, label: "Sometimes" },
  { value: 4, label: "Often" },
  { value: 5, label: "Very Often" },
];

// [number, text, subscale, reverse] in form order. Reverse items (all Burnout): 1, 4, 15, 17, 29.
const ITEM_TABLE: readonly [number, string, ProqolSubscaleId, boolean][] = [
  [1, "I am happy.", BO, true],
  [2, "I am preoccupied with more than one person I [help].", STS, false],
  [3, "I get satisfaction from being able to [help] people.", CS, false],
  [4, "I feel connected to others.", BO, true],
  [5, "I jump or am startled by unexpected sounds.", STS, false],
  [6, "I feel invigorated after working with those I [help].", CS, false],
  [7, "I find it difficult to separate my personal life from my life as a [helper].", STS, false],
  [
    8,
    "I am not as productive at work because I am losing sleep over traumatic experiences of a person I [help].",
    BO,
    false,
  ],
  [
    9,
    "I think that I might have been affected by the traumatic stress of those I [help].",
    STS,
    false,
  ],
  [10, "I feel trapped by my job as a [helper].", BO, false],
  [11, 'Because of my [helping], I have felt "on edge" about various things.', STS, false],
  [12, "I like my work as a [helper].", CS, false],
  [13, "I feel depressed because of the traumatic experiences of the people I [help].", STS, false],
  [14, "I feel as though I am experiencing the trauma of someone I have [helped].", STS, false],
  [15, "I have beliefs that sustain me.", BO, true],
  [
    16,
    "I am pleased with how I am able to keep up with [helping] techniques and protocols.",
    CS,
    false,
  ],
  [17, "I am the person I always wanted to be.", BO, true],
  [18, "My work makes me feel satisfied.", CS, false],
  [19, "I feel worn out because of my work as a [helper].", BO, false],
  // The second "help" here is plain text, not a placeholder.
  [
    20,
    "I have happy thoughts and feelings about those I [help] and how I could help them.",
    CS,
    false,
  ],
  [21, "I feel overwhelmed because my case [work] load seems endless.", BO, false],
  [22, "I believe I can make a difference through my work.", CS, false],
  [
    23,
    "I avoid certain activities or situations because they remind me of frightening experiences of the people I [help].",
    STS,
    false,
  ],
  [24, "I am proud of what I can do to [help].", CS, false],
  [25, "As a result of my [helping], I have intrusive, frightening thoughts.", STS, false],
  [26, 'I feel "bogged down" by the system.', BO, false],
  [27, 'I have thoughts that I am a "success" as a [helper].', CS, false],
  [28, "I can't recall important parts of my work with trauma victims.", STS, false],
  [29, "I am a very caring person.", BO, true],
  [30, "I am happy that I chose to do this work.", CS, false],
];

const items: Item[] = ITEM_TABLE.map(([number, text, subscaleId, reverse]) => ({
  id: itemId(number),
  number,
  text,
  options: OPTIONS,
  subscaleId,
  reverse,
}));

/** The same raw-sum bands for every subscale; only the meanings differ. */
const bands = (meanings: Record<Band["id"], string>): Band[] => [
  { id: "low", label: "Low", min: 10, max: 22, meaning: meanings.low },
  { id: "moderate", label: "Moderate", min: 23, max: 41, meaning: meanings.moderate },
  { id: "high", label: "High", min: 42, max: 50, meaning: meanings.high },
];

export const PROQOL5: Instrument = deepFreeze({
  id: "proqol5",
  version: "proqol5@2009.1",
  name: "Professional Quality of Life Scale (ProQOL): Compassion Satisfaction and Compassion Fatigue",
  shortName: "ProQOL 5",
  description:
    "A 30-question check of the good and the hard sides of helping others: compassion satisfaction, burnout and secondary traumatic stress.",
  instructions:
    "When you [help] people you have direct contact with their lives. As you may have found, your compassion for those you [help] can affect you in positive and negative ways. Below are some questions about your experiences, both positive and negative, as a [helper]. Consider each of the following questions about you and your current work situation. Select the number that honestly reflects how frequently you experienced these things in the last 30 days.",
  validated: true,
  estimatedMinutes: 7,
  items,
  requiresAllItems: true,
  // "Select the number that honestly reflects…": the buttons show 1 to 5 beside the words.
  numberedOptions: true,
  subscales: [
    {
      id: CS,
      name: "Compassion Satisfaction",
      description:
        "The pleasure and meaning you get from doing your work well and from helping others.",
      higherIsBetter: true,
      itemIds: itemIdsOf(items, CS),
      range: { min: 10, max: 50 },
      scoring: { method: "sum" },
      bands: bands({
        low: "You are finding little satisfaction in your work at the moment. That is worth noticing: it often follows a hard stretch, and it can return when the load or the support around you changes.",
        moderate:
          "You get a fair amount of satisfaction from your work. Noticing what gives you that sense of meaning can help you protect it.",
        high: "You get a lot of satisfaction from helping others through your work. That is a real source of resilience.",
      }),
    },
    {
      id: BO,
      name: "Burnout",
      description:
        "Feelings of exhaustion, frustration or being stuck that can come from heavy workloads and an unsupportive work setting.",
      higherIsBetter: false,
      itemIds: itemIdsOf(items, BO),
      range: { min: 10, max: 50 },
      scoring: { method: "sum" },
      bands: bands({
        low: "You show few signs of burnout right now, and your work seems to feel manageable.",
        moderate:
          "You show some signs of burnout, such as feeling worn out or bogged down at times. It is worth keeping an eye on, and a good moment to look at your boundaries and rest.",
        high: "You show many signs of burnout right now, such as feeling worn out, trapped or that your efforts make little difference. This is a screening result, not a diagnosis, and a good reason to talk with someone you trust about your workload and support.",
      }),
    },
    {
      id: STS,
      name: "Secondary Traumatic Stress",
      description:
        "The effect of hearing about or witnessing the traumatic experiences of the people you help, such as intrusive thoughts or feeling on edge.",
      higherIsBetter: false,
      itemIds: itemIdsOf(items, STS),
      range: { min: 10, max: 50 },
      scoring: { method: "sum" },
      bands: bands({
        low: "There is little sign that the difficult experiences of the people you help are staying with you.",
        moderate:
          "There are some signs that the difficult experiences of the people you help are affecting you. This is common in this work and worth keeping an eye on.",
        high: "There are many signs that the traumatic experiences of the people you help are affecting you. This is a screening result, not a diagnosis; please consider talking it through with your supervisor, a colleague or a health professional.",
      }),
    },
  ],
  attribution: {
    text: "ProQOL 5 credit: The Center for Victims of Torture, www.ProQOL.org. © B. Hudnall Stamm, 2009-2012. Professional Quality of Life: Compassion Satisfaction and Fatigue Version 5 (ProQOL). www.proqol.org.",
    link: { href: "https://www.proqol.org", label: "www.ProQOL.org" },
  },
  citation:
    "Stamm, B. H. (2009). Professional Quality of Life: Compassion Satisfaction and Fatigue Version 5 (ProQOL). www.proqol.org. Manual: Stamm, B.H. (2010). The Concise ProQOL Manual, 2nd Ed. Pocatello, ID: ProQOL.org.",
  licenceNote:
    'Free to copy and use in digital form without individual permission (The Center for Victims of Torture\'s current terms) as long as we credit The Center for Victims of Torture with a link to www.ProQOL.org and never sell the measure. Replacing the bracketed role words is allowed; any other change (rewording or dropping items, new answer labels or time frame) means labelling it "adapted from the ProQOL". CVT asks, but does not require, users to submit a usage form.',
  periodLabel: "in the last 30 days",
} satisfies Instrument);
