import { TRPCError } from "@trpc/server";

/**
 * What a page inside a group reads, or why not: null when there is no such group (or the
 * address is malformed) — a 404 — and "refused" when the caller may see the group but not
 * this part of it, for the page to say so and point to the group's page.
 */
export async function readInsideGroup<T>(read: () => Promise<T>): Promise<T | null | "refused"> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return "refused";
    throw error;
  }
}
