import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { devOutbox } from "@tend/db/schema";
import { connectTestDb } from "@tend/db/testing";

import { sendMail, smtpConfigured } from "./index";

const db = connectTestDb();
afterAll(() => db.close());

describe("sendMail without SMTP", () => {
  it("keeps the message in the development outbox", async () => {
    expect(smtpConfigured()).toBe(false);
    const to = `outbox-${Date.now()}@test.example`;
    await sendMail(db, { to, subject: "Hello", text: "Body with https://example.test/link" });
    const rows = await db.select().from(devOutbox).where(eq(devOutbox.to, to));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject: "Hello",
      text: "Body with https://example.test/link",
      html: null,
    });
  });
});
