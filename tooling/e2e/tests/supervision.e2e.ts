import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";

import { insertIndividualSession } from "@tend/db/queries";
import { memberships, users } from "@tend/db/schema";
import { nextAllowedSendTime } from "@tend/scheduling";
import { sendSupervisionNotices } from "@tend/services/supervision";

import { expectAccessible, PERSONAS, signIn, signOut, testDb, WEB } from "./support";

const HOUR = 3_600_000;

async function membershipOf(db: ReturnType<typeof testDb>, email: string): Promise<string> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(users.email, email));
  if (!row) throw new Error(`no membership for ${email}`);
  return row.id;
}

test("supervision: availability, a booking with its e-mail, an agenda warning, attendance, a signature and the export", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const db = testDb();
  try {
    // The supervisor opens her availability and adds Saturday morning hours.
    await signIn(page, PERSONAS.supervisor.email);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Supervision" })
      .click();
    await page
      .getByRole("navigation", { name: "Supervision" })
      .getByRole("link", { name: "Availability" })
      .click();
    await expect(page.getByRole("heading", { name: "Availability", level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Add hours on Saturday" }).first().click();
    await page.getByLabel("Saturday: window 1 ends").first().fill("12:00");
    await page.getByRole("button", { name: "Save hours" }).first().click();
    await expect(page.getByText("Saved. Booking now offers these times.")).toBeVisible();
    await signOut(page);

    // The clinician books one of the offered times.
    await signIn(page, PERSONAS.clinician.email);
    await page.goto(`${WEB}/supervision/book`);
    await expect(page.getByRole("heading", { name: "Book supervision" })).toBeVisible();
    await expectAccessible(page);
    await page
      .getByRole("button", { name: /^Book / })
      .first()
      .click();
    await expect(page.getByText(/^Booked\./)).toBeVisible();
    await expectAccessible(page);

    // An agenda item that names a client is held back with the names marked.
    await page.getByLabel("Title").fill("Grief work with Mrs Patel");
    await page
      .getByLabel("Summary (de-identified)")
      .fill("Seen weekly since spring; I feel flat after our sessions.");
    await page.getByLabel("Help you want").fill("How to notice it earlier");
    await page.getByRole("button", { name: "Add to the agenda" }).click();
    const warning = page.getByRole("alert").filter({ hasText: "This may identify a client" });
    await expect(warning).toBeVisible();
    await expect(warning.locator("mark")).toHaveText(["Mrs Patel"]);
    await expectAccessible(page);
    await warning.getByRole("button", { name: "I will change it" }).click();
    await page.getByLabel("Title").fill("Grief work with a long-term client");
    await page.getByRole("button", { name: "Add to the agenda" }).click();
    await expect(
      page.getByText("Grief work with a long-term client", { exact: true }),
    ).toBeVisible();

    // The worker's job sends the booking e-mail, with the calendar entry attached, on its first
    // run outside Sam's quiet hours (whatever the time of day this test runs).
    const [sam] = await db
      .select({ timeZone: users.timeZone, quietHours: users.quietHours })
      .from(users)
      .where(eq(users.email, PERSONAS.clinician.email));
    if (!sam) throw new Error("no Sam");
    await sendSupervisionNotices(
      db,
      nextAllowedSendTime(new Date(), sam.quietHours, sam.timeZone),
      WEB,
    );
    await page.goto(`${WEB}/dev/outbox`);
    const mail = page
      .getByRole("listitem")
      .filter({ hasText: "Supervision booked" })
      .filter({ hasText: PERSONAS.clinician.email })
      .first();
    await expect(mail).toBeVisible();
    await expect(mail.getByRole("link", { name: "supervision.ics" })).toBeVisible();
    await mail.getByText("Show its text").click();
    await expect(mail.getByText(/BEGIN:VCALENDAR/)).toBeVisible();
    await page.goto(`${WEB}/`);
    await signOut(page);

    // A session that took place a few hours ago: the supervisor records attendance and signs the hours.
    const [supervisor] = await db
      .select({
        membershipId: memberships.id,
        organisationId: memberships.organisationId,
        timeZone: users.timeZone,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, PERSONAS.supervisor.email));
    if (!supervisor) throw new Error("no supervisor");
    const participantMembershipId = await membershipOf(db, PERSONAS.clinician.email);
    let held: { sessionId: string; start: Date } | null = null;
    // The first free hour going back from five hours ago (the demo has a history of sessions).
    for (let hoursAgo = 5; !held && hoursAgo < 48; hoursAgo++) {
      const start = new Date(Math.floor(Date.now() / HOUR) * HOUR - hoursAgo * HOUR);
      const outcome = await insertIndividualSession(db, {
        organisationId: supervisor.organisationId,
        supervisorMembershipId: supervisor.membershipId,
        participantMembershipId,
        startsAt: start,
        endsAt: new Date(start.getTime() + 50 * 60_000),
      });
      if (outcome.ok) held = { sessionId: outcome.value.sessionId, start };
    }
    if (!held) throw new Error("no free hour for the held session");
    // Hours are dated by the supervisor's calendar.
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: supervisor.timeZone }).format(
      held.start,
    );
    await signIn(page, PERSONAS.supervisor.email);
    await page.goto(`${WEB}/supervision/sessions/${held.sessionId}`);
    await expect(page.getByRole("heading", { name: "Attendance" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save attendance" }).click();
    await expect(page.getByText("1 hour entry is waiting for your signature.")).toBeVisible();
    await page.goto(`${WEB}/supervision/cosign`);
    await expectAccessible(page);
    await page
      .getByRole("button", { name: new RegExp(`^Sign Sam Rivera's 50 min on ${day}`) })
      .first()
      .click();
    await expect(
      page.getByRole("button", { name: new RegExp(`^Sign Sam Rivera's 50 min on ${day}`) }),
    ).toHaveCount(0);
    await signOut(page);

    // The clinician sees the signed entry and exports the log.
    await signIn(page, PERSONAS.clinician.email);
    await page.goto(`${WEB}/supervision/hours`);
    await expect(page.getByRole("heading", { name: "Supervision hours" })).toBeVisible();
    await expectAccessible(page);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export signed log (CSV)" }).click();
    const csv = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of csv) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    expect(text).toContain("Date,Kind,Hours,Minutes,Supervisor,Format,Topic,Signed by,Signed at");
    expect(text).toContain(`${day},Individual,0.83,50,Dr Priya Shah`);
    await page.getByRole("link", { name: "Printable verification" }).click();
    await expect(
      page.getByRole("heading", { name: "Verification of supervision hours" }),
    ).toBeVisible();
    await expectAccessible(page);
  } finally {
    await db.close();
  }
});
