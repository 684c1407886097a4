import { describe, expect, it } from "vitest";

import { clientAddress } from "./client-address";

const headers = (h: Record<string, string>) => new Headers(h);

describe("clientAddress", () => {
  it("with no trusted proxy, believes no forwarded header: the address is unknown", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7" }), 0)).toBeNull();
    expect(clientAddress(headers({ "x-forwarded-for": "1.1.1.1, 203.0.113.7" }), 0)).toBeNull();
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.7" }), 0)).toBeNull();
    expect(clientAddress(headers({}), 0)).toBeNull();
  });

  it("behind one proxy, takes the address that proxy appended, not the client's claims before it", () => {
    const h = headers({ "x-forwarded-for": "198.51.100.99, 203.0.113.7" });
    expect(clientAddress(h, 1)).toBe("203.0.113.7");
    expect(clientAddress(headers({ "x-forwarded-for": "2001:db8::1" }), 1)).toBe("2001:db8::1");
  });

  it("behind two proxies, takes the address the outer one saw", () => {
    const h = headers({ "x-forwarded-for": "9.9.9.9, 198.51.100.1, 10.0.0.2" });
    expect(clientAddress(h, 2)).toBe("198.51.100.1");
  });

  it("does not trust X-Real-IP, and knows no address when the proxies added fewer entries than configured", () => {
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.7" }), 1)).toBeNull();
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7" }), 2)).toBeNull();
    expect(clientAddress(headers({}), 1)).toBeNull();
  });

  it("refuses an entry that is not an address", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "1.1.1.1, not-an-ip" }), 1)).toBeNull();
  });
});
