import { describe, expect, it } from "vitest";

import { safeCallbackPath } from "./safe-path";
import { requestedPath, signInPathFor } from "./sign-in-path";

describe("signInPathFor", () => {
  it("returns to the page asked for, path and query", () => {
    expect(signInPathFor("/checks/pulse")).toBe("/sign-in?callbackUrl=%2Fchecks%2Fpulse");
    expect(signInPathFor("/plan?review=1")).toBe("/sign-in?callbackUrl=%2Fplan%3Freview%3D1");
    expect(signInPathFor("/settings")).toBe("/sign-in?callbackUrl=%2Fsettings");
  });

  it("round-trips through the sign-in page's own check", () => {
    const url = new URL(signInPathFor("/checks/results/abc?x=1&y=2"), "http://app.invalid");
    expect(safeCallbackPath(url.searchParams.get("callbackUrl"))).toBe(
      "/checks/results/abc?x=1&y=2",
    );
  });

  it("sends plain /sign-in for the home page, sign-in itself, nothing, or anything unsafe", () => {
    for (const path of [
      "/",
      "/sign-in",
      "/sign-in?callbackUrl=%2Fplan",
      "/sign-in/check-email",
      null,
      undefined,
      "",
      "//evil.example/checks",
      "https://evil.example/checks",
      "/\\evil.example",
    ]) {
      expect(signInPathFor(path), String(path)).toBe("/sign-in");
    }
  });
});

describe("requestedPath", () => {
  it("keeps the path and query, and drops Next.js's internal parameters", () => {
    expect(requestedPath(new URL("http://localhost:3000/checks/pulse"))).toBe("/checks/pulse");
    expect(requestedPath(new URL("http://localhost:3000/plan?review=1&_rsc=abc"))).toBe(
      "/plan?review=1",
    );
    expect(requestedPath(new URL("http://localhost:3000/?_rsc=1"))).toBe("/");
  });
});
