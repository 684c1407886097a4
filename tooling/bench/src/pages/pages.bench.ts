/**
 * What one signed-in page request costs on the server: time to the last byte, SQL statements,
 * session cookie decryptions and encryptions, and lookups of the caller's session and
 * membership. Counted on a second portal server whose database connections pass through a
 * counting proxy (`pg-proxy.ts`) and whose WebCrypto calls are counted (`probe/`); timed on the
 * untouched one. The time baseline is the same app's not-found page for the same person: what
 * the framework costs before any page of ours runs.
 */
import type { Benchmark } from "../benchmark";
import type { Figure } from "../report";
import { median, note, printFigures } from "../report";
import { startStack } from "../stack";

const PAGES = [
  { label: "dashboard", path: "/", statementBudget: 4 },
  { label: "self-checks", path: "/checks" },
  { label: "plan", path: "/plan" },
] as const;

const PERSONA = "sam.rivera@riverbend.example";
const WARM_UP = 5;
const TIMED = 30;
/** The statement that checks the session's version and finds the active membership. */
const SESSION_LOOKUP = /"session_version".*"memberships"/s;

async function timeRequest(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  if (res.status >= 300 && res.status !== 404) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - started;
}

export const pagesBenchmark: Benchmark = {
  name: "pages",
  description: "server time, SQL statements and session work of signed-in portal pages",
  async run() {
    const stack = await startStack({ apps: ["web"], counted: true });
    try {
      const counted = stack.counted;
      if (!counted) throw new Error("The counted portal server did not start.");
      const cookie = await stack.sessionCookie(PERSONA);

      const times = async (path: string) => {
        for (let i = 0; i < WARM_UP; i++) await timeRequest(`${stack.webUrl}${path}`, cookie);
        const samples: number[] = [];
        for (let i = 0; i < TIMED; i++)
          samples.push(await timeRequest(`${stack.webUrl}${path}`, cookie));
        return median(samples);
      };
      const floor = await times("/no-such-page");

      for (const page of PAGES) {
        // Warm the counted server, then count one request.
        await timeRequest(`${counted.webUrl}${page.path}`, cookie);
        counted.statements.take();
        await counted.sessionCrypto();
        await timeRequest(`${counted.webUrl}${page.path}`, cookie);
        const statements = counted.statements.take();
        const crypto = await counted.sessionCrypto();
        const lookups = statements.filter((s) => SESSION_LOOKUP.test(s.text)).length;
        const budget = "statementBudget" in page ? page.statementBudget : undefined;

        const figures: Figure[] = [
          {
            label: "server time (median)",
            project: await times(page.path),
            baseline: floor,
            unit: "ms",
          },
          {
            label: "SQL statements",
            project: statements.length,
            baseline: budget ?? statements.length,
            unit: "",
            ...(budget
              ? { target: { text: `≤ ${budget}`, holds: (p: number) => p <= budget } }
              : {}),
          },
          {
            label: "session cookie decryptions",
            project: crypto.decrypt,
            baseline: 1,
            unit: "",
            target: { text: "= 1", holds: (p) => p === 1 },
          },
          {
            label: "session cookie encryptions",
            project: crypto.encrypt,
            baseline: 0,
            unit: "",
            target: { text: "= 0", holds: (p) => p === 0 },
          },
          {
            label: "session + membership lookups",
            project: lookups,
            baseline: 1,
            unit: "",
            target: { text: "= 1", holds: (p) => p === 1 },
          },
        ];
        printFigures(`${page.label} (${page.path}) as ${PERSONA}`, figures);
        if (process.argv.includes("--sql"))
          for (const s of statements)
            console.log(`  - ${s.text.replace(/\s+/g, " ").slice(0, 200)}`);
      }
      note(
        `Time baseline: the not-found page for the same person (${Math.round(floor)} ms), the framework's own cost. ` +
          `Counts are of one request after a warm-up; decryptions and encryptions are the session cookie's (AES-CBC JWE); pass --sql to list the statements.`,
      );
    } finally {
      await stack.stop();
    }
  },
};
