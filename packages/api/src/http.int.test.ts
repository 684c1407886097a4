import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestOrganisation } from "@tend/db/testing";
import { connectTestDb, createTestOrganisation } from "@tend/db/testing";

import { handleApiRequest, ownOriginPolicy } from "./http";
import { createTRPCContext } from "./trpc";

const db = connectTestDb();
let org: TestOrganisation;
beforeAll(async () => {
  org = await createTestOrganisation(db, "Http");
});
afterAll(() => db.close());

const APP = "https://tend.example.org";

/** A request to /api/trpc as the clinician, signed in (the session cookie comes along). */
function serve(path: string, init: RequestInit = {}) {
  return handleApiRequest({
    req: new Request(`${APP}/api/trpc/${path}`, init),
    createContext: () =>
      createTRPCContext({ db, session: { id: org.clinician.userId, sessionVersion: 0 } }),
    isOwnOrigin: ownOriginPolicy({ appUrl: APP, development: false }),
  });
}

const json = (body: unknown) => JSON.stringify(superjson.serialize(body));

describe("/api/trpc over HTTP", () => {
  it("refuses a mutation posted as a form from another site (cross-site request forgery)", async () => {
    const form = new FormData();
    form.set("anything", "1");
    const res = await serve("plan.markReviewed", {
      method: "POST",
      headers: { origin: "https://evil.example" },
      body: form,
    });
    expect(res.status).toBe(403);
  });

  it("refuses a mutation from another origin even as JSON, and one with no Origin at all", async () => {
    const other = await serve("plan.markReviewed", {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      body: json(undefined),
    });
    expect(other.status).toBe(403);
    const none = await serve("plan.markReviewed", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: json(undefined),
    });
    expect(none.status).toBe(403);
  });

  it("refuses a read another site started, since some reads are audited", async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: { json: null } }));
    const crossSite = await serve(`me.get?batch=1&input=${input}`, {
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
    const ownPage = await serve(`me.get?batch=1&input=${input}`, {
      headers: { "sec-fetch-site": "same-origin" },
    });
    expect(ownPage.status).toBe(200);
  });

  it("refuses content types the client never sends, even from its own origin", async () => {
    for (const contentType of [
      "multipart/form-data; boundary=x",
      "text/plain",
      "application/octet-stream",
    ]) {
      const res = await serve("plan.markReviewed", {
        method: "POST",
        headers: { origin: APP, "content-type": contentType },
        body: "--x--",
      });
      expect(res.status, contentType).toBe(415);
    }
  });

  it("runs a JSON mutation from its own origin", async () => {
    const res = await serve("plan.markReviewed", {
      method: "POST",
      headers: { origin: APP, "content-type": "application/json" },
      body: json(undefined),
    });
    expect(res.status).toBe(200);
  });

  it("marks every answer, refusals and errors included, as not to be stored by caches", async () => {
    const ok = await serve(`me.get?input=${encodeURIComponent(json(undefined))}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const missing = await serve("nothing.here");
    expect(missing.headers.get("cache-control")).toBe("no-store");
    const refused = await serve("plan.markReviewed", { method: "POST", body: "x" });
    expect(refused.headers.get("cache-control")).toBe("no-store");
  });

  it("answers malformed bodies with a plain message that names no internals", async () => {
    for (const body of ["not json", "null", "{"]) {
      const res = await serve("me.update", {
        method: "POST",
        headers: { origin: APP, "content-type": "application/json" },
        body,
      });
      expect(res.status, body).toBe(400);
      const text = await res.text();
      expect(text, body).toContain("The request could not be read.");
      expect(text, body).not.toMatch(/destructure|payload|JSON|Unexpected|token/);
    }
  });
});

describe("ownOriginPolicy", () => {
  it("accepts only the app's own origin in production", () => {
    const own = ownOriginPolicy({ appUrl: "https://tend.example.org/", development: false });
    expect(own("https://tend.example.org")).toBe(true);
    expect(own("http://tend.example.org")).toBe(false);
    expect(own("https://tend.example.org.evil.example")).toBe(false);
    expect(own("http://localhost:3000")).toBe(false);
    expect(own("null")).toBe(false);
  });

  it("also accepts its port on other loopback names in development", () => {
    const own = ownOriginPolicy({ appUrl: "http://localhost:3000", development: true });
    expect(own("http://localhost:3000")).toBe(true);
    expect(own("http://127.0.0.1:3000")).toBe(true);
    expect(own("http://[::1]:3000")).toBe(true);
    expect(own("http://localhost:8080")).toBe(false);
    expect(own("https://evil.example")).toBe(false);
  });
});
