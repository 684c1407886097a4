import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { createSecurityProxy } from "./proxy";

const APP = "https://tend.example.org";
const proxy = createSecurityProxy({ appUrl: APP, development: false });

function form(fields: Record<string, string>) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return body;
}

/** A POST to a page (how server actions arrive), with the headers a browser would send. */
const post = (headers: Record<string, string>, body: BodyInit) =>
  new NextRequest(`${APP}/sign-in`, { method: "POST", headers, body });

describe("the proxy in front of server actions", () => {
  it("lets a form posted from the app's own pages through", async () => {
    const res = await proxy(
      post({ origin: APP, "next-action": "abc" }, form({ email: "a@b.example" })),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });

  it("lets an action without a form through (React sends its arguments as JSON text)", async () => {
    const res = await proxy(
      post({ origin: APP, "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }, "[]"),
    );
    expect(res.headers.get("x-middleware-next")).toBe("1");
  });

  it("answers a post from another origin, or without one, with 403", async () => {
    const body = form({ email: "a@b.example" });
    expect(
      (await proxy(post({ origin: "https://evil.example", "next-action": "abc" }, body))).status,
    ).toBe(403);
    expect(
      (await proxy(post({ "next-action": "abc" }, form({ email: "a@b.example" })))).status,
    ).toBe(403);
  });

  it("answers a body that is not a form with 415, and a broken form with 400", async () => {
    const json = await proxy(
      post({ origin: APP, "next-action": "abc", "content-type": "application/json" }, "{}"),
    );
    expect(json.status).toBe(415);
    const xml = await proxy(
      post({ origin: APP, "next-action": "abc", "content-type": "application/xml" }, "<a/>"),
    );
    expect(xml.status).toBe(415);
    const text = await proxy(
      post({ origin: APP, "next-action": "abc", "content-type": "text/plain" }, "not a list"),
    );
    expect(text.status).toBe(400);
    const broken = await proxy(
      post(
        { origin: APP, "next-action": "abc", "content-type": "multipart/form-data; boundary=zzz" },
        "this is not multipart",
      ),
    );
    expect(broken.status).toBe(400);
  });

  it("leaves pages, the API routes and their own checks alone", async () => {
    const page = await proxy(new NextRequest(`${APP}/profile`));
    expect(page.headers.get("x-middleware-next")).toBe("1");
    expect(page.headers.get("content-security-policy")).toContain("nonce-");
    const api = await proxy(
      new NextRequest(`${APP}/api/auth/signin/email`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: APP },
        body: "email=a%40b.example",
      }),
    );
    expect(api.headers.get("x-middleware-next")).toBe("1");
  });
});
