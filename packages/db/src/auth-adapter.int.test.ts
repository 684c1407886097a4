import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "./testing";
import { createAuthAdapter } from "./auth-adapter";
import { connectTestDb, createTestOrganisation } from "./testing";

const db = connectTestDb();
const adapter = createAuthAdapter(db);
let org: TestOrganisation;

beforeAll(async () => {
  org = await createTestOrganisation(db, "Adapter");
});
afterAll(() => db.close());

describe("next-auth's adapter", () => {
  it("finds a person by e-mail whatever its case and surrounding spaces", async () => {
    const shouted = `  ${org.clinician.email.toUpperCase()} `;
    expect(await adapter.getUserByEmail?.(shouted)).toMatchObject({
      id: org.clinician.userId,
      email: org.clinician.email,
    });
    expect(await adapter.getUserByEmail?.(`nobody.${org.clinician.email}`)).toBeNull();
  });

  it("never creates an account", () => {
    expect(() =>
      adapter.createUser?.({
        id: "ignored",
        email: "new.person@test.example",
        emailVerified: null,
      }),
    ).toThrow(/only from invitations/);
  });
});
