/**
 * The people list's state as it lives in the address bar (search, filters, sort, page), read
 * leniently: anything unrecognised falls back to its default, so a hand-edited or old link
 * still opens the list.
 */
export interface PeopleParams {
  search: string;
  teamId: string | null;
  role: "clinician" | "supervisor" | "admin" | null;
  status: "active" | "deactivated" | "all";
  sort: "name" | "email" | "title" | "joined";
  direction: "asc" | "desc";
  page: number;
}

export const PAGE_SIZE = 25;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T) =>
  values.find((v) => v === value) ?? fallback;

export function readPeopleParams(
  params: Record<string, string | string[] | undefined>,
): PeopleParams {
  const team = one(params.team);
  const role = one(params.role);
  const page = Number.parseInt(one(params.page) ?? "1", 10);
  return {
    search: (one(params.q) ?? "").slice(0, 100),
    teamId: team && UUID.test(team) ? team : null,
    role: role === "clinician" || role === "supervisor" || role === "admin" ? role : null,
    status: oneOf(["active", "deactivated", "all"] as const, one(params.status), "active"),
    sort: oneOf(["name", "email", "title", "joined"] as const, one(params.sort), "name"),
    direction: oneOf(["asc", "desc"] as const, one(params.dir), "asc"),
    page: Number.isFinite(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The address of the list with some of its state changed (defaults are left out). */
export function peopleHref(params: PeopleParams, change: Partial<PeopleParams> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.search) query.set("q", next.search);
  if (next.teamId) query.set("team", next.teamId);
  if (next.role) query.set("role", next.role);
  if (next.status !== "active") query.set("status", next.status);
  if (next.sort !== "name") query.set("sort", next.sort);
  if (next.direction !== "asc") query.set("dir", next.direction);
  if (next.page > 1) query.set("page", String(next.page));
  const text = query.toString();
  return text ? `/?${text}` : "/";
}
