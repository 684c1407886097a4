import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";

import { devOutbox } from "@tend/db/schema";

import { ADMIN, expectAccessible, PERSONAS, signIn, testDb, WEB } from "./support";

test("an admin finds a person by team, changes their teams, and deactivates and reactivates them", async ({
  page,
}) => {
  await signIn(page, PERSONAS.admin.email, ADMIN);
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();

  // Filters live in the address: search by team name, then sort by e-mail.
  await page.getByLabel("Search").fill("night service");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]q=night\+service/);
  const table = page.getByRole("table", { name: /People/ });
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(page.getByText("1–3 of 3 people")).toBeVisible();
  await table.getByRole("link", { name: /E-mail/ }).click();
  await expect(page).toHaveURL(/sort=email/);
  await expectAccessible(page);

  await table.getByRole("link", { name: "Owen Price" }).click();
  await expect(page.getByRole("heading", { name: "Owen Price", level: 1 })).toBeVisible();
  await page.getByRole("checkbox", { name: "Crisis & Trauma" }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Deactivate…" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Deactivate Owen Price?" });
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByText(/^Deactivated /)).toBeVisible();
  await page.getByRole("button", { name: "Reactivate Owen Price" }).click();
  await expect(page.getByRole("button", { name: "Deactivate…" })).toBeVisible();

  // Put Owen back as the demo has him: only in Night Service.
  await page.getByRole("checkbox", { name: "Crisis & Trauma" }).uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
});

test("an admin invites a person, who signs up through the link in the e-mail", async ({ page }) => {
  const email = `quinn.${Date.now()}@riverbend.example`;
  await signIn(page, PERSONAS.admin.email, ADMIN);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Invitations" })
    .click();
  await expect(page.getByRole("heading", { name: "Invitations", level: 1 })).toBeVisible();
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Name (optional)").fill("Quinn Avery");
  await page.getByRole("checkbox", { name: "Child & Family" }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: email })).toContainText(
    "Child & Family",
  );
  await expectAccessible(page);

  // The link as the e-mail carries it.
  const db = testDb();
  const [mail] = await db.select().from(devOutbox).where(eq(devOutbox.to, email));
  await db.close();
  const link = /https?:\/\/\S+\/invite\/[\w-]+/u.exec(mail?.text ?? "")?.[0];
  if (!link) throw new Error(`no invitation link mailed to ${email}`);
  expect(link.startsWith(WEB)).toBe(true);

  await page.context().clearCookies();
  await page.goto(link);
  const password = "a calm and long password";
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Quinn" })).toBeVisible();
});
