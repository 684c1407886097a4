/**
 * Professional-development demo data at Riverbend: the example requirement templates; Sam's two
 * licences (an LCSW whose cycle ends in 75 days with ethics and trauma-informed care hours still
 * short and more self-study than counts, and an LMFT issued elsewhere that shares a workshop),
 * some entries with a certificate (a real one-page PDF), a goal under way and one reached;
 * Jordan Lee's LPC, complete well before its cycle ends; and Maya Okafor working toward an LCSW
 * (100 hours of supervision), with the approved hours of the year before the demo's own (weekly,
 * signed by Dr Shah) counting toward it. Dates follow the day you seed.
 */
import { createHash } from "node:crypto";

import type { CeCategory, CeFormat } from "@tend/development";
import { addDays, addMonths, EXAMPLE_TEMPLATES } from "@tend/development";

import type { DbOrTx } from "../client";
import type { SeededPeople } from "./identity";
import {
  insertCertificate,
  insertEntry,
  insertLicence,
  insertTemplates,
  listTemplates,
  putCertificateContent,
  setEntryCertificate,
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
      type: "LCSW" | "LMFT" | "LPC";
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
    templateId: null,
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
}
