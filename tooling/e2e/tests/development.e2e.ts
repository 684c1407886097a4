import { expect, test } from "@playwright/test";

import { expectAccessible, PERSONAS, signIn } from "./support";

/** A day `days` from today, as a date field takes it. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The smallest well-formed PDF header file-type recognises. */
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");

test("a clinician adds a licence, logs CE with a certificate, and sees the renewal progress change", async ({
  page,
}) => {
  await signIn(page, PERSONAS.clinician.email);
  await page.getByRole("link", { name: "Development" }).click();
  await expect(
    page.getByRole("heading", { name: "Professional development", level: 1 }),
  ).toBeVisible();
  // The demo's LCSW ends in 75 days with ethics short: at risk.
  const lcsw = page.getByRole("region", { name: "LCSW, Example State" });
  await expect(lcsw.getByText("At risk")).toBeVisible();
  await expect(lcsw.getByText("24.5 hours of 30 hours")).toBeVisible();
  await expect(lcsw.getByText("2 hours of 3 hours · 1 hour to go")).toBeVisible();
  await expectAccessible(page);

  // A licence of another state, following the organisation's LPC example.
  await page.getByRole("link", { name: "Add a licence" }).click();
  await page.getByLabel("Kind of licence").selectOption("LPC");
  await page.getByLabel("Issued by (state, province or country)").fill("Lakeside State");
  await page.getByLabel("First day").fill(day(-300));
  await page.getByLabel("Last day (when it must be renewed)").fill(day(400));
  await page
    .getByLabel("Renewal requirements")
    .selectOption({ label: "Example: LPC, two-year cycle (24 hours every 24 months)" });
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add licence" }).click();
  const lpc = page.getByRole("region", { name: "LPC, Lakeside State" });
  await expect(lpc.getByText("0 hours of 24 hours")).toBeVisible();

  // One hour of ethics, counted toward both licences.
  await page.getByRole("link", { name: "Log CE" }).click();
  await page.getByLabel("Course, workshop or activity").fill("Ethics refresher");
  await page.getByLabel("Hours", { exact: true }).fill("1");
  await page.getByRole("checkbox", { name: "Ethics" }).check();
  await expect(page.getByRole("checkbox", { name: "LPC, Lakeside State" })).toBeChecked();
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(page.getByText("Logged. Add its certificate below")).toBeVisible();

  // A text file named like a PDF is refused; the PDF is kept.
  const upload = page.getByLabel("Upload");
  await upload.setInputFiles({
    name: "certificate.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("Certificate of completion"),
  });
  await page.getByRole("button", { name: "Save certificate" }).click();
  await expect(
    page.getByText("This file is not a PDF, PNG or JPEG, whatever its name says."),
  ).toBeVisible();
  await upload.setInputFiles({ name: "ethics.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Save certificate" }).click();
  await expect(page.getByText("Certificate saved.")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the certificate" }).click();
  expect((await download).suggestedFilename()).toBe("ethics.pdf");
  await expectAccessible(page);

  await page.getByRole("link", { name: "← Professional development" }).click();
  await expect(lcsw.getByText("25.5 hours of 30 hours")).toBeVisible();
  await expect(lcsw.getByText("3 hours of 3 hours · done")).toBeVisible();
  await expect(lpc.getByText("1 hour of 24 hours")).toBeVisible();
  await expect(page.getByRole("link", { name: "Certificate of Ethics refresher" })).toBeVisible();

  // A goal, set here and reached; the plan lists the open ones.
  await page.getByLabel("New goal").fill("Finish the ethics module");
  await page.getByRole("button", { name: "Add goal" }).click();
  await page.getByRole("button", { name: /^Mark as reached\W+Finish the ethics module$/ }).click();
  await expect(
    page.getByRole("button", { name: /^Reopen\W+Finish the ethics module$/ }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Plan", exact: true }).click();
  const growth = page.getByRole("region", { name: "Professional development" });
  await expect(
    growth.getByRole("listitem").filter({ hasText: "Complete a trauma-informed care course" }),
  ).toBeVisible();
  await expect(growth.getByText("Finish the ethics module")).toHaveCount(0);
});

test("a clinician enrols in a catalog workshop and marks it complete, which logs it as CE", async ({
  page,
}) => {
  await signIn(page, PERSONAS.clinician.email);
  await page.goto("/development");
  await page.getByRole("link", { name: "Workshop catalog" }).click();
  await expect(page.getByRole("heading", { name: "Workshop catalog", level: 1 })).toBeVisible();
  // The demo's enrolments: a refresher that has taken place, and one still to come.
  const yours = page.getByRole("region", { name: "Your workshops" });
  await expect(
    yours.getByRole("button", { name: /^Mark as complete\W+Suicide risk assessment refresher$/ }),
  ).toBeVisible();
  await expect(yours.getByText("You can mark it complete once it has taken place.")).toBeVisible();
  await expectAccessible(page);

  const course = page.getByRole("region", { name: "Cultural humility in practice" });
  await course.getByRole("button", { name: /^Enrol/ }).click();
  // The card moves to your workshops, and keyboard focus goes with it.
  await expect(
    yours.getByRole("heading", { name: "Cultural humility in practice", level: 3 }),
  ).toBeFocused();
  await yours
    .getByRole("button", { name: /^Mark as complete\W+Cultural humility in practice$/ })
    .click();
  const dialog = page.getByRole("alertdialog", {
    name: "Mark “Cultural humility in practice” as complete?",
  });
  await expect(dialog.getByText("This logs 2 hours of CE in your log")).toBeVisible();
  await dialog.getByRole("button", { name: "Mark as complete" }).click();

  // The new entry, filled in from the workshop, ready for its certificate.
  await expect(page.getByText("Logged from the catalog.")).toBeVisible();
  await expect(page.getByLabel("Course, workshop or activity")).toHaveValue(
    "Cultural humility in practice",
  );
  await expect(page.getByLabel("Hours", { exact: true })).toHaveValue("2");
  await expect(page.getByRole("radio", { name: "Self-study" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Cultural competence" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "LCSW, Example State" })).toBeChecked();

  await page.goto("/development/catalog");
  const completed = page.getByRole("region", { name: "Completed" });
  await expect(
    completed.getByRole("link", { name: /^In your CE log\W+Cultural humility in practice$/ }),
  ).toBeVisible();
});
