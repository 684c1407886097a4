import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";

import { createDb } from "@tend/db";
import { DEMO_PASSWORD } from "@tend/db/personas";
import { findProfile, findUserByEmail, updateProfile } from "@tend/db/queries";

import { env } from "./env";

export { DEMO_INVITATION_TOKEN, DEMO_PASSWORD, PERSONAS } from "@tend/db/personas";

export const WEB = `http://localhost:${env.WEB_PORT}`;
export const ADMIN = `http://localhost:${env.ADMIN_PORT}`;

/** Signs in with a password on the given app's sign-in page and waits to leave it. */
export async function signIn(page: Page, email: string, base = WEB, password = DEMO_PASSWORD) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email", { exact: true }).first().fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/sign-in"));
}

/** axe (WCAG 2.x A and AA rules) finds no serious or critical violation on the page. */
export async function expectAccessible(page: Page) {
  // A page at rest: a refresh in flight can drop the streamed <title> for a moment.
  await expect(page).toHaveTitle(/\S/u);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    `axe on ${page.url()}`,
  ).toEqual([]);
}

/** The seeded database the apps under test use (for reading the mail outbox). */
export function testDb() {
  if (!env.DATABASE_URL)
    throw new Error("DATABASE_URL is not set: run the suite with `pnpm test:e2e`.");
  return createDb(env.DATABASE_URL, { max: 1 });
}

/**
 * Moves a person's quiet hours to the far side of the clock for one journey, so that the bell's
 * count shows whatever the hour the suite runs at; returns what puts them back.
 */
export async function outsideQuietHours(email: string): Promise<() => Promise<void>> {
  const db = testDb();
  const user = await findUserByEmail(db, email);
  const person = user && (await findProfile(db, user.id));
  if (!person) throw new Error(`no person ${email}`);
  const hour = (offset: number) =>
    `${new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit",
      hourCycle: "h23",
      timeZone: person.timeZone,
    }).format(new Date(Date.now() + offset * 3_600_000))}:00`;
  await updateProfile(db, person.id, { quietHours: { start: hour(10), end: hour(12) } });
  return async () => {
    await updateProfile(db, person.id, { quietHours: person.quietHours });
    await db.close();
  };
}
