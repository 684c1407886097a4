import { expect, test } from "@playwright/test";

import { ADMIN, expectAccessible, PERSONAS, signIn } from "./support";

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
