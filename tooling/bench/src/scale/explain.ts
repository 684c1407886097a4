/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements a query function really sends: the function
 * runs once against a database handle that records each statement and its parameters, and
 * every recorded statement is then explained with the same parameters.
 */
import type { Sql } from "postgres";

import type { Db } from "@tend/db";
import { createDb } from "@tend/db";

import { median } from "../report";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
}

interface ExplainOutput {
  Plan: PlanNode;
  "Planning Time": number;
  "Execution Time": number;
}

export interface Statement {
  query: string;
  params: unknown[];
}

export interface Explained {
  /** Median execution time of the runs, in milliseconds (planning excluded). */
  executionMs: number;
  planningMs: number;
  /** Shared buffers the statement touched (hit + read), from the last run. */
  buffers: number;
  /** The plan's nodes, outermost first: "Index Scan check_responses_user_id…". */
  nodes: string[];
  /** Tables over the size limit that the plan reads with a sequential scan. */
  seqScansOnBigTables: string[];
}

/** Runs `call` once against a recording handle and returns the statements it sent. */
export async function recordStatements(
  url: string,
  call: (db: Db) => Promise<unknown>,
): Promise<Statement[]> {
  const statements: Statement[] = [];
  const db = createDb(url, {
    max: 1,
    logQuery: (query, params) => statements.push({ query, params }),
  });
  try {
    await call(db);
  } finally {
    await db.close();
  }
  return statements;
}

/** Row estimates of every table, to tell a sequential scan of a big table from a harmless one. */
export async function tableSizes(sql: Sql): Promise<Map<string, number>> {
  const rows = await sql<{ relname: string; reltuples: number }[]>`
    select relname, reltuples::float8 as reltuples from pg_class
    where relkind in ('r', 'p') and relnamespace = 'public'::regnamespace`;
  return new Map(rows.map((r) => [r.relname, r.reltuples]));
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/**
 * Explains one statement `runs` times (custom plans for these parameters, as the first
 * executions of a prepared statement get) and summarises the plan.
 */
export async function explain(
  sql: Sql,
  statement: Statement,
  sizes: Map<string, number>,
  options: { runs?: number; bigTable?: number } = {},
): Promise<Explained> {
  const runs = options.runs ?? 5;
  const bigTable = options.bigTable ?? 10_000;
  const outputs: ExplainOutput[] = [];
  for (let run = 0; run < runs; run++) {
    const rows = await sql.unsafe<{ "QUERY PLAN": ExplainOutput[] }[]>(
      `explain (analyze, buffers, format json) ${statement.query}`,
      statement.params as never[],
      { prepare: false },
    );
    const output = rows[0]?.["QUERY PLAN"][0];
    if (!output) throw new Error(`EXPLAIN returned no plan for: ${statement.query}`);
    outputs.push(output);
  }
  const last = outputs[outputs.length - 1];
  if (!last) throw new Error("no runs");
  const nodes: string[] = [];
  const seqScansOnBigTables: string[] = [];
  walk(last.Plan, (node) => {
    const on = node["Index Name"] ?? node["Relation Name"];
    nodes.push(on ? `${node["Node Type"]} ${on}` : node["Node Type"]);
    const relation = node["Relation Name"];
    if (node["Node Type"] === "Seq Scan" && relation && (sizes.get(relation) ?? 0) > bigTable) {
      seqScansOnBigTables.push(
        `${relation} (${Math.round(sizes.get(relation) ?? 0).toLocaleString("en-GB")} rows)`,
      );
    }
  });
  return {
    executionMs: median(outputs.map((o) => o["Execution Time"])),
    planningMs: median(outputs.map((o) => o["Planning Time"])),
    buffers: (last.Plan["Shared Hit Blocks"] ?? 0) + (last.Plan["Shared Read Blocks"] ?? 0),
    nodes,
    seqScansOnBigTables,
  };
}
