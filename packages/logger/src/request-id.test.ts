import { describe, expect, it } from "vitest";

import { isSafeRequestId, requestIdFrom } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("requestIdFrom", () => {
  it("keeps a short, plain id from the request", () => {
    const headers = new Headers({ "x-request-id": "lb-7f3a9c2e.01" });
    expect(requestIdFrom(headers)).toBe("lb-7f3a9c2e.01");
  });

  it("makes one up when there is none", () => {
    expect(requestIdFrom(new Headers())).toMatch(UUID);
  });

  it.each([
    ["too short", "abc"],
    ["too long", "a".repeat(129)],
    ["spaces", "abc def ghi"],
    ["a line break", "abcdefgh\nforged log line"],
    ["quotes and markup", '"><script>'],
    ["empty", ""],
  ])("refuses an id with %s", (_why, value) => {
    expect(isSafeRequestId(value)).toBe(false);
  });

  it("refuses an unsafe header and makes a new id", () => {
    const headers = new Headers({ "x-request-id": "a b c d e f g h" });
    expect(requestIdFrom(headers)).toMatch(UUID);
  });
});
