/**
 * Professional-development demo data at Riverbend: the example requirement templates; Sam's two
 * licences (an LCSW whose cycle ends in 75 days with ethics and trauma-informed care hours still
 * short and more self-study than counts, and an LMFT issued elsewhere that shares a workshop),
 * some entries with a certificate (a real one-page PDF), a goal under way and one reached;
 * Jordan Lee's LPC, complete well before its cycle ends; and Maya Okafor working toward an LCSW
 * (100 hours of supervision), with the approved hours of the year before the demo's own (weekly,
 * signed by Dr Shah) counting toward it. Most other clinicians hold a licence too, complete, on
 * track or at risk in turn, so the team report's CE compliance has figures to show (and a team
 * too small to show them). The workshop catalog has dated and self-paced workshops and one
 * archived; Sam is enrolled in two (one has taken place, ready to mark complete), and Jordan
 * completed one, logged from the catalog. Dates follow the day you seed.
 */
import { createHash } from "node:crypto";

import type { CeCategory, CeFormat, LicenceType } from "@tend/development";
import { addDays, addMonths, EXAMPLE_TEMPLATES } from "@tend/development";

import type { DbOrTx } from "../client";
import type { SeededPeople } from "./identity";
import {
  completeEnrolment,
  insertCertificate,
  insertEnrolment,
  insertEntry,
  insertLicence,
  insertTemplates,
  insertWorkshop,
  listLicences,
  listTemplates,
  putCertificateContent,
  setEntryCertificate,
  updateWorkshop,
} from "../queries";
import { auditEvents, developmentGoals, hourEntries } from "../schema";
import { PERSONAS } from "./personas";
import { signature } from "./supervision";

/**
 * A one-page PDF that says what was completed: a real file, so the demo's certificates open.
 * Offsets in the cross-reference table are counted from the text itself.
 */
export function certificatePdf(lines: string[]): Uint8Array {
  const text = lines
    .map(
      (line, i) =>
        `BT /F1 ${i === 0 ? 18 : 12} Tf 72 ${720 - i * 28} Td (${line.replace(/[()\\]/g, "")}) Tj ET`,
    )
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

interface EntrySeed {
  /** Whether a certificate was uploaded with it. */
  certified?: boolean;
  title: string;
  provider: string;
  daysAgo: number;
  hours: number;
  format: CeFormat;
  categories: CeCategory[];
  /** Which of the person's licences, by type, it counts toward. */
  counts: ("LCSW" | "LMFT" | "LPC")[];
}

const SAM_ENTRIES: EntrySeed[] = [
  {
    certified: true,
    title: "Ethics and boundaries in telehealth",
    provider: "Midwest Clinical Institute",
    daysAgo: 400,
    hours: 2,
    format: "live-online",
    categories: ["ethics"],
    counts: ["LCSW", "LMFT"],
  },
  {
    title: "Secondary traumatic stress: recognising it in ourselves",
    provider: "Riverbend in-service",
    daysAgo: 210,
    hours: 1.5,
    format: "in-person",
    categories: ["trauma-informed-care", "self-care"],
    counts: ["LCSW"],
  },
  {
    title: "Motivational interviewing refresher (reading and quiz)",
    provider: "CE Library",
    daysAgo: 150,
    hours: 10,
    format: "self-study",
    categories: ["clinical-practice"],
    counts: ["LCSW", "LMFT"],
  },
  {
    certified: true,
    title: "Working with suicidal clients: assessment update",
    provider: "State Social Work Association",
    daysAgo: 90,
    hours: 6,
    format: "in-person",
    categories: ["suicide-prevention"],
    counts: ["LCSW", "LMFT"],
  },
  {
    title: "Grief and loss across cultures (recorded webinar)",
    provider: "CE Library",
    daysAgo: 30,
    hours: 6,
    format: "self-study",
    categories: ["cultural-competence"],
    counts: ["LCSW"],
  },
];

const JORDAN_ENTRIES: EntrySeed[] = [
  {
    title: "Professional ethics for counselors",
    provider: "Counseling Association",
    daysAgo: 300,
    hours: 3,
    format: "in-person",
    categories: ["ethics"],
    counts: ["LPC"],
  },
  {
    title: "Cultural humility in practice",
    provider: "Counseling Association",
    daysAgo: 240,
    hours: 4,
    format: "live-online",
    categories: ["cultural-competence"],
    counts: ["LPC"],
  },
  {
    certified: true,
    title: "Annual counseling conference",
    provider: "State Counseling Conference",
    daysAgo: 120,
    hours: 18,
    format: "in-person",
    categories: ["clinical-practice", "trauma-informed-care"],
    counts: ["LPC"],
  },
];

export async function seedDevelopment(tx: DbOrTx, people: SeededPeople, now: Date): Promise<void> {
  const { organisationId, membershipIds } = people.riverbend;
  const today = now.toISOString().slice(0, 10);
  await insertTemplates(
    tx,
    organisationId,
    EXAMPLE_TEMPLATES.map((t) => ({ ...t, example: "example" as const })),
  );
  const templates = await listTemplates(tx, organisationId);
  const templateFor = (type: string) => {
    const found = templates.find((t) => t.licenceType === type);
    if (!found) throw new Error(`seed: no ${type} template`);
    return found.id;
  };
  const member = (name: string) => {
    const id = membershipIds.get(name);
    if (!id) throw new Error(`seed: ${name} is not at Riverbend`);
    return { organisationId, membershipId: id };
  };
  /** A two-year cycle ending `daysLeft` from today. */
  const cycleEnding = (daysLeft: number) => {
    const end = addDays(today, daysLeft);
    return { cycleStart: addMonths(addDays(end, 1), -24), cycleEnd: end };
  };

  const seedPerson = async (
    name: string,
    licences: {
      type: LicenceType;
      jurisdiction: string;
      number: string;
      daysLeft: number;
    }[],
    entries: EntrySeed[],
  ) => {
    const owner = member(name);
    const ids = new Map<string, string>();
    for (const l of licences) {
      const row = await insertLicence(tx, owner, {
        type: l.type,
        typeName: "",
        jurisdiction: l.jurisdiction,
        number: l.number,
        status: "active",
        issuedOn: addMonths(today, -70),
        ...cycleEnding(l.daysLeft),
        templateId: templateFor(l.type),
        supervisedMinutesRequired: null,
      });
      ids.set(l.type, row.id);
    }
    for (const e of entries) {
      const entry = await insertEntry(tx, owner, {
        title: e.title,
        provider: e.provider,
        date: addDays(today, -e.daysAgo),
        minutes: Math.round(e.hours * 60),
        format: e.format,
        categories: e.categories,
        licenceIds: e.counts.flatMap((type) => {
          const id = ids.get(type);
          return id ? [id] : [];
        }),
      });
      if (!e.certified) continue;
      const content = certificatePdf([
        "Certificate of completion",
        name,
        e.title,
        `${e.provider}, ${e.hours} CE hours, ${entry.date}`,
      ]);
      const storageKey = `certificates/${organisationId}/seed-${entry.id}`;
      await putCertificateContent(tx, storageKey, content);
      const certificate = await insertCertificate(tx, {
        ...owner,
        filename: `${e.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.pdf`,
        contentType: "application/pdf",
        bytes: content.byteLength,
        sha256: createHash("sha256").update(content).digest("hex"),
        storageKey,
      });
      await setEntryCertificate(tx, { entryId: entry.id, certificateId: certificate.id });
    }
  };

  await seedPerson(
    PERSONAS.clinician.name,
    [
      { type: "LCSW", jurisdiction: "Example State", number: "LCSW-149203", daysLeft: 75 },
      { type: "LMFT", jurisdiction: "Neighbouring State", number: "MFT-88120", daysLeft: 500 },
    ],
    SAM_ENTRIES,
  );
  // Sam's goals: one under way before his LCSW's cycle ends, one reached in the spring.
  const samUserId = people.userIds.get(PERSONAS.clinician.email);
  if (!samUserId) throw new Error("seed: Sam is missing");
  await tx.insert(developmentGoals).values([
    {
      userId: samUserId,
      title: "Complete a trauma-informed care course",
      dueOn: addDays(today, 60),
      progress: 40,
    },
    {
      userId: samUserId,
      title: "Present a case at a Schwartz round",
      dueOn: null,
      progress: 100,
      completedAt: new Date(`${addDays(today, -150)}T15:00:00Z`),
    },
  ]);

  // Maya: a licence worked toward, and a year of weekly supervision hours before the demo's own.
  const maya = member("Maya Okafor");
  await insertLicence(tx, maya, {
    type: "LCSW",
    typeName: "",
    jurisdiction: "Example State",
    number: "",
    status: "pursuing",
    issuedOn: null,
    cycleStart: null,
    cycleEnd: null,
    // The rules she will renew it by: her timeline shows its first cycles after licensure.
    templateId: templateFor("LCSW"),
    supervisedMinutesRequired: 100 * 60,
  });
  const supervisor = member(PERSONAS.supervisor.name).membershipId;
  const supervisorUserId = people.userIds.get(PERSONAS.supervisor.email);
  if (!supervisorUserId) throw new Error("seed: Dr Shah is missing");
  const signed = await tx
    .insert(hourEntries)
    .values(
      Array.from({ length: 38 }, (_, i) => {
        const date = addDays(today, -7 * (52 - i));
        return {
          organisationId,
          superviseeMembershipId: maya.membershipId,
          supervisorMembershipId: supervisor,
          kind: "individual" as const,
          date,
          minutes: 60,
          status: "approved" as const,
          signedAt: new Date(`${addDays(date, 2)}T16:00:00Z`),
          createdAt: new Date(`${date}T17:00:00Z`),
        };
      }),
    )
    .returning();
  // Each signature is audited, as signing in the app does.
  await tx
    .insert(auditEvents)
    .values(
      signed.map((entry) =>
        signature(
          { organisationId, userId: supervisorUserId },
          entry,
          entry.signedAt ?? entry.createdAt,
        ),
      ),
    );

  await seedPerson(
    PERSONAS.twoOrganisations.name,
    [{ type: "LPC", jurisdiction: "Example State", number: "LPC-30771", daysLeft: 260 }],
    JORDAN_ENTRIES,
  );

  await seedColleagues(tx, people, { today, templates });
  await seedCatalog(tx, people, today);
}

/** The licence a clinician of the roster holds, by their job title. */
function licenceOf(title: string): LicenceType {
  if (title.includes("Social Worker")) return "LCSW";
  if (title.includes("Family Therapist")) return "LMFT";
  if (title.includes("Psychologist")) return "psychologist";
  return "LPC";
}

/**
 * Every Riverbend clinician without a licence yet (associates aside: they work toward one) holds
 * one, its standing complete, on track and at risk in turn: hours logged in the cycle's first
 * months, all of them, about half of them, or a quarter with the cycle ending soon.
 */
async function seedColleagues(
  tx: DbOrTx,
  people: SeededPeople,
  params: { today: string; templates: Awaited<ReturnType<typeof listTemplates>> },
) {
  const { today, templates } = params;
  const { organisationId, membershipIds } = people.riverbend;
  const taken = new Set(["Sam Rivera", "Jordan Lee", "Maya Okafor"]);
  const roster = people.riverbend.people.filter(
    (p) => p.roles.includes("clinician") && !taken.has(p.name) && !p.title.includes("Associate"),
  );
  let turn = 0;
  for (const person of roster) {
    const membershipId = membershipIds.get(person.name);
    const template = templates.find((t) => t.licenceType === licenceOf(person.title));
    if (!membershipId || !template) continue;
    const standing = (["complete", "on-track", "at-risk"] as const)[turn++ % 3];
    const daysLeft = standing === "at-risk" ? 45 + (turn % 40) : 300 + ((turn * 37) % 300);
    const end = addDays(today, daysLeft);
    const cycleStart = addMonths(addDays(end, 1), -template.cycleMonths);
    const owner = { organisationId, membershipId };
    const licence = await insertLicence(tx, owner, {
      type: template.licenceType,
      typeName: "",
      jurisdiction: "Example State",
      number: `${template.licenceType.slice(0, 3).toUpperCase()}-${40_000 + turn * 131}`,
      status: "active",
      issuedOn: addMonths(cycleStart, -36),
      cycleStart,
      cycleEnd: end,
      templateId: template.id,
      supervisedMinutesRequired: null,
    });
    const share = standing === "complete" ? 1 : standing === "on-track" ? 0.5 : 0.25;
    // Each subject's minimum (in full once complete), then in-person hours for the rest.
    const subjects = template.categories.map((c) => ({
      title: `${c.category.replace(/-/gu, " ")} seminar`,
      minutes: Math.ceil((c.minMinutes * (standing === "complete" ? 1 : 0.5)) / 15) * 15,
      categories: [c.category],
    }));
    const rest = Math.max(
      0,
      Math.ceil((template.totalMinutes * share) / 15) * 15 -
        subjects.reduce((n, e) => n + e.minutes, 0),
    );
    const entries = [
      ...subjects,
      ...(rest > 0 ? [{ title: "Clinical practice workshop", minutes: rest, categories: [] }] : []),
    ];
    for (const [i, e] of entries.entries())
      await insertEntry(tx, owner, {
        title: e.title.charAt(0).toUpperCase() + e.title.slice(1),
        provider: "Example Training Institute",
        date: addDays(cycleStart, 20 + i * 30),
        // One entry holds at most 100 hours.
        minutes: Math.min(e.minutes, 6000),
        format: "in-person",
        categories: e.categories,
        licenceIds: [licence.id],
      });
  }
}

/** The catalog, Sam's two enrolments and Jordan's completed workshop. */
async function seedCatalog(tx: DbOrTx, people: SeededPeople, today: string) {
  const { organisationId, membershipIds } = people.riverbend;
  const provider = "Riverbend Training Institute";
  const publish = (fields: Parameters<typeof insertWorkshop>[2]) =>
    insertWorkshop(tx, organisationId, fields);
  const traumaSupervision = await publish({
    title: "Trauma-informed supervision",
    provider,
    description:
      "A day on noticing secondary traumatic stress in supervision, and on supervising without adding to it.",
    startsOn: addDays(today, 21),
    minutes: 6 * 60,
    format: "in-person",
    categories: ["trauma-informed-care", "supervision"],
    link: "https://example.org/riverbend/trauma-informed-supervision",
  });
  await publish({
    title: "Ethics in telehealth practice",
    provider: "State Counselling Association",
    description: "Consent, privacy and boundaries when sessions happen on screen.",
    startsOn: addDays(today, 45),
    minutes: 3 * 60,
    format: "live-online",
    categories: ["ethics"],
    link: "https://example.org/association/telehealth-ethics",
  });
  const suicideRisk = await publish({
    title: "Suicide risk assessment refresher",
    provider,
    description: "Structured risk assessment and safety planning, with case practice.",
    startsOn: addDays(today, -10),
    minutes: 4 * 60,
    format: "in-person",
    categories: ["suicide-prevention"],
    link: "",
  });
  await publish({
    title: "Cultural humility in practice",
    provider: "Open CE Library",
    description: "A self-paced course in four short modules, with reflection exercises.",
    startsOn: null,
    minutes: 2 * 60,
    format: "self-study",
    categories: ["cultural-competence"],
    link: "https://example.org/library/cultural-humility",
  });
  const selfCare = await publish({
    title: "Compassion fatigue: recognising it early",
    provider: "Open CE Library",
    description: "What secondary traumatic stress looks like from the inside, and what helps.",
    startsOn: null,
    minutes: 90,
    format: "self-study",
    categories: ["self-care"],
    link: "https://example.org/library/compassion-fatigue",
  });
  const archived = await publish({
    title: "Motivational interviewing basics",
    provider,
    description: "",
    startsOn: addDays(today, -120),
    minutes: 3 * 60,
    format: "in-person",
    categories: ["clinical-practice"],
    link: "",
  });
  await updateWorkshop(
    tx,
    { organisationId, workshopId: archived.id },
    { archivedAt: new Date(`${addDays(today, -90)}T12:00:00Z`) },
  );

  const member = (name: string) => {
    const id = membershipIds.get(name);
    if (!id) throw new Error(`seed: ${name} is not at Riverbend`);
    return id;
  };
  const sam = member(PERSONAS.clinician.name);
  for (const workshop of [traumaSupervision, suicideRisk])
    await insertEnrolment(tx, { organisationId, workshopId: workshop.id, membershipId: sam });

  // Jordan took the self-paced course a month ago and marked it complete: it is in the CE log.
  const jordan = member(PERSONAS.twoOrganisations.name);
  await insertEnrolment(tx, { organisationId, workshopId: selfCare.id, membershipId: jordan });
  const [lpc] = await listLicences(tx, jordan);
  const entry = await insertEntry(
    tx,
    { organisationId, membershipId: jordan },
    {
      title: selfCare.title,
      provider: selfCare.provider,
      date: addDays(today, -30),
      minutes: selfCare.minutes,
      format: selfCare.format,
      categories: selfCare.categories,
      licenceIds: lpc ? [lpc.id] : [],
      workshopId: selfCare.id,
    },
  );
  await completeEnrolment(
    tx,
    { workshopId: selfCare.id, membershipId: jordan },
    { completedAt: new Date(`${entry.date}T18:00:00Z`), entryId: entry.id },
  );
}
