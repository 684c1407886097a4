import { expect, test } from "@playwright/test";

import { expectAccessible, PERSONAS, signIn } from "./support";

test("a clinician finds a peer group, reads and accepts its agreement, and joins", async ({
  page,
}) => {
  await signIn(page, PERSONAS.clinician.email);
  await page.getByRole("link", { name: "Groups" }).click();
  await expect(page.getByRole("heading", { name: "Peer groups", level: 1 })).toBeVisible();
  // Harbour's group belongs to another organisation: it is never listed here.
  await expect(page.getByText("Harbour peer support")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Monthly Schwartz round" }).click();
  await expect(page.getByRole("heading", { name: "Join this group" })).toBeVisible();
  await expect(page.getByText("What is said in this group stays in this group.")).toBeVisible();
  // Nobody sees a group's members before joining it.
  await expect(page.getByRole("heading", { name: "Members" })).toHaveCount(0);
  const join = page.getByRole("button", { name: "Accept and join" });
  await expect(join).toBeDisabled();
  await expectAccessible(page);

  await page.getByLabel("I have read the agreement and I will keep to it.").check();
  await join.click();
  const members = page.getByRole("region", { name: "Members" });
  await expect(members).toBeVisible();
  await expect(members.getByText(PERSONAS.clinician.name)).toBeVisible();
  await expect(page.getByText("Member", { exact: true }).first()).toBeVisible();

  await page.getByRole("link", { name: "← Peer groups" }).click();
  await expect(
    page.getByRole("list", { name: "Your groups" }).getByRole("link", {
      name: "Monthly Schwartz round",
    }),
  ).toBeVisible();
});
