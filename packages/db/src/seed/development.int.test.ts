import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { ProgressStatus } from "@tend/development";
import { complianceOn, evaluateProgress } from "@tend/development";

import { createDb } from "../client";
import {
  findEntryCertificate,
  getCertificateContent,
  listCatalog,
  listComplianceLicences,
  listEntries,
  listLicences,
  listOrganisationWorkshops,
  templatesByIds,
} from "../queries";
import { memberships, organisations, teams, users } from "../schema";
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

  it("gives most clinicians a licence, so every team but the small one has CE compliance figures", async () => {
    const [riverbend] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, "Riverbend Community Mental Health"));
    if (!riverbend) throw new Error("Riverbend is missing");
    const rows = await listComplianceLicences(db, {
      organisationId: riverbend.id,
      to: "2026-11-27",
    });
    const byClinician = new Map<number, { cell: string; licences: typeof rows }>();
    for (const row of rows) {
      const found = byClinician.get(row.clinician) ?? { cell: row.cell, licences: [] };
      found.licences.push(row);
      byClinician.set(row.clinician, found);
    }
    const statuses = new Map<ProgressStatus, number>();
    const perTeam = new Map<string, number>();
    for (const { cell, licences } of byClinician.values()) {
      const status = complianceOn(licences, "2026-11-27");
      if (!status) continue;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      perTeam.set(cell, (perTeam.get(cell) ?? 0) + 1);
    }
    for (const status of ["complete", "on-track", "at-risk"] as const)
      expect(statuses.get(status)).toBeGreaterThanOrEqual(5);
    const names = new Map(
      (await db.select({ id: teams.id, name: teams.name }).from(teams)).map((t) => [t.id, t.name]),
    );
    const measured = (team: string) =>
      [...perTeam].find(([cell]) => names.get(cell) === team)?.[1] ?? 0;
    for (const team of ["Adult Outpatient", "Child & Family", "Crisis & Trauma"])
      expect(measured(team)).toBeGreaterThanOrEqual(5);
    // Under the demo's k of 5: the report hides it.
    expect(measured("Night Service")).toBe(3);
  });

  it("publishes a catalog with Sam enrolled in two workshops and Jordan's completed one logged", async () => {
    const member = async (email: string) => {
      const [row] = await db
        .select({ id: memberships.id, organisationId: memberships.organisationId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(
          and(eq(users.email, email), eq(organisations.name, "Riverbend Community Mental Health")),
        );
      if (!row) throw new Error(`${email} is missing`);
      return row;
    };
    const sam = await member(PERSONAS.clinician.email);
    const all = await listOrganisationWorkshops(db, sam.organisationId);
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.filter((w) => w.archivedAt).length).toBe(1);
    expect(all.filter((w) => w.startsOn === null).length).toBeGreaterThanOrEqual(2);

    const catalog = await listCatalog(db, {
      organisationId: sam.organisationId,
      membershipId: sam.id,
    });
    expect(catalog.some((w) => w.archivedAt)).toBe(false);
    const enrolled = catalog.filter((w) => w.enrolledAt);
    expect(enrolled.map((w) => w.startsOn !== null && w.startsOn <= "2026-11-27")).toEqual([
      true,
      false,
    ]);

    const jordan = await member(PERSONAS.twoOrganisations.email);
    const done = (
      await listCatalog(db, { organisationId: jordan.organisationId, membershipId: jordan.id })
    ).find((w) => w.completedAt);
    const logged = (await listEntries(db, jordan.id)).find((e) => e.id === done?.entryId);
    expect(logged).toMatchObject({ workshopId: done?.id, title: done?.title });
    expect(logged?.licenceIds).toHaveLength(1);
  });
});
