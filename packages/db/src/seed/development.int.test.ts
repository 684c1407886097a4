import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { evaluateProgress } from "@tend/development";

import { createDb } from "../client";
import {
  findEntryCertificate,
  getCertificateContent,
  listEntries,
  listLicences,
  templatesByIds,
} from "../queries";
import { memberships, users } from "../schema";
import { createThrowawayDatabase } from "../throwaway";
import { PERSONAS, seedDemo } from "./index";

import "../testing/provided-context";

let database: Awaited<ReturnType<typeof createThrowawayDatabase>>;
let db: ReturnType<typeof createDb>;
const NOW = new Date("2026-11-27T10:00:00Z");

beforeAll(async () => {
  database = await createThrowawayDatabase({
    prefix: "seed_development",
    adminUrl: inject("databaseUrl"),
  });
  db = createDb(database.url, { max: 2 });
  await seedDemo(db, NOW);
}, 120_000);
afterAll(async () => {
  await db.close();
  await database.drop();
});

async function progressOf(email: string) {
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(users.email, email));
  if (!member) throw new Error(`${email} is missing`);
  const [licences, entries] = await Promise.all([
    listLicences(db, member.id),
    listEntries(db, member.id),
  ]);
  const templates = await templatesByIds(
    db,
    licences.flatMap((l) => (l.templateId ? [l.templateId] : [])),
  );
  return licences.map((licence) => {
    const template = templates.find((t) => t.id === licence.templateId);
    if (!template || !licence.cycleStart || !licence.cycleEnd)
      throw new Error("incomplete licence");
    return {
      type: licence.type,
      ...evaluateProgress({
        template,
        cycle: { start: licence.cycleStart, end: licence.cycleEnd },
        entries: entries.filter((e) => e.licenceIds.includes(licence.id)),
        today: "2026-11-27",
      }),
    };
  });
}

describe("professional-development demo data", () => {
  it("gives Sam an LCSW at risk 75 days before its end, short in two subjects and over the self-study limit, and a second licence", async () => {
    const [lcsw, lmft] = await progressOf(PERSONAS.clinician.email);
    expect(lcsw).toMatchObject({ type: "LCSW", daysLeft: 75, status: "at-risk" });
    expect(lcsw?.categories.filter((c) => c.missing > 0).map((c) => c.category)).toEqual([
      "ethics",
      "trauma-informed-care",
    ]);
    expect(lcsw?.caps[0]?.excess).toBeGreaterThan(0);
    expect(lmft).toMatchObject({ type: "LMFT", status: "on-track" });
  });

  it("gives Jordan Lee a complete LPC", async () => {
    const [lpc] = await progressOf(PERSONAS.twoOrganisations.email);
    expect(lpc).toMatchObject({ type: "LPC", status: "complete" });
  });

  it("gives some of the entries a certificate that is a real PDF", async () => {
    const [sam] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, PERSONAS.clinician.email));
    if (!sam) throw new Error("Sam is missing");
    const certified = (await listEntries(db, sam.id)).filter((e) => e.certificateId);
    expect(certified.length).toBeGreaterThan(0);
    for (const entry of certified) {
      const certificate = await findEntryCertificate(db, {
        entryId: entry.id,
        membershipId: sam.id,
      });
      if (!certificate) throw new Error("certificate row missing");
      const content = await getCertificateContent(db, certificate.storageKey);
      expect(new TextDecoder().decode(content?.slice(0, 8))).toBe("%PDF-1.4");
      expect(new TextDecoder().decode(content ?? new Uint8Array())).toContain(
        entry.title.replace(/[()]/g, ""),
      );
    }
  });

  it("has Maya Okafor working toward an LCSW with a year of approved supervision hours", async () => {
    const [maya] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.name, "Maya Okafor"));
    if (!maya) throw new Error("Maya is missing");
    const [licence] = await listLicences(db, maya.id);
    expect(licence).toMatchObject({ status: "pursuing", supervisedMinutesRequired: 6000 });
  });
});
