import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";

import { cookieHeaderReader, readSessionCookie, sessionCookieName } from "./session-cookie";

const secret = "a-test-secret-that-is-long-enough-for-hkdf";
const name = sessionCookieName(true);

const mint = (token: Record<string, unknown>, options: { maxAge?: number; key?: string } = {}) =>
  encode({ token, secret: options.key ?? secret, salt: name, maxAge: options.maxAge ?? 3600 });

describe("readSessionCookie", () => {
  it("reads the person and session version next-auth wrote", async () => {
    const cookie = await mint({ sub: "user-1", sv: 3 });
    const get = cookieHeaderReader(`other=1; ${name}=${cookie}`);
    await expect(readSessionCookie(get, { secret, secure: true })).resolves.toEqual({
      id: "user-1",
      sessionVersion: 3,
    });
  });

  it("counts a cookie without a session version as version 0", async () => {
    const cookie = await mint({ sub: "user-1" });
    await expect(
      readSessionCookie(cookieHeaderReader(`${name}=${cookie}`), { secret, secure: true }),
    ).resolves.toEqual({ id: "user-1", sessionVersion: 0 });
  });

  it("joins a cookie next-auth split into chunks", async () => {
    const cookie = await mint({ sub: "user-2", sv: 1 });
    const half = Math.floor(cookie.length / 2);
    const get = cookieHeaderReader(
      `${name}.0=${cookie.slice(0, half)}; ${name}.1=${cookie.slice(half)}`,
    );
    await expect(readSessionCookie(get, { secret, secure: true })).resolves.toEqual({
      id: "user-2",
      sessionVersion: 1,
    });
  });

  it("refuses no cookie, another app's secret, an expired cookie, a tampered one and the wrong name", async () => {
    const options = { secret, secure: true };
    await expect(readSessionCookie(cookieHeaderReader(null), options)).resolves.toBeNull();
    const forged = await mint(
      { sub: "user-1", sv: 0 },
      { key: "another-secret-entirely-0123456789" },
    );
    await expect(
      readSessionCookie(cookieHeaderReader(`${name}=${forged}`), options),
    ).resolves.toBeNull();
    const expired = await mint({ sub: "user-1", sv: 0 }, { maxAge: -60 });
    await expect(
      readSessionCookie(cookieHeaderReader(`${name}=${expired}`), options),
    ).resolves.toBeNull();
    const good = await mint({ sub: "user-1", sv: 0 });
    const tampered = `${good.slice(0, -4)}${good.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    await expect(
      readSessionCookie(cookieHeaderReader(`${name}=${tampered}`), options),
    ).resolves.toBeNull();
    // A development cookie is not a production one.
    await expect(
      readSessionCookie(cookieHeaderReader(`${sessionCookieName(false)}=${good}`), options),
    ).resolves.toBeNull();
  });
});
