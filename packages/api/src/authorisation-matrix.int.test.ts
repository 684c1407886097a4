import { TRPCError } from "@trpc/server";
import { inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { setEndOfDayRitual } from "@tend/db/queries";
import { users } from "@tend/db/schema";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import type { Actor, Fixture } from "./testing/actors";
import type { PlantedAnonymous } from "./testing/discussion-rows";
import { appRouter } from "./root";
import { ACTORS, callerFor, callOverHttp } from "./testing/actors";
import {
  AUTHORISATION_MATRIX,
  clinicianCommitment,
  clinicianResponse,
  clinicianShare,
  PLANTED_ANSWER,
  procedurePaths,
  takesInput,
} from "./testing/authorisation-matrix";
import { plantAnonymousAuthor } from "./testing/discussion-rows";
import {
  PLANTED_AGENDA,
  PLANTED_PRIVATE_NOTE,
  supervisionFixture,
} from "./testing/supervision-rows";

const db = connectTestDb();
let fx: Fixture;
let anonymousAuthor: PlantedAnonymous;

/** The clinician's private data, planted before the run: no other actor may ever receive any of it. */
const planted: string[] = [];
const PLANTED_RITUAL = "planted-ritual-7f3a: leave the office by the river path";

beforeAll(async () => {
  fx = {
    db,
    org: await createTestOrganisation(db, "Matrix"),
    other: await createTestOrganisation(db, "Elsewhere"),
  };
  const response = await clinicianResponse(fx);
  const share = await clinicianShare(fx);
  const commitment = await clinicianCommitment(fx);
  await setEndOfDayRitual(db, { userId: fx.org.clinician.userId, endOfDayRitual: PLANTED_RITUAL });
  planted.push(response.id, share.id, share.responseId, commitment.id, PLANTED_RITUAL);
  // A session of the clinician with their supervisor: its agenda reaches only the two of them.
  const supervision = await supervisionFixture(fx);
  planted.push(PLANTED_AGENDA, supervision.agendaItemId);
  // A group member who posts only as "a member".
  anonymousAuthor = await plantAnonymousAuthor(fx);
});
afterAll(() => db.close());

type Callable = (input?: unknown) => Promise<unknown>;
function procedureOf(caller: unknown, path: string): Callable {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as Callable;
}

/** Identifiers of the first organisation that the other organisation's admin must never receive. */
const firstOrgIdentifiers = (f: Fixture) => [
  f.org.organisationId,
  f.org.teamId,
  ...[
    f.org.clinician,
    f.org.otherClinician,
    f.org.supervisor,
    f.org.otherSupervisor,
    f.org.supervisingClinician,
    f.org.admin,
  ].flatMap((m) => [m.userId, m.membershipId, m.email]),
];

describe("authorisation matrix", () => {
  // Every cell starts with current sessions, including after "sign out everywhere" ended them.
  afterEach(async () => {
    const ids = [fx.org, fx.other].flatMap((o) =>
      [
        o.clinician,
        o.otherClinician,
        o.supervisor,
        o.otherSupervisor,
        o.supervisingClinician,
        o.admin,
      ].map((m) => m.userId),
    );
    await db.update(users).set({ sessionVersion: 0 }).where(inArray(users.id, ids));
  });

  const cases = procedurePaths(appRouter).flatMap((path) =>
    ACTORS.map((actor) => [path, actor] as [string, Actor]),
  );

  it.each(cases)("%s as %s", async (path, actor) => {
    const row = AUTHORISATION_MATRIX[path];
    if (!row) throw new Error(`${path} has no row in the authorisation matrix`);
    const expected = row.expect[actor];
    const input = row.input ? await row.input(fx, actor) : undefined;
    const call = procedureOf(callerFor(fx, actor), path);

    if (expected === "allow") {
      const result = await call(input);
      const text = JSON.stringify(result ?? null);
      // Stored answers never leave the server, whoever asks.
      expect(text, `${path} as ${actor} returned stored answers`).not.toContain(PLANTED_ANSWER);
      // Invitations and calendar feeds are opened by their token, whoever holds it.
      const byToken = path.startsWith("invitation.") || path === "calendar.feed";
      if ((actor === "otherOrgAdmin" || actor === "otherOrgSupervisor") && !byToken) {
        for (const id of firstOrgIdentifiers(fx)) expect(text).not.toContain(id);
      }
      // Only the owner (and, through a share, their supervisor) may ever see the owner's wellbeing data.
      if (actor !== "clinician" && actor !== "supervisor") {
        for (const secret of planted)
          expect(text, `${path} as ${actor} leaked ${secret}`).not.toContain(secret);
      }
      // Whatever carries an anonymous post never carries who wrote it, to anyone.
      if (anonymousAuthor.postIds.some((id) => text.includes(id)))
        for (const identity of anonymousAuthor.identity)
          expect(text, `${path} as ${actor} named an anonymous author`).not.toContain(identity);
      // A supervisor's private note reaches nobody but that supervisor, not even the participant.
      if (actor !== "supervisor")
        expect(text, `${path} as ${actor} leaked a private note`).not.toContain(
          PLANTED_PRIVATE_NOTE,
        );
    } else {
      const error = await call(input).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `${path} as ${actor} should fail with ${expected}`).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe(expected);
    }
  });
});

describe("bad input", () => {
  const withInput = procedurePaths(appRouter).filter((p) => takesInput(appRouter, p));

  it("covers every procedure that takes input", () => {
    expect(withInput.length).toBeGreaterThan(0);
    for (const path of withInput)
      expect(AUTHORISATION_MATRIX[path]?.invalidInput, path).toBeDefined();
  });

  it.each(withInput)("%s answers invalid input with 400 and field messages", async (path) => {
    const row = AUTHORISATION_MATRIX[path];
    if (!row) throw new Error(`${path} has no row`);
    const actor = ACTORS.find((a) => row.expect[a] === "allow");
    if (!actor) throw new Error(`${path}: nobody may call it, so input cannot be checked`);
    const { status, body } = await callOverHttp(fx, actor, path, row.type, row.invalidInput);
    expect(status).toBe(400);
    expect(body.error?.data.code).toBe("BAD_REQUEST");
    expect(body.error?.message).toMatch(/^Invalid input: /);
    expect(Object.keys(body.error?.data.fieldErrors ?? {}).length).toBeGreaterThan(0);
  });

  it("refuses control characters in text with 400, not a database error", async () => {
    const { status, body } = await callOverHttp(fx, "clinician", "me.update", "mutation", {
      name: "Sam\u0000Rivera",
    });
    expect(status).toBe(400);
    expect(body.error?.data.fieldErrors?.name).toEqual([
      "Remove the control characters from this text.",
    ]);
    const plan = await callOverHttp(fx, "clinician", "plan.addCommitment", "mutation", {
      strategy: "self-care",
      text: "Walk\u0000",
    });
    expect(plan.status).toBe(400);
  });

  it("refuses a lone UTF-16 surrogate with 400, instead of storing U+FFFD", async () => {
    for (const name of ["Sam\uD800Rivera", "Sam Rivera\uDC00", "\uDBFF"]) {
      const { status, body } = await callOverHttp(fx, "clinician", "me.update", "mutation", {
        name,
      });
      expect(status, JSON.stringify(name)).toBe(400);
      expect(body.error?.data.fieldErrors?.name).toEqual([
        "Remove the control characters from this text.",
      ]);
    }
    // A real pair (an emoji) is ordinary text.
    const ok = await callOverHttp(fx, "clinician", "me.update", "mutation", {
      name: "Sam Rivera \uD83C\uDF3F",
    });
    expect(ok.status).toBe(200);
  });

  it("answers a body that is not JSON with 400, not 500", async () => {
    const { status } = await callOverHttp(
      fx,
      "clinician",
      "me.update",
      "mutation",
      "not an object",
    );
    expect(status).toBe(400);
  });
});
