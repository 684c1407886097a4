import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

import { ADMIN, expectAccessible, PERSONAS, signIn, WEB } from "./support";

test.use({ viewport: { width: 390, height: 844 } });

/**
 * Visits every page the main menu offers (and `more` pages reached otherwise), as the person
 * signed in: none may scroll sideways on a 390 px screen. Returns the menu's addresses.
 */
async function everyMenuPage(page: Page, base: string, more: string[] = []) {
  await page.getByRole("button", { name: "Menu" }).click();
  const hrefs = await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(3);
  for (const href of [...hrefs, ...more]) {
    await page.goto(`${base}${href}`);
    await expect(page.locator("h1").first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${base}${href} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
  }
  return hrefs;
}

test("on a phone the menu folds into one button, and no page of any persona scrolls sideways", async ({
  page,
}) => {
  await signIn(page, PERSONAS.supervisor.email);
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await expect(nav.getByRole("link", { name: "Supervisees" })).toBeVisible();
  await expectAccessible(page);
  // Escape folds it and gives focus back; choosing a page folds it too.
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await menu.click();
  await nav.getByRole("link", { name: "Groups" }).click();
  await expect(page.getByRole("heading", { name: "Peer groups", level: 1 })).toBeVisible();
  await expect(nav).toBeHidden();

  // Every persona's pages, in both apps.
  // The inbox (from the bell) and the hour log's tables (cards on a phone) too.
  expect(
    await everyMenuPage(page, WEB, ["/notifications", "/supervision/hours", "/shared"]),
  ).toContain("/supervisees");
  for (const persona of [PERSONAS.clinician, PERSONAS.twoOrganisations]) {
    await page.context().clearCookies();
    await signIn(page, persona.email);
    await everyMenuPage(page, WEB);
  }
  for (const persona of [PERSONAS.admin, PERSONAS.otherOrgAdmin]) {
    await page.context().clearCookies();
    await signIn(page, persona.email, ADMIN);
    expect(await everyMenuPage(page, ADMIN)).toContain("/reports");
  }
});

test("on a phone, choosing another organisation in the menu switches to it", async ({ page }) => {
  await signIn(page, PERSONAS.twoOrganisations.email);
  await page.getByRole("button", { name: "Menu" }).click();
  await page
    .getByRole("button", { name: /^Harbour Counselling Collective\W+switch organisation/ })
    .click();
  await page.getByRole("button", { name: "Riverbend Community Mental Health" }).click();
  await expect(page.getByText("Riverbend Community Mental Health · Clinician")).toBeVisible();
  // Back to Harbour, where the other journeys expect Jordan to start.
  await page.getByRole("button", { name: "Menu" }).click();
  await page
    .getByRole("button", { name: /^Riverbend Community Mental Health\W+switch organisation/ })
    .click();
  await page.getByRole("button", { name: "Harbour Counselling Collective" }).click();
  await expect(page.getByText("Harbour Counselling Collective · Supervisor")).toBeVisible();
});
