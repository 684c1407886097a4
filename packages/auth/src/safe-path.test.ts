import { describe, expect, it } from "vitest";

import { safeCallbackPath } from "./safe-path";

describe("safeCallbackPath", () => {
  it("keeps paths inside the app", () => {
    expect(safeCallbackPath("/checks/proqol5?x=1#top")).toBe("/checks/proqol5?x=1#top");
    expect(safeCallbackPath("/")).toBe("/");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/",
    "evil.example",
    "",
    null,
    42,
    "/\t/evil.example",
  ])("refuses %j", (value) => {
    const path = safeCallbackPath(value);
    expect(path.startsWith("/")).toBe(true);
    expect(path.startsWith("//")).toBe(false);
    expect(new URL(path, "http://app.invalid").origin).toBe("http://app.invalid");
  });
});
