/**
 * The worker's reminder scan (`sendDueReminders`) over the generated data, measured from the
 * outside: wall-clock time, emails sent, the write transactions it opened and the transaction
 * ids the server handed out while it ran.
 */
import type { Sql } from "postgres";

import type { Db } from "@tend/db";
import { createDb } from "@tend/db";
import { sendDueReminders } from "@tend/services/self-check";

export interface ScanFigures {
  ms: number;
  sent: number;
  /** `db.transaction(…)` calls the scan made (counted on the handle it was given). */
  transactions: number;
  /** Statements it sent, and how many of them were anything but a plain select. */
  statements: number;
  writeStatements: number;
  /**
   * Transaction ids assigned on the whole server while the scan ran: PostgreSQL gives one
   * only to a transaction that writes, so this counts the transactions that wrote anything.
   */
  xids: number;
}

/** A handle that counts the transactions opened through it. */
function countingTransactions(db: Db): { db: Db; count: () => number } {
  let opened = 0;
  const counted = new Proxy(db, {
    get(target, property, receiver) {
      if (property === "transaction") {
        const transaction: Db["transaction"] = (...args) => {
          opened++;
          return target.transaction(...args);
        };
        return transaction;
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { db: counted, count: () => opened };
}

/** The next transaction id the server will assign. */
async function nextXid(sql: Sql): Promise<bigint> {
  const [row] = await sql<
    { xid: string }[]
  >`select pg_snapshot_xmax(pg_current_snapshot())::text as xid`;
  if (!row) throw new Error("no snapshot");
  return BigInt(row.xid);
}

/** A database handle for scans, recording the statements it sends. */
export function scanDatabase(url: string): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const db = createDb(url, { max: 4, logQuery: (query) => statements.push(query) });
  return { db, statements };
}

/** Runs one scan at `now` through a handle made by `scanDatabase` and measures it. */
export async function measureScan(
  sql: Sql,
  scan: { db: Db; statements: string[] },
  now: Date,
): Promise<ScanFigures> {
  const { db: counted, count } = countingTransactions(scan.db);
  scan.statements.length = 0;
  const xidBefore = await nextXid(sql);
  const started = performance.now();
  const sent = await sendDueReminders(counted, now, "https://tend.example");
  const ms = performance.now() - started;
  const xidAfter = await nextXid(sql);
  return {
    ms,
    sent,
    transactions: count(),
    statements: scan.statements.length,
    writeStatements: scan.statements.filter((q) => !/^\s*select\b/i.test(q)).length,
    xids: Number(xidAfter - xidBefore),
  };
}
