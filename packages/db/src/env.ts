import { z } from "zod";

const databaseUrlSchema = z
  .string({
    message: "DATABASE_URL is not set: give the postgres:// URL of a PostgreSQL 15+ server.",
  })
  .url({ message: "DATABASE_URL must be a URL such as postgres://user:password@host:5432/tend." })
  .refine((v) => /^postgres(ql)?:\/\//.test(v), {
    message: "DATABASE_URL must start with postgres:// or postgresql://.",
  });

/** DATABASE_URL if set, without validation: development tools fall back to the embedded server. */
export function configuredDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  return url === "" ? undefined : url; // an empty value counts as unset
}

/** DATABASE_URL, validated when first needed (so that builds and tools that never query need none). */
export function requireDatabaseUrl(): string {
  const parsed = databaseUrlSchema.safeParse(configuredDatabaseUrl());
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join(" "));
  return parsed.data;
}
