/**
 * Loaded into `next start` by the pages benchmark (NODE_OPTIONS=--import): counts the session
 * cookie's cryptography as it happens. next-auth's cookies are JWE with A256CBC-HS512, which jose
 * performs with WebCrypto AES-CBC: one `subtle.decrypt` per cookie read, one `subtle.encrypt`
 * per cookie written. GET on BENCH_PROBE_PORT answers the counts since the last GET.
 * Only the Next.js server process counts (pnpm and turbo load this too, through NODE_OPTIONS).
 */
import { createServer } from "node:http";
import process from "node:process";

const port = Number(process.env.BENCH_PROBE_PORT);
if (port && (process.argv[1] ?? "").includes("next")) {
  const counts = { decrypt: 0, encrypt: 0 };
  const subtle = globalThis.crypto.subtle;
  /** @param {AlgorithmIdentifier} algorithm */
  const isCbc = (algorithm) =>
    (typeof algorithm === "string" ? algorithm : algorithm.name) === "AES-CBC";
  const decrypt = subtle.decrypt.bind(subtle);
  const encrypt = subtle.encrypt.bind(subtle);
  subtle.decrypt = (algorithm, key, data) => {
    if (isCbc(algorithm)) counts.decrypt += 1;
    return decrypt(algorithm, key, data);
  };
  subtle.encrypt = (algorithm, key, data) => {
    if (isCbc(algorithm)) counts.encrypt += 1;
    return encrypt(algorithm, key, data);
  };
  createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(counts));
    counts.decrypt = 0;
    counts.encrypt = 0;
  })
    .on("error", () => undefined)
    .listen(port, "127.0.0.1")
    .unref();
}
