import { afterAll, describe, expect, inject, it } from "vitest";

import { connectTestDb } from "@tend/db/testing";

import {
  CE_REMINDERS,
  GROUP_NOTICES,
  REMINDER_SCAN,
  REPORT_REFRESH,
  SERIES_EXTENSION,
  startWorker,
  SUPERVISION_NOTICES,
} from "./worker";

const db = connectTestDb();
afterAll(() => db.close());

describe("the worker", () => {
  it("runs the reminder scan from the PostgreSQL queue and keeps its schedule there", async () => {
    const boss = await startWorker({
      db,
      databaseUrl: inject("databaseUrl"),
      webUrl: "http://localhost:3000",
      cron: "0 3 * * *",
      // Jobs run here only when the test sends them, not on a schedule that other tests could feel.
      noticesCron: "10 3 * * *",
      seriesCron: "20 3 * * *",
      reportsCron: "30 3 * * *",
      groupNoticesCron: "40 3 * * *",
      ceRemindersCron: "50 3 * * *",
    });
    try {
      expect((await boss.getSchedules()).map((s) => `${s.name} at ${s.cron}`).sort()).toEqual([
        `${CE_REMINDERS} at 50 3 * * *`,
        `${GROUP_NOTICES} at 40 3 * * *`,
        `${REMINDER_SCAN} at 0 3 * * *`,
        `${REPORT_REFRESH} at 30 3 * * *`,
        `${SUPERVISION_NOTICES} at 10 3 * * *`,
        `${SERIES_EXTENSION} at 20 3 * * *`,
      ]);
      const id = await boss.send(REMINDER_SCAN, {});
      if (!id) throw new Error("job not queued");
      // pg-boss polls every 2 s by default; the job completes within a few polls.
      let state: string | undefined;
      for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
        state = (await boss.getJobById(REMINDER_SCAN, id))?.state;
        if (state === "completed" || state === "failed") break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(state).toBe("completed");
      // How many it sends depends on the clock and on other tests' people; that it ran is what counts here.
      const output = (await boss.getJobById(REMINDER_SCAN, id))?.output as
        { sent?: unknown } | undefined;
      expect(typeof output?.sent).toBe("number");
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
