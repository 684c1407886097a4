/**
 * The de-identification guard of case-discussion agendas: finds text that may identify a
 * client, so that the person writing can check it before anyone else reads it. It warns; it
 * never rewrites or blocks (the writer knows whether "Dr Okafor" is the client or their own
 * supervisor). Heuristics, tuned to warn rather than to miss: a false alarm costs a click, a
 * missed name costs a client's privacy.
 */

export type IdentifierKind =
  | "email"
  | "record-number"
  | "phone"
  | "date"
  | "street-address"
  | "postcode"
  | "titled-name"
  | "full-name";

export interface PossibleIdentifier {
  kind: IdentifierKind;
  /** What it may be, in words for the person writing. */
  label: string;
  /** The matched text, and where it stands in the input ([start, end) in UTF-16 units). */
  text: string;
  start: number;
  end: number;
}

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const YEAR = "(?:19|20)\\d{2}";
const STREET_TYPES =
  "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Close|Court|Ct|Way|Place|Pl|Crescent|Terrace|Boulevard|Blvd|Gardens|Grove|Square|Hill";

/**
 * Capitalised words that start sentences or name things other than people; two of them in a
 * row ("On Monday", "Secondary Traumatic") are not a full name.
 */
const NOT_NAMES = new Set(
  `a an the this that these those my our your his her their its we they he she it i you
  on in at of for to from with after before during when while since until then also and but or
  if so as by about over under again today yesterday tomorrow last next every each some
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  client clients patient patients mother father parent parents partner son daughter child
  brother sister family team group session sessions supervision supervisor case notes summary
  help agenda question update plan risk safety trauma traumatic secondary stress burnout
  compassion fatigue satisfaction therapy therapist counselling counsellor social worker care
  service services school hospital clinic court police gp ward unit centre center nhs
  christmas easter new year i'm i've i'd i'll`.split(/\s+/),
);

/** A capitalised word, with the apostrophes and hyphens of names: Okafor, O'Neill-Byrne. */
const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}|['’-]\p{Lu}?)*\p{Ll}`;

interface Pattern {
  kind: IdentifierKind;
  label: string;
  regex: RegExp;
  /** Extra checks on a match; false drops it. */
  accept?: (match: RegExpExecArray) => boolean;
}

/** In order of precedence: where two overlap, the earlier pattern's match stands. */
const PATTERNS: readonly Pattern[] = [
  {
    kind: "email",
    label: "an e-mail address",
    regex: /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/giu,
  },
  {
    kind: "record-number",
    label: "a record, NHS or social security number",
    regex: new RegExp(
      [
        // A labelled number: "MRN 00123456", "NHS no. 943 476 5919", "case #A12345".
        String.raw`\b(?:MRN|NHS|SSN|NI|record|case|patient|client)\s*(?:no\.?|number|num|id|#)?\s*[:#]?\s*[A-Z]{0,3}\d[\d\s-]{3,}\d`,
        // US social security numbers.
        String.raw`\b\d{3}-\d{2}-\d{4}\b`,
        // NHS numbers: 3-3-4 digits.
        String.raw`\b\d{3}[ -]\d{3}[ -]\d{4}\b`,
        // National Insurance numbers: QQ 12 34 56 C.
        String.raw`\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b`,
      ].join("|"),
      "giu",
    ),
  },
  {
    kind: "phone",
    label: "a phone number",
    regex: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d(?:[\s.-]?\d){6,13}/gu,
    accept: (m) => m[0].replace(/\D/gu, "").length >= 9,
  },
  {
    kind: "date",
    label: "a date, perhaps a date of birth",
    regex: new RegExp(
      [
        String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-](?:${YEAR}|\d{2})\b`,
        String.raw`\b${YEAR}-\d{1,2}-\d{1,2}\b`,
        String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\.?,?\s+${YEAR}\b`,
        String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+${YEAR}\b`,
        // "DOB" or "born" with the date that follows (a month and a year may trail it, no more:
        // swallowing the next words would hide what comes after, such as a phone number).
        String.raw`\b(?:DOB|D\.O\.B\.|date of birth|born(?: on)?)\s*:?\s*[\w/.-]+(?:,?\s+(?:${MONTHS}|${YEAR})\b\.?){0,2}(?:\s+in\s+\p{Lu}[\p{L}'’-]*)?`,
      ].join("|"),
      "giu",
    ),
  },
  {
    kind: "street-address",
    label: "a street address",
    regex: new RegExp(
      String.raw`\b\d{1,5}[a-z]?,?\s+(?:[A-Z][\w'-]*\s+){1,3}(?:${STREET_TYPES})\b\.?`,
      "gu",
    ),
  },
  {
    kind: "postcode",
    label: "a postcode",
    regex: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gu,
  },
  {
    kind: "titled-name",
    label: "a name",
    regex: /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Master)\.?\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?/gu,
  },
  {
    kind: "full-name",
    label: "a full name",
    regex: new RegExp(String.raw`\b${NAME_WORD}(?:\s+${NAME_WORD}){1,2}\b`, "gu"),
    accept: (m) => !m[0].split(/\s+/u).some((word) => NOT_NAMES.has(word.toLowerCase())),
  },
];

/**
 * Everything in `text` that may identify a client, in order of position; overlapping finds
 * are reported once, as the most specific kind.
 */
export function findPossibleIdentifiers(text: string): PossibleIdentifier[] {
  const found: PossibleIdentifier[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (const match of text.matchAll(pattern.regex)) {
      if (pattern.accept && !pattern.accept(match)) continue;
      const start = match.index;
      const matched = match[0].trimEnd();
      const end = start + matched.length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ kind: pattern.kind, label: pattern.label, text: matched, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `text` cut into plain runs and flagged runs, for showing the finds highlighted in place. */
export function highlightSegments(
  text: string,
  finds: readonly PossibleIdentifier[],
): { text: string; find: PossibleIdentifier | null }[] {
  const segments: { text: string; find: PossibleIdentifier | null }[] = [];
  let at = 0;
  for (const find of [...finds].sort((a, b) => a.start - b.start)) {
    if (find.start < at) continue;
    if (find.start > at) segments.push({ text: text.slice(at, find.start), find: null });
    segments.push({ text: text.slice(find.start, find.end), find });
    at = find.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), find: null });
  return segments;
}
