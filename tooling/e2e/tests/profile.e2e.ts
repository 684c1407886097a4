import { expect, test } from "@playwright/test";

import { expectAccessible, PERSONAS, signIn } from "./support";

test("a profile time-zone and hours change persists after reload", async ({ page }) => {
  await signIn(page, PERSONAS.clinician.email);
  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Time zone").selectOption("Europe/Lisbon");
  await page.getByLabel("Saturday").check();
  await page.getByLabel("From").fill("21:30");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Lisbon");
  await expect(page.getByLabel("Saturday")).toBeChecked();
  await expect(page.getByLabel("From")).toHaveValue("21:30");

  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByText("Europe/Lisbon")).toBeVisible();
  await expect(page.getByText("21:30–07:30")).toBeVisible();
});

test("an impossible working day is explained and nothing is saved", async ({ page }) => {
  await signIn(page, PERSONAS.supervisor.email);
  await page.goto("/profile");
  await page.getByLabel("Start").fill("18:00");
  await page.getByLabel("End").fill("08:00");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("The working day must end after it starts.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Start")).toHaveValue("09:00");
});
