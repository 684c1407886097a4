import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";

import { accounts } from "@tend/db/schema";

import { SSO } from "./sso-settings";
import { ADMIN, expectAccessible, PERSONAS, signOut, testDb } from "./support";

/** Signs in as `login` on the test provider's own page (any password), and agrees to share. */
async function throughProvider(page: Page, login: string) {
  await page.getByRole("button", { name: `Sign in with ${SSO.name}` }).click();
  await page.waitForURL((url) => url.origin === SSO.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("an admin signs in through the organisation's OpenID provider; an address outside its domains is refused, with the reason", async ({
  page,
}) => {
  // The provider's development pages ask for a web font; the run has no network for it.
  await page.route("https://fonts.googleapis.com/**", (route) => route.abort());
  await page.goto(`${ADMIN}/sign-in`);
  await expect(page.getByRole("heading", { name: "Sign in with your organisation" })).toBeVisible();
  await expectAccessible(page);

  // The provider vouches for the admin's address: linked to their account, signed in.
  await throughProvider(page, PERSONAS.admin.email);
  await page.waitForURL(`${ADMIN}/`);
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  // The link keeps who the provider says they are, and none of its tokens.
  const db = testDb();
  const links = await db.select().from(accounts).where(eq(accounts.provider, "sso"));
  await db.close();
  expect(links).toEqual([
    expect.objectContaining({
      type: "oidc",
      providerAccountId: PERSONAS.admin.email,
      access_token: null,
      id_token: null,
    }),
  ]);
  await signOut(page);

  // A new provider session for an address outside riverbend.example: no account, a reason.
  await page.context().clearCookies();
  await page.goto(`${ADMIN}/sign-in`);
  await throughProvider(page, "someone@elsewhere.example");
  await page.waitForURL(/\/sign-in\?error=SsoDomain/);
  await expect(
    page.getByText("not one of your organisation's addresses for single sign-on"),
  ).toBeVisible();
});
