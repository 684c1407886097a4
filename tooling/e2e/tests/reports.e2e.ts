import { expect, test } from "@playwright/test";

import { ADMIN, expectAccessible, PERSONAS, signIn } from "./support";

test("an admin reads the team wellbeing report beside the protective factors, sees the small team hidden and why, and exports it", async ({
  page,
}) => {
  await signIn(page, PERSONAS.admin.email, ADMIN);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Reports" })
    .click();
  await expect(page.getByRole("heading", { name: "Team wellbeing", level: 1 })).toBeVisible();

  // The demo's three-person Night Service is under k; Crisis & Trauma is hidden with it, so that
  // Night Service cannot be worked out from the organisation's total.
  const burnout = page.getByRole("region", { name: "Burnout" });
  const latest = burnout.getByRole("table", { name: /Burnout, .* by team/ });
  await expect(latest.getByRole("row", { name: /Night Service/ })).toContainText(
    "Hidden: fewer than 5 people answered",
  );
  await expect(latest.getByRole("row", { name: /Crisis & Trauma/ })).toContainText(
    "Hidden as well",
  );
  await expect(latest.getByRole("row", { name: /Adult Outpatient/ })).toContainText(/\d+\.\d/);

  // The protective factors sit beside wellbeing, team by team, under the same rules.
  const glance = page.getByRole("table", { name: /Wellbeing and protective factors by team/ });
  const adult = glance.getByRole("row", { name: /Adult Outpatient/ });
  // Participation, four wellbeing measures, four factors (the last: in a peer group) and CE
  // compliance (complete, on track, at risk).
  await expect(adult.getByRole("cell")).toHaveCount(12);
  await expect(adult).toContainText(/\d+%/);
  await expect(glance.getByRole("row", { name: /Night Service/ })).toContainText("< k");
  const supervised = page.getByRole("region", { name: "Supervised in the last 30 days" });
  await expect(
    supervised.getByRole("table", { name: /by team/ }).getByRole("row", { name: /Night Service/ }),
  ).toContainText("Hidden: it would stand for fewer than 5 people");
  await expect(
    page.getByRole("region", { name: "Supervision hours per clinician a month" }),
  ).toContainText("Hours a month");
  // Enough clinicians are in the demo's peer groups: this month's counts are shown, not "< k".
  const engagement = page.getByRole("table", { name: /Peer group engagement/ });
  const thisMonth = engagement.getByRole("row").last().getByRole("cell");
  await expect(thisMonth.nth(1)).toHaveText(/^\d+$/);
  await expect(thisMonth.nth(2)).toHaveText(/^\d+$/);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Quarters" }).click();
  await expect(page).toHaveURL(`${ADMIN}/reports?by=quarter`);
  await expect(page.getByRole("link", { name: "Quarters" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^team-wellbeing-\d{4}-Q\d-to-\d{4}-Q\d\.csv$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks).toString("utf8").split("\r\n");
  expect(lines[0]).toMatch(/^\uFEFFmeasure,period,group,status,people,/);
  // Night Service's rows say they are hidden, with every figure left empty.
  const night = lines.filter((l) => l.includes(",Night Service,"));
  expect(night.length).toBeGreaterThan(0);
  for (const line of night) expect(line).toMatch(/,Night Service,hidden,(,)+hidden: /);
  expect(lines.some((l) => l.startsWith("Supervised in the last 30 days,"))).toBe(true);
  expect(lines.some((l) => /^Peer group meetings held,.*,shown,\d+,(,)+\d+,$/.test(l))).toBe(true);

  // A team filter that would give a hidden team away is refused, and says why.
  await page.getByText("Teams: the whole organisation").click();
  await page.getByRole("checkbox", { name: "Crisis & Trauma" }).check();
  await page.getByRole("button", { name: "Show these teams" }).click();
  await expect(page).toHaveURL(/[?&]team=/);
  await expect(page.getByText("Teams: Crisis & Trauma")).toBeVisible();
  await expect(page.getByRole("region", { name: "Burnout" })).toContainText(
    "Not available for this choice of teams",
  );
  await page.getByRole("link", { name: "Whole organisation" }).click();
  await expect(page.getByText("Teams: the whole organisation")).toBeVisible();
});
