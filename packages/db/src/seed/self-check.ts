/** Self-check demo data: a year of history for everyone who takes checks, and one share. */
import { and, desc, eq } from "drizzle-orm";

import type { DbOrTx } from "../client";
import type { HistoryPerson } from "./history";
import type { SeededPeople } from "./identity";
import { checkResponses, resultShares } from "../schema";
import { seedCheckHistory } from "./history";
import { riverbendEmail } from "./identity";
import { PERSONAS } from "./personas";

export async function seedSelfChecks(
  tx: DbOrTx,
  people: SeededPeople,
  now = new Date(),
): Promise<void> {
  const history: HistoryPerson[] = [people.riverbend, people.harbour]
    .flatMap((org) => org.people.map((p) => ({ ...p, organisationId: org.organisationId })))
    .filter((p) => p.roles.includes("clinician"))
    .map((p) => ({
      userId: people.userIds.get(p.email) ?? "",
      organisationId: p.organisationId,
      team: p.team,
      email: p.email,
    }));
  await seedCheckHistory(tx, history, now);

  // Maya chose to share her latest ProQOL with her supervisor, Dr Priya Shah.
  const mayaId = people.userIds.get(riverbendEmail("Maya Okafor"));
  const priyaMembership = people.riverbend.membershipIds.get(PERSONAS.supervisor.name);
  if (!mayaId || !priyaMembership) throw new Error("seed: Maya or Dr Priya Shah is missing");
  const [latest] = await tx
    .select({ id: checkResponses.id })
    .from(checkResponses)
    .where(and(eq(checkResponses.userId, mayaId), eq(checkResponses.instrumentId, "proqol5")))
    .orderBy(desc(checkResponses.completedAt))
    .limit(1);
  if (latest) {
    await tx.insert(resultShares).values({
      responseId: latest.id,
      ownerUserId: mayaId,
      organisationId: people.riverbend.organisationId,
      supervisorMembershipId: priyaMembership,
      note: "Sharing this before our next session: the last month has been heavy.",
    });
  }
}
