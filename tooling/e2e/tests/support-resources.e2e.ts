import { expect, test } from "@playwright/test";

import { ADMIN, expectAccessible, PERSONAS, signIn } from "./support";

test("an admin edits the support text shown on high results, and can restore the default", async ({
  page,
}) => {
  await signIn(page, PERSONAS.admin.email, ADMIN);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Settings" })
    .click();
  await expect(page.getByRole("heading", { name: "Support resources" })).toBeVisible();
  await expectAccessible(page);

  const text = page.getByLabel(/^Text/);
  await expect(text).toHaveValue(/emergency number/);
  await text.fill("Too short");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(
    page.getByText("Write at least a sentence, and include an emergency number."),
  ).toBeVisible();

  await text.fill("Riverbend EAP: 0800 555 0100, any time. In an emergency call 911.");
  await page.getByRole("button", { name: "Save text" }).click();
  await expect(page.getByText("Saved. Clinicians see the new text from now on.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/^Text/)).toHaveValue(
    "Riverbend EAP: 0800 555 0100, any time. In an emergency call 911.",
  );

  await page.getByRole("button", { name: "Restore the default…" }).click();
  await page.getByRole("button", { name: "Yes, restore the default" }).click();
  await expect(page.getByText("The default text is restored.")).toBeVisible();
  await expect(page.getByLabel(/^Text/)).toHaveValue(/emergency number/);
});
