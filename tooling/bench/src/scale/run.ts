/**
 * The `scale` benchmark (issue 7, items 4, 8 and 9): generates the 10,000-clinician
 * organisation and a 35-person one in one database, explains every per-user query for a
 * person of each, and measures the worker's reminder scan.
 */
import postgres from "postgres";

import { runMigrations } from "@tend/db/migrate";
import { createThrowawayDatabase } from "@tend/db/throwaway";
import { refreshReminderSchedules } from "@tend/services/self-check";

import type { Figure } from "../report";
import type { Explained } from "./explain";
import type { Persona } from "./queries";
import type { ScanFigures } from "./reminders";
import { median, note, printFigures } from "../report";
import { explain, recordStatements, tableSizes } from "./explain";
import { ANCHOR, generateScaleData, LARGE, SMALL } from "./generate";
import { findPersona, PER_USER_QUERIES } from "./queries";
import { measureScan, scanDatabase } from "./reminders";
import { reportFigures } from "./report";

const BIG_TABLE = 10_000;
const SCAN_TARGET_MS = 200;

/** DATABASE_URL, migrated; or a throwaway embedded server that is removed afterwards. */
export async function openDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    await runMigrations(configured);
    return { url: configured, close: () => Promise.resolve() };
  }
  console.log("DATABASE_URL is unset: starting a throwaway embedded PostgreSQL.");
  const database = await createThrowawayDatabase({ prefix: "tend_scale" });
  return { url: database.url, close: database.drop };
}

const us = (ms: number) => Math.round(ms * 1000);

async function explainPersona(
  url: string,
  sql: postgres.Sql,
  sizes: Map<string, number>,
  title: string,
  persona: Persona,
  options: { people: number },
): Promise<void> {
  // In an organisation this size, a list of all its members reads most of the tables it lists.
  const wholeIsBig = options.people > BIG_TABLE / 2;
  const baseline = await explain(
    sql,
    { query: "select * from users where id = $1", params: [persona.clinician.userId] },
    sizes,
  );
  const figures: Figure[] = [];
  const plans: string[] = [];
  for (const q of PER_USER_QUERIES) {
    const statements = await recordStatements(url, (db) => q.call(db, persona));
    for (const [index, statement] of statements.entries()) {
      const label = statements.length > 1 ? `${q.label} #${index + 1}` : q.label;
      const e: Explained = await explain(sql, statement, sizes, { bigTable: BIG_TABLE });
      const flagged = e.seqScansOnBigTables;
      const whole = q.wholeOrganisation && wholeIsBig;
      figures.push({
        label: whole ? `${label}, all ${options.people.toLocaleString("en-GB")}` : label,
        project: us(e.executionMs),
        baseline: us(baseline.executionMs),
        unit: "µs",
        ...(whole ? {} : { target: { text: "indexed", holds: () => flagged.length === 0 } }),
      });
      plans.push(
        `  ${label}: ${e.buffers} buffers; ${e.nodes.join(" → ")}` +
          (flagged.length
            ? `\n    ${whole ? "(whole organisation)" : "⚠"} Seq Scan on ${flagged.join(", ")}`
            : ""),
      );
    }
  }
  printFigures(title, figures);
  note(
    "Project: EXPLAIN (ANALYZE, BUFFERS) execution time of each statement the query function sends " +
      "(median of 5, custom plan for this person's parameters, planning excluded). Baseline: the same " +
      "for a primary-key lookup of this person's users row. Target 'indexed': no Seq Scan on a table " +
      `of more than ${BIG_TABLE.toLocaleString("en-GB")} rows` +
      (wholeIsBig
        ? "; none for a list of the whole organisation, which here is most of those tables."
        : "."),
  );
  console.log("\nPlans (nodes outermost first):");
  for (const line of plans) console.log(line);
}

async function roundTripMs(sql: postgres.Sql): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await sql`select 1`;
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function scanFigures(url: string, sql: postgres.Sql): Promise<void> {
  const scan = scanDatabase(url);
  try {
    const roundTrip = await roundTripMs(sql);
    // Everyone is queued after generation (or after deploying the schedules on existing data):
    // the first scan works out every schedule, then sends. Measured apart here.
    const t0 = performance.now();
    const workedOut = await refreshReminderSchedules(scan.db, ANCHOR);
    const workOutMs = performance.now() - t0;
    const catchUp = await measureScan(sql, scan, ANCHOR);
    const steady: ScanFigures[] = [];
    for (let i = 0; i < 5; i++) steady.push(await measureScan(sql, scan, ANCHOR));
    const steadyMs = median(steady.map((s) => s.ms));
    const steadyWrites = Math.max(...steady.map((s) => s.writeStatements));
    const steadyXids = Math.max(...steady.map((s) => s.xids));
    const steadySent = steady.reduce((n, s) => n + s.sent, 0);

    // A hundred people who were reminded take their pulse a minute before the scan.
    const emails = Array.from(
      { length: 100 },
      (_, k) => `clinician-${4 * k + 1}@${LARGE.slug}.scale.example`,
    );
    const answeredAt = new Date(ANCHOR.getTime() - 60_000);
    await sql`
      insert into check_responses (user_id, organisation_id, instrument_id, instrument_version, answers, result, completed_at)
      select distinct on (r.user_id) r.user_id, r.organisation_id, r.instrument_id, r.instrument_version, r.answers, r.result, ${answeredAt}::timestamptz
      from check_responses r join users u on u.id = r.user_id
      where lower(u.email) in ${sql(emails)} and r.instrument_id = 'pulse'
      order by r.user_id, r.completed_at desc`;
    const afterResponses = await measureScan(sql, scan, ANCHOR);
    // Put the data back as generated, and let the scan catch up with that too.
    await sql`
      delete from check_responses r using users u
      where u.id = r.user_id and lower(u.email) in ${sql(emails)} and r.completed_at = ${answeredAt}::timestamptz`;
    const restored = await measureScan(sql, scan, ANCHOR);

    const [people] = await sql<{ n: number }[]>`
      select count(distinct m.user_id)::int as n from memberships m where 'clinician' = any(m.roles)`;
    printFigures("Reminder scan (sendDueReminders)", [
      {
        label: `working out the schedules of everyone queued (${workedOut.toLocaleString("en-GB")})`,
        project: workOutMs,
        baseline: roundTrip,
        unit: "ms",
      },
      {
        label: `catch-up scan at the end of the history (${catchUp.sent.toLocaleString("en-GB")} emails)`,
        project: catchUp.ms,
        baseline: roundTrip,
        unit: "ms",
      },
      {
        label: "steady-state scan (nothing new due), median of 5",
        project: steadyMs,
        baseline: roundTrip,
        unit: "ms",
        target: { text: `≤ ${SCAN_TARGET_MS} ms`, holds: (p) => p <= SCAN_TARGET_MS },
      },
      {
        label: "steady state: write statements sent",
        project: steadyWrites,
        baseline: 0,
        unit: "",
        target: { text: "0", holds: (p) => p === 0 },
      },
      {
        label: "steady state: transactions that wrote (ids assigned)",
        project: steadyXids,
        baseline: 0,
        unit: "",
        target: { text: "0", holds: (p) => p === 0 },
      },
      {
        label: "scan after 100 people took their pulse",
        project: afterResponses.ms,
        baseline: roundTrip,
        unit: "ms",
      },
    ]);
    note(
      `Baseline: one round trip (select 1) on the same connection. ${(people?.n ?? 0).toLocaleString("en-GB")} ` +
        "people hold the clinician role. Write statements: statements the scan sent that are not a " +
        "plain select (recorded by its database handle). Transactions that wrote: " +
        "pg_snapshot_xmax(pg_current_snapshot()) before and after, i.e. transaction ids the server " +
        "assigned, which it does only for a transaction that writes a row (an upper bound if " +
        "something else writes meanwhile; an insert that meets its unique conflict writes nothing " +
        "and gets no id, so it shows only as a write statement).",
    );
    const describe = (name: string, s: ScanFigures) =>
      `  ${name}: ${s.ms.toFixed(0)} ms, ${s.sent} emails, ${s.statements} statements ` +
      `(${s.writeStatements} writes), ${s.transactions} db.transaction calls, ${s.xids} transaction ids`;
    console.log(`\nScans at ${ANCHOR.toISOString()}:`);
    console.log(describe("catch-up", catchUp));
    for (const [i, s] of steady.entries()) console.log(describe(`steady ${i + 1}`, s));
    console.log(describe("after 100 responses", afterResponses));
    console.log(describe("after removing them again", restored));
    if (steadySent > 0) console.log(`  ⚠ steady-state scans sent ${steadySent} emails`);
  } finally {
    await scan.db.close();
  }
}

export async function runScale(): Promise<void> {
  if (process.env.SMTP_URL?.trim()) {
    throw new Error(
      "SMTP_URL is set: the reminder scan would email the generated people. Unset it for this benchmark.",
    );
  }
  const database = await openDatabase();
  const sql = postgres(database.url, { max: 1, onnotice: () => undefined });
  try {
    console.log(
      `Generating ${LARGE.clinicians.toLocaleString("en-GB")} + ${SMALL.clinicians} clinicians' history (skipped if present)…`,
    );
    const seconds = await generateScaleData(sql);
    console.log(
      seconds === null
        ? "  already generated: reusing it."
        : `  generated in ${seconds.toFixed(0)} s.`,
    );
    const sizes = await tableSizes(sql);
    console.log(
      `  check_responses ≈ ${Math.round(sizes.get("check_responses") ?? 0).toLocaleString("en-GB")} rows, ` +
        `team_members ≈ ${Math.round(sizes.get("team_members") ?? 0).toLocaleString("en-GB")}, ` +
        `audit_events ≈ ${Math.round(sizes.get("audit_events") ?? 0).toLocaleString("en-GB")}.`,
    );

    const large = await findPersona(sql, LARGE);
    const small = await findPersona(sql, SMALL);
    await reportFigures(database.url, sql, large, "Team report: an admin of the 10,000");
    if (process.argv.includes("--report-only")) {
      note("--report-only: the per-user queries and the reminder scan were not run.");
      return;
    }
    await explainPersona(
      database.url,
      sql,
      sizes,
      "Per-user queries: a clinician of the 10,000",
      large,
      { people: LARGE.clinicians + LARGE.admins },
    );
    await explainPersona(
      database.url,
      sql,
      sizes,
      "Per-user queries: a clinician of the 35-person organisation, same database",
      small,
      { people: SMALL.clinicians + SMALL.admins },
    );
    if (process.argv.includes("--queries-only"))
      note("--queries-only: the reminder scan was not run.");
    else await scanFigures(database.url, sql);
  } finally {
    await sql.end();
    await database.close();
  }
}
