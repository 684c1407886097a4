import type { Page } from "@playwright/test";
import { expect, test } from "@playwright/test";

import { expectAccessible, outsideQuietHours, PERSONAS, signIn, signOut } from "./support";

/** The worked example of the instrument notes: CS 44 High, BO 22 Low, STS 15 Low. */
const WORKED = [
  4, 2, 5, 4, 1, 4, 3, 2, 2, 1, 2, 5, 1, 1, 4, 4, 3, 4, 3, 4, 3, 5, 1, 5, 1, 3, 3, 1, 5, 5,
];

/** Tabs forward until a radio button has focus (the first unanswered or checked one of a group). */
async function tabToFirstRadio(page: Page) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (
      await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type === "radio",
      )
    )
      return;
  }
  throw new Error("no radio button reached by Tab");
}

/** Answers items by keyboard only: Space picks the first option, arrows move to the value, Tab to the next item. */
async function answerByKeyboard(page: Page, values: number[]) {
  for (const [i, value] of values.entries()) {
    await page.keyboard.press("Space");
    for (let step = 1; step < value; step++) await page.keyboard.press("ArrowRight");
    if (i < values.length - 1) await page.keyboard.press("Tab");
  }
}

const card = (page: Page, name: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });

test("a clinician takes ProQOL by keyboard and sees scores and history", async ({ page }) => {
  test.setTimeout(120_000); // thirty items by keyboard
  await signIn(page, PERSONAS.clinician.email);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Self-checks" })
    .click();
  await expect(page.getByRole("heading", { name: "Self-checks", level: 1 })).toBeVisible();
  // Each check's reminder controls say which check they are for.
  await expect(page.getByLabel("Reminders for ProQOL 5", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Reminders for Pulse", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Take the ProQOL 5" }).click();
  await expect(page.getByRole("heading", { name: "ProQOL 5", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle("Take ProQOL 5 · Tend");
  await expect(page.getByText(/credit: The Center for Victims of Torture/)).toBeVisible();
  await expectAccessible(page);

  // The first five answers survive a reload.
  await tabToFirstRadio(page);
  await answerByKeyboard(page, WORKED.slice(0, 5));
  await expect(page.getByText("5 of 30 answered")).toBeVisible();
  await page.reload();
  await expect(page.getByText("5 of 30 answered")).toBeVisible();
  await expect(page.getByText("Your earlier answers were kept.")).toBeVisible();

  // Submitting early moves focus to a summary in view that links to each missing question;
  // its first link leads to question 6, and the rest is answered from there, by keyboard.
  await page.getByRole("button", { name: "See my results" }).click();
  const missing = page.getByRole("region", { name: "25 questions still need an answer" });
  await expect(missing).toBeFocused();
  await expect(missing).toBeInViewport();
  await expect(missing.getByRole("link")).toHaveCount(25);
  await page.keyboard.press("Tab");
  await expect(missing.getByRole("link", { name: "Question 6" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("radio", { name: "1 Never" }).nth(5)).toBeFocused();
  await answerByKeyboard(page, WORKED.slice(5));
  await expect(page.getByText("30 of 30 answered")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "See my results" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Your ProQOL 5 results" })).toBeVisible();
  await expect(card(page, "Compassion Satisfaction")).toContainText("44");
  await expect(card(page, "Compassion Satisfaction")).toContainText("High");
  await expect(card(page, "Burnout")).toContainText("22");
  await expect(card(page, "Burnout")).toContainText("Low");
  await expect(card(page, "Secondary Traumatic Stress")).toContainText("15");
  await expect(page.getByText(/not a diagnosis/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Next steps" })).toBeVisible();
  await expect(page.getByText(/credit: The Center for Victims of Torture/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "See your ProQOL 5 history" }).click();
  await expect(page.getByRole("heading", { name: "Your ProQOL 5 history" })).toBeVisible();
  await expect(page).toHaveTitle("Your ProQOL 5 history · Tend");
  await expect(page.getByRole("img", { name: /^Burnout: 13 results, latest 22/ })).toBeVisible();
  await expect(page.locator("[data-chart-line]").first()).toBeVisible();
  await expectAccessible(page);

  // A shorter period: the last three months hold a few monthly results, the newest included.
  await page
    .getByRole("navigation", { name: "Period" })
    .getByRole("link", { name: "3 months" })
    .click();
  await expect(page).toHaveURL(/range=3m/);
  await expect(page.getByRole("img", { name: /^Burnout: [2-5] results, latest 22/ })).toBeVisible();
  // Dates typed the wrong way round are explained, and everything is shown.
  await page.getByLabel("From").fill("2026-06-30");
  await page.getByLabel("To").fill("2026-06-01");
  await page.getByRole("button", { name: "Show these dates" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The first day comes after the last" }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /^Burnout: 13 results/ })).toBeVisible();
});

test("a clinician shares their latest ProQOL with their supervisor, finds it again and stops sharing", async ({
  page,
}) => {
  test.setTimeout(120_000); // three sign-ins
  // The latest result, found from the list of past results (the previous journey's result).
  await signIn(page, PERSONAS.clinician.email);
  await page.goto("/checks");
  await page.getByRole("link", { name: "Past results for ProQOL 5" }).click();
  await expect(page.getByRole("heading", { name: "Your past ProQOL 5 results" })).toBeVisible();
  await expectAccessible(page);
  const pastResults = page.getByRole("list", { name: "Your past ProQOL 5 results" });
  await pastResults.getByRole("listitem").first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Your ProQOL 5 results" })).toBeVisible();
  const resultUrl = page.url();
  const scoreLine = await card(page, "Compassion Satisfaction").locator("p.text-3xl").innerText();
  const satisfaction = /^\d+/.exec(scoreLine)?.[0] ?? "";
  expect(satisfaction).toMatch(/^\d+$/);

  // Share with Dr Priya Shah, through the consent dialog.
  await page.getByRole("button", { name: "Share this result…" }).click();
  const dialog = page.getByRole("dialog", { name: "Share this result?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Share result" })).toBeDisabled();
  await dialog
    .getByLabel("Note for your supervisor (optional)")
    .fill("Could we talk about this on Thursday?");
  await dialog.getByLabel(/I choose to share this result with Dr Priya Shah/).check();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Share result" }).click();
  await expect(
    page.getByText("Shared with Dr Priya Shah. You can stop sharing at any time."),
  ).toBeVisible();
  await signOut(page);

  // The supervisor is told in the app, and sees that result only through the share; once
  // opened, the notice is read and the bell counts one fewer.
  const restoreQuietHours = await outsideQuietHours(PERSONAS.supervisor.email);
  try {
    await signIn(page, PERSONAS.supervisor.email);
    const bell = page.getByRole("link", { name: /^Notifications: \d+ unread$/ });
    const unread = Number(/\d+/.exec((await bell.getAttribute("aria-label")) ?? "")?.[0]);
    await bell.click();
    await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
    const notice = page
      .getByRole("listitem")
      .filter({ hasText: `${PERSONAS.clinician.name} shared a ProQOL 5 result with you.` });
    await expect(notice).toContainText("Unread");
    await expectAccessible(page);
    await notice.getByRole("button", { name: "Read the result" }).click();
    await expect(page.getByRole("heading", { name: "Sam Rivera's ProQOL 5 result" })).toBeVisible();
    await expect(
      page.getByRole("link", {
        name: unread === 1 ? "Notifications: none unread" : `Notifications: ${unread - 1} unread`,
      }),
    ).toBeVisible();
  } finally {
    await restoreQuietHours();
  }
  await page.goto("/shared");
  await expectAccessible(page);
  await page.getByRole("link", { name: PERSONAS.clinician.name }).click();
  await expect(page.getByRole("heading", { name: "Sam Rivera's ProQOL 5 result" })).toBeVisible();
  await expect(card(page, "Compassion Satisfaction")).toContainText(satisfaction);
  // Written for the supervisor: of Sam, in the third person, with prompts for the conversation.
  await expect(card(page, "Compassion Satisfaction")).toContainText(
    `Sam's compassion satisfaction score is ${satisfaction} on a scale of 10 to 50`,
  );
  await expect(page.getByText(/\byou show\b/i)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Starting the conversation" })).toBeVisible();
  await expect(page.getByText("Could we talk about this on Thursday?")).toBeVisible();
  await expectAccessible(page);
  const sharedUrl = page.url();
  await page.goto(resultUrl);
  await expect(page.getByRole("heading", { name: "Your ProQOL 5 results" })).toHaveCount(0);
  await signOut(page);

  // The clinician sees the share in the list of past results, then stops sharing it from
  // "Your shares", where everything they share is listed.
  await signIn(page, PERSONAS.clinician.email);
  await page.goto("/checks/proqol5/results");
  await expect(
    page.getByRole("list", { name: "Your past ProQOL 5 results" }).getByRole("listitem").first(),
  ).toContainText("Shared with 1 supervisor");
  await page.getByRole("link", { name: "Everything you have shared" }).click();
  await expect(page.getByRole("heading", { name: "Your shares" })).toBeVisible();
  await expect(page.getByText(/Dr Priya Shah sees your ProQOL 5/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Stop sharing with Dr Priya Shah" }).click();
  await page
    .getByRole("alertdialog", { name: "Stop sharing?" })
    .getByRole("button", { name: "Stop sharing" })
    .click();
  await expect(page.getByText("You are not sharing any result")).toBeVisible();
  await expect(
    page.getByText(/You stopped sharing your ProQOL 5 with Dr Priya Shah/),
  ).toBeVisible();
  await signOut(page);

  // …and the supervisor's access has ended.
  await signIn(page, PERSONAS.supervisor.email);
  await page.goto(sharedUrl);
  await expect(page.getByRole("heading", { name: "This result is not available" })).toBeVisible();
  await page.goto("/shared");
  await expect(page.getByRole("link", { name: PERSONAS.clinician.name })).toHaveCount(0);
});

test("a clinician keeps a private prevention plan and reviews it after a check", async ({
  page,
}) => {
  await signIn(page, "daniel.kim@riverbend.example"); // a seeded clinician with an empty plan
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await expect(page.getByRole("heading", { name: "Your prevention plan" })).toBeVisible();
  await expectAccessible(page);

  const selfCare = page.getByRole("form", { name: "Add to Practise self-care" });
  await selfCare.getByLabel("What you will do").fill("Lunch away from my desk");
  await selfCare.getByLabel("How often (optional)").fill("weekdays");
  await selfCare.getByRole("button", { name: "Add commitment" }).click();
  await expect(page.getByText(/^Lunch away from my desk/)).toBeVisible();
  // Focus is back in the field, ready for the next one, and the addition is announced.
  await expect(selfCare.getByLabel("What you will do")).toBeFocused();
  await expect(selfCare.getByText("Added “Lunch away from my desk” to your plan.")).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^Lunch away from my desk/)).toBeVisible();

  // Editing starts in the field; Escape cancels and returns to the Edit button.
  const edit = page.getByRole("button", { name: "Edit “Lunch away from my desk”" });
  await edit.click();
  const editing = page.getByRole("form", { name: "Edit “Lunch away from my desk”" });
  await expect(editing.getByLabel("What you will do")).toBeFocused();
  await page.keyboard.type(", most days");
  await page.keyboard.press("Escape");
  await expect(editing).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(page.getByText(/^Lunch away from my desk/)).toBeVisible();

  // Unsaved text: leaving asks first, and staying keeps it.
  await selfCare.getByLabel("What you will do").fill("A slow coffee before the first client");
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("not saved");
    void dialog.dismiss();
  });
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Self-checks" })
    .click();
  await expect(page).toHaveURL(/\/plan$/);
  await expect(selfCare.getByLabel("What you will do")).toHaveValue(
    "A slow coffee before the first client",
  );
  await selfCare.getByLabel("What you will do").fill("");

  // Removing, after confirmation, leaves focus on the strategy it was in.
  await page.getByRole("button", { name: "Remove “Lunch away from my desk”" }).click();
  await page
    .getByRole("alertdialog", { name: "Remove this commitment?" })
    .getByRole("button", { name: "Remove" })
    .click();
  await expect(page.getByRole("heading", { name: "Practise self-care" })).toBeFocused();

  // An idea to start from fills the field; once in the plan, it is no longer offered.
  const idea = selfCare.getByRole("button", { name: "Use the idea “A 20-minute walk at lunch”" });
  await idea.click();
  await expect(selfCare.getByLabel("What you will do")).toHaveValue("A 20-minute walk at lunch");
  await selfCare.getByRole("button", { name: "Add commitment" }).click();
  await expect(page.getByText(/^A 20-minute walk at lunch/)).toBeVisible();
  await expect(idea).toHaveCount(0);

  // Marked done today; it stays so, and can be taken back.
  const done = page.getByRole("button", { name: "Done today: “A 20-minute walk at lunch”" });
  await expect(done).toHaveAttribute("aria-pressed", "false");
  await done.click();
  await expect(done).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(done).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page);
  await selfCare.getByLabel("What you will do").fill("Lunch away from my desk");
  await selfCare.getByRole("button", { name: "Add commitment" }).click();
  await expect(page.getByText(/^Lunch away from my desk/)).toBeVisible();

  await page.goto("/plan?review=1");
  await page.getByRole("button", { name: "I have reviewed my plan" }).click();
  await expect(page.getByText("Thank you — your review is noted.")).toBeVisible();
  await expect(page.getByText(/Last reviewed/)).toBeVisible();
});
