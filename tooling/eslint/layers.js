/**
 * The layer boundaries of ARCHITECTURE.md, as `no-restricted-imports` options. Each package's
 * eslint.config.js picks the set that applies to it:
 *
 *   pages (apps/web, apps/admin) → routers (packages/api) → domain functions (packages/services)
 *     → query modules and schema (packages/db) → PostgreSQL
 */

const drizzle = {
  name: "drizzle-orm",
  message: "Only packages/db talks SQL: add a query function to packages/db/src/queries.",
};
const drizzleSubpaths = {
  group: ["drizzle-orm/*"],
  message: drizzle.message,
};
const schemaValues = {
  name: "@tend/db/schema",
  allowTypeImports: true,
  message: "Tables are packages/db's own: call a query function (types may be imported).",
};

/** Everywhere but packages/db: no SQL and no table objects. */
export const DATA_LAYER = {
  paths: [drizzle, schemaValues],
  patterns: [drizzleSubpaths],
};

/** The Next.js apps: pages talk to the API (server caller or HTTP), never to the database or the domain layer. */
export const PAGES_LAYER = {
  paths: [drizzle, schemaValues],
  patterns: [
    drizzleSubpaths,
    {
      group: ["@tend/db", "@tend/db/*"],
      message:
        "Pages never reach the database: call a procedure through @tend/nextjs/server (pages) or a server action (@tend/nextjs/actions).",
    },
    {
      group: ["@tend/services", "@tend/services/*"],
      message:
        "Pages call procedures, which call the domain functions: use @tend/nextjs/server or a server action (@tend/nextjs/actions).",
    },
  ],
};

/** Routers are adapters: input schema, factory, one domain-function call, output schema. */
export const ROUTER_LAYER = {
  paths: [drizzle, schemaValues],
  patterns: [
    drizzleSubpaths,
    {
      group: ["@tend/db/queries", "@tend/db/queries/*"],
      allowTypeImports: true,
      message:
        "Routers call domain functions in @tend/services, which hold the rules and call the queries.",
    },
  ],
};
