import type { ReactNode } from "react";
import { notFound } from "next/navigation";

import type { InstrumentId } from "@tend/instruments";
import { isInstrumentId } from "@tend/instruments";
import { unlessRole } from "@tend/nextjs/role-unavailable";
import { signedInApi } from "@tend/nextjs/server";

import { ROLE_PAGES } from "~/lib/role-pages";

/**
 * How every page of one self-check starts: an unknown instrument is not found, a signed-out
 * visitor goes to sign-in, and someone who is not a clinician here gets the role-unavailable
 * page (`unavailable`, to return as it is).
 */
export async function openCheckPage(params: Promise<{ instrumentId: string }>): Promise<
  | { unavailable: Exclude<ReactNode, null | undefined> }
  | {
      unavailable: null;
      instrumentId: InstrumentId;
      api: Awaited<ReturnType<typeof signedInApi>>;
    }
> {
  const { instrumentId } = await params;
  if (!isInstrumentId(instrumentId)) notFound();
  const api = await signedInApi();
  const unavailable = await unlessRole("clinician", ROLE_PAGES.checks);
  if (unavailable !== null && unavailable !== undefined) return { unavailable };
  return { unavailable: null, instrumentId, api };
}
