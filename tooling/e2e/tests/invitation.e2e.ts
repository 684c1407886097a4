import { expect, test } from "@playwright/test";

import { DEMO_INVITATION_TOKEN, expectAccessible, WEB } from "./support";

test("an invited person sets a password, signs in and lands in their organisation", async ({
  page,
}) => {
  await page.goto(`${WEB}/invite/${DEMO_INVITATION_TOKEN}`);
  await expect(
    page.getByRole("heading", { name: "Join Riverbend Community Mental Health" }),
  ).toBeVisible();
  // What the product is, and what stays private, before anything is asked.
  await expect(
    page.getByRole("region", { name: "What Tend is, and what stays yours" }),
  ).toContainText("Your answers and results are private.");
  await expectAccessible(page);

  // The password's length is explained as it is typed.
  await page.getByLabel("Password", { exact: true }).fill("short");
  await expect(page.getByText("5 of at least 12 characters: 7 to go.")).toBeVisible();
  await page.getByLabel("Repeat the password").fill("short");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();

  const password = "a calm and long password";
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Join" }).click();
  // Joined, and signed in: day one begins on the home page.
  await expect(page.getByRole("heading", { name: "Welcome, Robin" })).toBeVisible();

  // Day one: every block says calmly what will appear and how.
  const checks = page.getByRole("region", { name: "Your self-checks" });
  await expect(checks.getByText("No result yet: your first one starts your history.")).toHaveCount(
    4,
  );
  await expect(page.getByRole("region", { name: "Your prevention plan" })).toContainText(
    "Your plan is empty.",
  );
  await expect(page.getByRole("region", { name: "What you share" })).toContainText(
    "You share nothing",
  );
  await expect(page.getByRole("region", { name: "Continuing education" })).toContainText(
    "Record your licence",
  );
  await expectAccessible(page);

  await page.goto(`${WEB}/invite/${DEMO_INVITATION_TOKEN}`);
  await expect(page.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
});
