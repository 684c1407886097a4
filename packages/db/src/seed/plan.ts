/** Prevention-plan demo data: Sam's plan, so the plan page shows what a lived-in plan looks like. */
import type { DbOrTx } from "../client";
import type { SeededPeople } from "./identity";
import { planCommitments, preventionPlans } from "../schema";
import { PERSONAS } from "./personas";

export async function seedPlans(tx: DbOrTx, people: SeededPeople): Promise<void> {
  const samId = people.userIds.get(PERSONAS.clinician.email);
  if (!samId) throw new Error("seed: Sam is missing");
  await tx.insert(preventionPlans).values({
    userId: samId,
    endOfDayRitual: "Write tomorrow's first task, close the laptop, and walk the long way home.",
  });
  await tx.insert(planCommitments).values([
    {
      userId: samId,
      strategy: "boundaries",
      text: "No work email after 6 pm",
      frequency: "weekdays",
      position: 0,
    },
    {
      userId: samId,
      strategy: "self-care",
      text: "A 20-minute walk at lunch",
      frequency: "3 times a week",
      position: 0,
    },
    {
      userId: samId,
      strategy: "supervision-peer-support",
      text: "Bring one hard case to supervision",
      frequency: "monthly",
      position: 0,
    },
    {
      userId: samId,
      strategy: "support-outside-work",
      text: "Sunday call with my sister",
      frequency: "weekly",
      position: 0,
    },
  ]);
}
