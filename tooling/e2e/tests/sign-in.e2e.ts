import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { and, count, desc, eq, isNull } from "drizzle-orm";

import { devOutbox, memberships, organisations } from "@tend/db/schema";

import {
  ADMIN,
  DEMO_PASSWORD,
  expectAccessible,
  PERSONAS,
  signIn,
  signOut,
  testDb,
  WEB,
} from "./support";

/** Riverbend's members now (an earlier journey may have accepted the demo invitation). */
async function riverbendMemberCount(): Promise<number> {
  const db = testDb();
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(organisations.slug, "riverbend"), isNull(memberships.deactivatedAt)));
  await db.close();
  return row?.n ?? 0;
}

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test("the sign-in and check-email pages are accessible", async ({ page }) => {
  await page.goto(`${WEB}/sign-in`);
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  // Demo shortcuts exist only in development; these are production builds.
  await expect(page.getByText("Demo personas")).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${WEB}/sign-in/check-email`);
  await expectAccessible(page);
  await page.goto(`${ADMIN}/sign-in`);
  await expectAccessible(page);
});

test("a clinician sees only the clinician navigation, and is refused by the admin app", async ({
  page,
}) => {
  await signIn(page, PERSONAS.clinician.email);
  await expect(page.getByRole("heading", { name: "Welcome, Sam" })).toBeVisible();
  await expect(mainNav(page).getByRole("link")).toHaveText([
    "Dashboard",
    "Self-checks",
    "Plan",
    "Supervision",
    "Groups",
    "Development",
    "Profile",
  ]);
  await expect(page.getByRole("link", { name: "Admin console" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Next supervision" })).toContainText(
    "Your supervisor: Dr Priya Shah",
  );
  await expectAccessible(page);

  await page.goto(ADMIN);
  await expect(page.getByRole("heading", { name: "Administrators only" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectAccessible(page);
  await page.goto(`${ADMIN}/teams`);
  await expect(page.getByRole("heading", { name: "Administrators only" })).toBeVisible();
});

test("a supervisor sees their supervisees", async ({ page }) => {
  await signIn(page, PERSONAS.supervisor.email);
  await expect(mainNav(page).getByRole("link")).toHaveText([
    "Dashboard",
    "Self-checks",
    "Plan",
    "Supervision",
    "Supervisees",
    "Shared with you",
    "Groups",
    "Development",
    "Profile",
  ]);
  await mainNav(page).getByRole("link", { name: "Supervisees" }).click();
  await expect(page.getByRole("heading", { name: "Supervisees", level: 1 })).toBeVisible();
  const supervisees = page
    .getByRole("list", { name: "Your supervisees" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(supervisees).toHaveCount(8);
  await expect(
    page.getByRole("heading", { name: PERSONAS.clinician.name, level: 2 }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("an admin reaches the admin console and sees people and teams", async ({ page }) => {
  await signIn(page, PERSONAS.admin.email);
  await expect(mainNav(page).getByRole("link")).toHaveText(["Dashboard", "Groups", "Profile"]);
  await page.getByRole("link", { name: "Admin console" }).click();
  await expect(page).toHaveURL(`${ADMIN}/`);
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  const everyone = await riverbendMemberCount();
  // A page of 25 at a time, found and filtered on the server.
  await expect(page.getByText(`1–25 of ${everyone} people`)).toBeVisible();
  await page.getByLabel("Search").fill("Sam Rivera");
  await page.getByRole("button", { name: "Apply" }).click();
  const sam = page.getByRole("row", { name: /Sam Rivera/ });
  await expect(sam).toContainText("Clinician");
  await expect(sam).toContainText("Adult Outpatient");
  // Harbour's own people never appear (Casey Nguyen is a member of both organisations).
  await page.getByLabel("Search").fill("harbour");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("1–1 of 1 person")).toBeVisible();
  await expect(page.getByText("ellie.marsh@harbour.example")).toHaveCount(0);
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(`${ADMIN}/`);
  await expect(page.getByLabel("Search")).toHaveValue("");
  await page.getByLabel("Role").selectOption("supervisor");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("1–4 of 4 people")).toBeVisible();
  await expectAccessible(page);

  await mainNav(page).getByRole("link", { name: "Teams" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Crisis & Trauma" })).toBeVisible();
  await expectAccessible(page);
});

test("the other organisation's admin sees only their own organisation", async ({ page }) => {
  await signIn(page, PERSONAS.otherOrgAdmin.email, ADMIN);
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  await expect(page.getByText("Everyone in Harbour Counselling Collective")).toBeVisible();
  await expect(page.getByText(PERSONAS.clinician.email)).toHaveCount(0);
  await expect(page.getByText("1–7 of 7 people")).toBeVisible();
});

test("a member of two organisations switches between them", async ({ page }) => {
  await signIn(page, PERSONAS.twoOrganisations.email);
  await expect(page.getByText("Harbour Counselling Collective · Supervisor")).toBeVisible();
  await expect(mainNav(page).getByRole("link")).toHaveText([
    "Dashboard",
    "Supervision",
    "Supervisees",
    "Shared with you",
    "Groups",
    "Profile",
  ]);
  // One step: the current organisation's name opens the others; choosing one switches.
  await page
    .getByRole("button", { name: /^Harbour Counselling Collective\W+switch organisation/ })
    .click();
  await page.getByRole("button", { name: "Riverbend Community Mental Health" }).click();
  await expect(page.getByText("Riverbend Community Mental Health · Clinician")).toBeVisible();
  await expect(mainNav(page).getByRole("link")).toHaveText([
    "Dashboard",
    "Self-checks",
    "Plan",
    "Supervision",
    "Groups",
    "Development",
    "Profile",
  ]);
});

test("sign-out ends the session in both apps", async ({ page }) => {
  await signIn(page, PERSONAS.admin.email);
  await page.goto(ADMIN);
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  await signOut(page);
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto(WEB);
  await expect(page).toHaveURL(`${WEB}/sign-in`);
  await page.goto(ADMIN);
  await expect(page).toHaveURL(`${ADMIN}/sign-in`);
});

test("signing out everywhere ends a copied session cookie too", async ({ browser }) => {
  const here = await browser.newContext();
  const elsewhere = await browser.newContext();
  const page = await here.newPage();
  const other = await elsewhere.newPage();
  await signIn(page, PERSONAS.twoOrganisations.email);
  // The same session cookie, copied to another browser.
  await elsewhere.addCookies(await here.cookies());
  await other.goto(`${WEB}/profile`);
  await expect(other.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();

  await page.goto(`${WEB}/profile`);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/sign-in"));

  await other.goto(`${WEB}/profile`);
  // Sent to sign in, and back to the page asked for once they have.
  await expect(other).toHaveURL(`${WEB}/sign-in?callbackUrl=%2Fprofile`);
  await expect(other.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await here.close();
  await elsewhere.close();
});

test("malformed sign-in posts get a 4xx, never a 500, in both apps", async ({ request }) => {
  for (const base of [WEB, ADMIN]) {
    const action = { "next-action": "0123456789abcdef0123456789abcdef01234567" };
    const json = await request.post(`${base}/sign-in`, {
      headers: { ...action, origin: base, "content-type": "application/json" },
      data: "{}",
    });
    expect(json.status(), `${base}: JSON body`).toBe(415);
    const foreign = await request.post(`${base}/sign-in`, {
      headers: { ...action, origin: "https://evil.example" },
      multipart: { email: "a@b.example" },
    });
    expect(foreign.status(), `${base}: other origin`).toBe(403);
    const broken = await request.post(`${base}/sign-in`, {
      headers: {
        ...action,
        origin: base,
        "content-type": "multipart/form-data; boundary=zzz",
      },
      data: "not multipart",
    });
    expect(broken.status(), `${base}: broken form`).toBe(400);
    const garbage = await request.post(`${base}/sign-in`, {
      headers: { ...action, origin: base, "content-type": "text/plain;charset=UTF-8" },
      data: "not an argument list",
    });
    expect(garbage.status(), `${base}: text that is not an argument list`).toBe(400);
  }
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto(`${WEB}/sign-in`);
  await page.getByLabel("Email", { exact: true }).first().fill(PERSONAS.supervisor.email);
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "That email and password do not match an account." }),
  ).toBeVisible();
  await expect(page.getByLabel("Email", { exact: true }).first()).toHaveValue(
    PERSONAS.supervisor.email,
  );
});

test("an email link signs the person in", async ({ page }) => {
  await page.goto(`${WEB}/sign-in`);
  await page.getByLabel("Email", { exact: true }).nth(1).fill(PERSONAS.clinician.email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const db = testDb();
  const [mail] = await db
    .select()
    .from(devOutbox)
    .where(eq(devOutbox.to, PERSONAS.clinician.email))
    .orderBy(desc(devOutbox.createdAt))
    .limit(1);
  await db.close();
  const link = /https?:\/\/\S+/.exec(mail?.text ?? "")?.[0];
  expect(link).toBeTruthy();
  await page.goto(link ?? "");
  await expect(page.getByRole("heading", { name: "Welcome, Sam" })).toBeVisible();
});

/** Fills the sign-in page the browser is on (keeping its callbackUrl) and submits it. */
async function signInHere(page: Page, email: string) {
  await page.getByLabel("Email", { exact: true }).first().fill(email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("a deep link opened signed out returns there after sign-in, in both apps", async ({
  page,
}) => {
  // As from a reminder e-mail.
  await page.goto(`${WEB}/checks/pulse`);
  await expect(page).toHaveURL(`${WEB}/sign-in?callbackUrl=%2Fchecks%2Fpulse`);
  await signInHere(page, PERSONAS.clinician.email);
  await expect(page).toHaveURL(`${WEB}/checks/pulse`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pulse");

  // Both apps share the session cookie on localhost: sign out of everything first.
  await page.context().clearCookies();
  await page.goto(`${ADMIN}/settings`);
  await expect(page).toHaveURL(`${ADMIN}/sign-in?callbackUrl=%2Fsettings`);
  await signInHere(page, PERSONAS.admin.email);
  await expect(page).toHaveURL(`${ADMIN}/settings`);
  await expect(page.getByRole("heading", { name: "Support resources" })).toBeVisible();
});

test("the sign-in pages promise only what exists", async ({ page }) => {
  await page.goto(`${ADMIN}/sign-in`);
  await expect(page.getByText(/reports/i)).toHaveCount(0);
  await page.goto(`${WEB}/sign-in`);
  await expect(page.getByText(/supervision/i)).toHaveCount(0);
});
