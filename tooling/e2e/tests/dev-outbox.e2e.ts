import { expect, test } from "@playwright/test";

import { expectAccessible, WEB } from "./support";

test("the development outbox lists sent mail (enabled for this run by DEV_OUTBOX=1)", async ({
  page,
}) => {
  await page.goto(`${WEB}/dev/outbox`);
  await expect(page.getByRole("heading", { name: "Development outbox" })).toBeVisible();
  await expectAccessible(page);
});
