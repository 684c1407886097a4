import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

import { expectAccessible, PERSONAS, signIn, WEB } from "./support";

/** Takes the warning-signs checklist answering every statement with the same option. */
async function takeWarningSigns(page: Page, answer: "Rarely or never" | "Often") {
  await page.goto(`${WEB}/checks/warning-signs`);
  const options = page.getByRole("radio", { name: answer, exact: true });
  await expect(options).toHaveCount(15);
  for (let i = 0; i < 15; i++) await options.nth(i).check();
  await page.getByRole("button", { name: "See my results" }).click();
  await expect(page.getByRole("heading", { name: "Your Warning signs results" })).toBeVisible();
}

test("a high warning-signs result shows support resources and names a large change calmly", async ({
  page,
}) => {
  await signIn(page, PERSONAS.supervisor.email); // Dr Priya Shah also sees clients
  await takeWarningSigns(page, "Rarely or never");
  await expect(page.getByRole("heading", { name: /Support is available/ })).toHaveCount(0);

  await takeWarningSigns(page, "Often");
  await expect(page.getByRole("heading", { name: /Support is available/ })).toBeVisible();
  await expect(page.getByText(/emergency number/)).toBeVisible();
  const changes = page.getByRole("region", { name: "Large changes since your last result" });
  await expect(changes.getByRole("listitem")).toHaveCount(5);
  await expect(changes).toContainText(
    "Your Physical score has gone up by 6 since your last result, from 0 to 6.",
  );
  // Five changes, one piece of advice after them.
  await expect(changes.getByText(/worth noticing/)).toHaveCount(1);
  await expect(page.getByText("A large change.").first()).toBeVisible();
  await expectAccessible(page);
});
