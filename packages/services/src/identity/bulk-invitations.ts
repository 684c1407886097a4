/**
 * Reading a bulk invitation file: which rows can be invited and why the others cannot. Pure:
 * what the organisation already holds (members, invitations, teams) is passed in.
 */
import type { Role } from "@tend/db/schema";
import { readCsvUpload } from "@tend/csv";

/** At most this many people per file. */
export const BULK_INVITE_MAX_ROWS = 500;

/** The columns a file may have; only `email` is required. */
export const BULK_INVITE_COLUMNS = ["email", "name", "roles", "teams", "title"] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** Roles in the order they are listed (the schema's order). */
const ROLES = ["clinician", "supervisor", "admin"] as const satisfies readonly Role[];

const ROLE_WORDS: Record<string, Role> = {
  clinician: "clinician",
  clinicians: "clinician",
  supervisor: "supervisor",
  supervisors: "supervisor",
  admin: "admin",
  admins: "admin",
  administrator: "admin",
};

export interface BulkInviteContext {
  /** Lower-cased e-mails of members, and whether each is deactivated. */
  members: ReadonlyMap<string, { deactivated: boolean }>;
  /** Lower-cased e-mails with an invitation that is still open (not expired). */
  invited: ReadonlySet<string>;
  /** The organisation's current teams by lower-cased name. */
  teams: ReadonlyMap<string, { id: string; name: string }>;
}

export interface PlannedInvitation {
  line: number;
  email: string;
  name: string;
  roles: Role[];
  teamIds: string[];
  title: string | null;
}

export interface RejectedRow {
  line: number;
  /** The address as written (it may be empty or malformed). */
  email: string;
  reasons: string[];
}

export type BulkInvitePlan =
  | { ok: false; error: string }
  | { ok: true; accepted: PlannedInvitation[]; rejected: RejectedRow[] };

const list = (cell: string) =>
  cell
    .split(/[;|]/u)
    .map((part) => part.trim())
    .filter(Boolean);

/** The e-mail addresses a file names (lower-cased), to look up what the organisation holds. */
export function emailsInFile(text: string): string[] {
  try {
    const [header, ...rows] = readCsvUpload(text);
    const column = header?.findIndex((h) => h.trim().toLowerCase() === "email") ?? -1;
    if (column < 0) return [];
    return [...new Set(rows.map((r) => (r[column] ?? "").trim().toLowerCase()).filter(Boolean))];
  } catch {
    return [];
  }
}

/**
 * Plans a bulk invitation from a CSV file with a header row. Each row is accepted or rejected
 * on its own, with every reason; a file that cannot be read at all is refused as a whole.
 */
export function planBulkInvitations(text: string, context: BulkInviteContext): BulkInvitePlan {
  let records: string[][];
  try {
    records = readCsvUpload(text);
  } catch (error) {
    return { ok: false, error: `The file could not be read: ${(error as Error).message}` };
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, error: "The file is empty." };
  const columns = header.map((h) => h.trim().toLowerCase());
  const unknown = columns.filter(
    (c) => c && !(BULK_INVITE_COLUMNS as readonly string[]).includes(c),
  );
  if (!columns.includes("email"))
    return {
      ok: false,
      error: `The first row must name the columns, with at least "email" (allowed: ${BULK_INVITE_COLUMNS.join(", ")}).`,
    };
  if (unknown.length > 0)
    return {
      ok: false,
      error: `Unknown column ${unknown.map((c) => `"${c}"`).join(", ")}: use ${BULK_INVITE_COLUMNS.join(", ")}.`,
    };
  if (rows.length === 0) return { ok: false, error: "The file has a header row but no people." };
  if (rows.length > BULK_INVITE_MAX_ROWS)
    return {
      ok: false,
      error: `The file has ${rows.length} people; invite at most ${BULK_INVITE_MAX_ROWS} at a time.`,
    };

  const cell = (row: string[], name: (typeof BULK_INVITE_COLUMNS)[number]) => {
    const at = columns.indexOf(name);
    return at < 0 ? "" : (row[at] ?? "").trim();
  };
  const seen = new Map<string, number>();
  const accepted: PlannedInvitation[] = [];
  const rejected: RejectedRow[] = [];
  rows.forEach((row, index) => {
    // Line numbers as a spreadsheet shows them: the header is line 1 (blank lines were skipped).
    const line = index + 2;
    const written = cell(row, "email");
    const email = written.toLowerCase();
    const reasons: string[] = [];
    if (!email) reasons.push("The e-mail address is missing.");
    else if (!EMAIL.test(email) || email.length > 320)
      reasons.push(`"${written}" is not an e-mail address.`);
    else {
      const earlier = seen.get(email);
      if (earlier !== undefined) reasons.push(`The same address is on line ${earlier}.`);
      else seen.set(email, line);
      const member = context.members.get(email);
      if (member?.deactivated)
        reasons.push("This person is a deactivated member: reactivate them instead.");
      else if (member) reasons.push("This person is already a member.");
      else if (context.invited.has(email))
        reasons.push("This person already has an open invitation: resend it instead.");
    }
    const name = cell(row, "name");
    if (name.length > 120) reasons.push("The name is longer than 120 characters.");
    const roleWords = list(cell(row, "roles"));
    const roles = new Set<Role>();
    for (const word of roleWords) {
      const role = ROLE_WORDS[word.toLowerCase()];
      if (role) roles.add(role);
      else reasons.push(`"${word}" is not a role (use ${ROLES.join(", ")}).`);
    }
    const teamIds: string[] = [];
    for (const teamName of list(cell(row, "teams"))) {
      const team = context.teams.get(teamName.toLowerCase());
      if (team) teamIds.push(team.id);
      else reasons.push(`There is no team called "${teamName}".`);
    }
    const title = cell(row, "title");
    if (title.length > 120) reasons.push("The job title is longer than 120 characters.");
    if (reasons.length > 0) {
      rejected.push({ line, email: written, reasons });
      return;
    }
    accepted.push({
      line,
      email,
      name,
      // Everyone invited takes self-checks unless the file says otherwise.
      roles: roles.size > 0 ? ROLES.filter((r) => roles.has(r)) : ["clinician"],
      teamIds: [...new Set(teamIds)],
      title: title || null,
    });
  });
  return { ok: true, accepted, rejected };
}
