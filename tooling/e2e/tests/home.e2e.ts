import { expect, test } from "@playwright/test";

import { expectAccessible, PERSONAS, signIn } from "./support";

test("a clinician's home shows their latest results with bands and change, what is due, their plan, next session and meeting, and CE deadlines", async ({
  page,
}) => {
  await signIn(page, PERSONAS.clinician.email);
  await expect(page.getByRole("heading", { name: "Welcome, Sam" })).toBeVisible();

  // A year of history: each check's latest result, its bands and its change since the one before.
  const checks = page.getByRole("region", { name: "Your self-checks" });
  const proqol = checks
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "ProQOL 5" }) });
  await expect(proqol).toContainText(/Latest on \d+ \w+ \d{4}/);
  await expect(proqol).toContainText(/Burnout\s*\d+\s*(Low|Moderate|High)/);
  await expect(proqol).toContainText(/(Up|Down) [\d.]+ since last time|No change since last time/);
  await expect(checks.getByRole("link", { name: /^Take the Pulse/ })).toBeVisible();

  // The plan asks for a look after a check; sessions, meetings and CE each have their block.
  await expect(page.getByRole("region", { name: "Your prevention plan" })).toContainText(
    "A 20-minute walk at lunch",
  );
  await expect(
    page.getByRole("region", { name: "Next supervision" }).getByRole("link", {
      name: "Supervision with Dr Priya Shah",
    }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Next group meeting" })).toContainText(
    "Thursday peer support",
  );
  const ce = page.getByRole("region", { name: "Continuing education" });
  await expect(ce).toContainText("LCSW, Example State");
  await expect(ce).toContainText(/hours? to go by/);
  // Nothing counts anybody's team here.
  await expect(page.getByText(/\d+ members?$/)).toHaveCount(0);
  await expectAccessible(page);

  // Each block leads to its page.
  await page
    .getByRole("region", { name: "Your prevention plan" })
    .getByRole("link", { name: "Review your plan" })
    .click();
  await expect(page.getByRole("heading", { name: "Your prevention plan", level: 1 })).toBeVisible();
});
