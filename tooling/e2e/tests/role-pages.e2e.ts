import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

import { ADMIN, expectAccessible, PERSONAS, signIn, WEB } from "./support";

const RIVERBEND = "Riverbend Community Mental Health";
const HARBOUR = "Harbour Counselling Collective";

/** The generic error state of a page (packages/ui/src/page-error.tsx). */
const errorBoundary = (page: Page) => page.getByText("Something went wrong");

/** The same-app links of the main navigation and of the page's main content, deduplicated. */
async function appLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('nav[aria-label="Main"] a[href^="/"], main a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((href) => href !== ""))];
}

/**
 * Every demo persona signs in and opens every link of the navigation and the dashboard once;
 * none may end in the generic error state.
 */
for (const [key, persona] of Object.entries(PERSONAS)) {
  test(`${persona.name} (${key}) meets no error page on any linked page`, async ({ page }) => {
    await signIn(page, persona.email);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const links = await appLinks(page);
    expect(links.length).toBeGreaterThan(1);
    for (const href of links) {
      await page.goto(`${WEB}${href}`);
      await expect(page.getByRole("heading", { level: 1 }), href).toBeVisible();
      await expect(errorBoundary(page), href).toHaveCount(0);
    }
  });
}

test("a page a role cannot use explains itself, and switches to an organisation where it can", async ({
  page,
}) => {
  // Jordan Lee starts in Harbour, where they are a supervisor only.
  await signIn(page, PERSONAS.twoOrganisations.email);
  await page.goto(`${WEB}/checks`);
  await expect(page.getByRole("heading", { name: "Self-checks", level: 1 })).toBeVisible();
  await expect(
    page.getByText(`You are a supervisor in ${HARBOUR}; self-checks are for clinicians.`),
  ).toBeVisible();
  await expect(errorBoundary(page)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: `Switch to ${RIVERBEND}` }).click();
  await expect(page.getByRole("link", { name: "Take the Pulse" })).toBeVisible();
  await expect(page).toHaveURL(`${WEB}/checks`);

  // Now a clinician only: the supervisor pages explain themselves and switch back.
  await page.goto(`${WEB}/shared`);
  await expect(
    page.getByText(`You are a clinician in ${RIVERBEND}; shared results are for supervisors.`),
  ).toBeVisible();
  await page.goto(`${WEB}/supervisees`);
  await page.getByRole("button", { name: `Switch to ${HARBOUR}` }).click();
  await expect(page.getByRole("heading", { name: "Ellie Marsh", level: 2 })).toBeVisible();
});

test("a role held in no organisation says so, without a switch", async ({ page }) => {
  await signIn(page, PERSONAS.clinician.email);
  await page.goto(`${WEB}/supervisees`);
  await expect(
    page.getByText(`You are a clinician in ${RIVERBEND}; this list is for supervisors.`),
  ).toBeVisible();
  await expect(page.getByText("None of your organisations gives you this role.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Switch to/ })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, PERSONAS.admin.email);
  await page.goto(`${WEB}/plan`);
  await expect(
    page.getByText(
      `You are an administrator in ${RIVERBEND}; the prevention plan is for clinicians.`,
    ),
  ).toBeVisible();
});

test("the admin console offers a switch to the organisation a person administers", async ({
  page,
}) => {
  // Casey Nguyen administers Harbour and is a clinician at Riverbend.
  await signIn(page, PERSONAS.otherOrgAdmin.email);
  await page.goto(`${WEB}/checks`);
  await page.getByRole("button", { name: `Switch to ${RIVERBEND}` }).click();
  await expect(page.getByRole("link", { name: "Take the Pulse" })).toBeVisible();

  await page.goto(`${ADMIN}/teams`);
  await expect(page.getByRole("heading", { name: "Administrators only", level: 1 })).toBeVisible();
  await expect(
    page.getByText(`You are a clinician in ${RIVERBEND}; the admin console is for administrators.`),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Switch to ${HARBOUR}` }).click();
  await expect(page.getByRole("heading", { name: "Teams", level: 1 })).toBeVisible();
  await expect(page.getByText(`Teams in ${HARBOUR}.`)).toBeVisible();
});
