import { expect, test } from "@playwright/test";

import { expectAccessible, PERSONAS, signIn } from "./support";

/** A member of the Monthly Schwartz round in the demo data, who is none of the personas. */
const FELLOW_MEMBER = "aisha.rahman@riverbend.example";

test("a clinician joins a peer group, comes to its meetings and posts as a member; another member flags the post; the facilitator reviews it", async ({
  page,
  browser,
}) => {
  await signIn(page, PERSONAS.clinician.email);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Groups" })
    .click();
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

  // Sam says he is coming to every meeting of the round.
  await page.getByRole("link", { name: "Monthly Schwartz round" }).click();
  await page.getByRole("link", { name: "Open the meetings" }).click();
  await expect(page.getByRole("heading", { name: "Meetings", level: 1 })).toBeVisible();
  const series = page.getByRole("group", {
    name: "Your answer for every meeting of Schwartz round",
  });
  await series.getByRole("button", { name: "Going", exact: true }).click();
  await expect(series.getByRole("button", { name: "Going", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // Each meeting of the series now counts him in.
  const nextMeeting = page.getByRole("group", { name: /^Your answer for (?!every)/u }).first();
  await expect(nextMeeting.getByRole("button", { name: "Going", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expectAccessible(page);

  // Sam starts a thread in the group's discussion, as "a member".
  await page.getByRole("link", { name: "← Monthly Schwartz round" }).click();
  await page.getByRole("link", { name: "Open the discussion" }).click();
  await expect(page.getByRole("heading", { name: "Discussion", level: 1 })).toBeVisible();
  await expect(page.getByText("No threads yet")).toBeVisible();
  await page.getByLabel("Title").fill("Sundays before a week of home visits");
  await page.getByLabel("What would you like to say?").fill("I dread Sunday evenings lately.");
  await page.getByLabel("Post as “a member”").check();
  // Told up front who could learn that they wrote it.
  await expect(page.getByText("the group’s facilitators will see that you wrote it")).toBeVisible();
  await page.getByRole("button", { name: "Start the thread" }).click();
  await expect(
    page.getByRole("heading", { name: "Sundays before a week of home visits", level: 1 }),
  ).toBeVisible();
  await expect(page.getByText("Posted as “a member”")).toBeVisible();
  await expectAccessible(page);
  const threadUrl = page.url();

  // Another member sees "A member", never Sam's name, and flags the post.
  const fellowContext = await browser.newContext();
  const fellow = await fellowContext.newPage();
  await signIn(fellow, FELLOW_MEMBER);
  await fellow.goto(threadUrl);
  await expect(fellow.getByText("I dread Sunday evenings lately.")).toBeVisible();
  await expect(fellow.getByText(PERSONAS.clinician.name)).toHaveCount(0);
  await fellow.getByRole("button", { name: "Flag the post by A member" }).click();
  const flagDialog = fellow.getByRole("dialog", { name: "Flag this post for the facilitators" });
  await flagDialog.getByLabel("I am worried about the person who wrote it").check();
  await flagDialog.getByLabel(/Anything the facilitators should know/).fill("Checking in on them.");
  await flagDialog.getByRole("button", { name: "Send to the facilitators" }).click();
  await expect(flagDialog.getByText("Thank you. The facilitators will review it.")).toBeVisible();
  await fellowContext.close();

  // The facilitator finds it in the queue, learns who wrote it, and restores it.
  const facilitatorContext = await browser.newContext();
  const facilitator = await facilitatorContext.newPage();
  await signIn(facilitator, PERSONAS.supervisor.email);
  await facilitator.goto(threadUrl.replace(/\/discussion\/[^/]+$/u, ""));
  await facilitator.getByRole("link", { name: "1 post to review" }).click();
  await expect(facilitator.getByRole("heading", { name: "Moderation queue" })).toBeVisible();
  await expect(
    facilitator.getByText(`${PERSONAS.clinician.name} (posted as “a member”)`),
  ).toBeVisible();
  await expect(facilitator.getByText("Checking in on them.")).toBeVisible();
  await expectAccessible(facilitator);
  await facilitator.getByRole("button", { name: "Restore" }).click();
  await expect(facilitator.getByText("Nothing to review")).toBeVisible();
  await facilitatorContext.close();
});
