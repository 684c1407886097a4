/**
 * The audit log as an organisation's admins browse it. Only the administrative actions listed
 * here ever reach them: events about an individual's wellbeing (sharing a result, stopping a
 * share), their sign-ins and their supervision records are never shown, whatever the filter.
 * Nobody can edit or delete the log: there is no function for it, and a trigger refuses it.
 */
import type { DbOrTx } from "@tend/db";
import { listAuditEvents } from "@tend/db/queries";

import type { MemberActor } from "../actor";

/** What admins may see, by category, each with the words the console uses. */
export const ADMIN_AUDIT_CATEGORIES = {
  people: {
    label: "People and invitations",
    actions: {
      "invitation.created": "invited",
      "invitation.resent": "resent the invitation to",
      "invitation.revoked": "revoked the invitation to",
      "invitation.accepted": "accepted an invitation",
      "member.roles_changed": "changed the roles of",
      "member.teams_changed": "changed the teams of",
      "member.title_changed": "changed the job title of",
      "member.deactivated": "deactivated",
      "member.reactivated": "reactivated",
    },
  },
  teams: {
    label: "Teams",
    actions: {
      "team.created": "added the team",
      "team.renamed": "renamed the team",
      "team.archived": "archived the team",
      "team.restored": "restored the team",
    },
  },
  supervision: {
    label: "Supervision assignments",
    actions: {
      "supervision.assigned": "assigned a supervisor",
      "supervision.ended": "ended a supervision",
    },
  },
  settings: {
    label: "Settings",
    actions: {
      "organisation.settings_changed": "changed the organisation's settings",
      "settings.support_resources_updated": "changed the support text",
      "settings.role_words_updated": "changed the ProQOL role words",
      "supervision_hours.rule_changed": "changed the supervision hour rule",
    },
  },
  groups: {
    label: "Peer groups",
    // What facilitators and admins decided, never what was said: posts appear by reference only.
    actions: {
      "group.archived": "archived the peer group",
      "group.agreement_changed": "changed the agreement of",
      "group.role_changed": "changed a role in",
      "group.member_removed": "removed a member from",
      "group.member_muted": "paused a member's posting in",
      "group.member_unmuted": "let a member post again in",
      "group.post_hidden": "hid a post, waiting for review, in",
      "group.post_restored": "restored a flagged post in",
      "group.post_removed": "removed a flagged post from",
    },
  },
  development: {
    label: "Professional development",
    // Rules clinicians' progress follows, the catalog, and every look at a member's CE log.
    actions: {
      "ce_template.created": "added the CE requirement template",
      "ce_template.changed": "changed the CE requirement template",
      "ce_template.archived": "archived the CE requirement template",
      "ce_template.restored": "restored the CE requirement template",
      "workshop.published": "published the workshop",
      "workshop.changed": "changed the workshop",
      "workshop.archived": "archived the workshop",
      "workshop.restored": "put back in the catalog the workshop",
      "ce_log.viewed": "viewed the CE log of",
      "ce_log.certificate_downloaded": "downloaded a CE certificate of",
      "ce_log.exported": "exported the CE log of",
    },
  },
  reports: {
    label: "Reports",
    actions: {
      "report.viewed": "viewed the team wellbeing report",
      "report.exported": "exported the team wellbeing report",
    },
  },
} as const satisfies Record<string, { label: string; actions: Record<string, string> }>;

export type AuditCategory = keyof typeof ADMIN_AUDIT_CATEGORIES;

const VERBS: Record<string, string> = Object.fromEntries(
  Object.values(ADMIN_AUDIT_CATEGORIES).flatMap((c) => Object.entries(c.actions)),
);

/** Every action an admin may see. */
export const ADMIN_AUDIT_ACTIONS: readonly string[] = Object.keys(VERBS);

const text = (value: unknown) => (typeof value === "string" ? value : null);

/** What an event's subject is, in words: a member's name, an address, a team's name. */
function subjectOf(entry: {
  action: string;
  subjectName: string | null;
  data: Record<string, unknown>;
}): string | null {
  if (entry.subjectName) return entry.subjectName;
  if (entry.action.startsWith("invitation.")) return text(entry.data.email);
  if (entry.action === "team.renamed")
    return `${text(entry.data.from) ?? "?"} → ${text(entry.data.to) ?? "?"}`;
  if (entry.action.startsWith("team.")) return text(entry.data.name);
  if (entry.action.startsWith("ce_template.")) return text(entry.data.name);
  if (entry.action.startsWith("workshop.")) return text(entry.data.title);
  return null;
}

const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").join(", ") : "";

/** What changed, where the event says: roles, a job title, settings. */
function detailOf(entry: { action: string; data: Record<string, unknown> }): string | null {
  const { data } = entry;
  switch (entry.action) {
    case "member.roles_changed":
      return `${list(data.from)} → ${list(data.to)}`;
    case "member.title_changed":
      return `${text(data.from) ?? "none"} → ${text(data.to) ?? "none"}`;
    case "organisation.settings_changed":
      return Array.isArray(data.changes)
        ? data.changes
            .map((c: unknown) => {
              const change = c as { setting?: unknown; from?: unknown; to?: unknown };
              return `${String(change.setting)}: ${String(change.from)} → ${String(change.to)}`;
            })
            .join("; ")
        : null;
    default:
      return null;
  }
}

/** One page of the organisation's audit log for its admins, newest first. */
export async function browseAuditLog(
  db: DbOrTx,
  actor: MemberActor,
  input: {
    category: AuditCategory | null;
    from: Date | null;
    to: Date | null;
    before: { at: Date; id: number } | null;
    limit: number;
  },
) {
  const actions = input.category
    ? Object.keys(ADMIN_AUDIT_CATEGORIES[input.category].actions)
    : ADMIN_AUDIT_ACTIONS;
  const rows = await listAuditEvents(db, {
    organisationId: actor.membership.organisationId,
    actions,
    from: input.from,
    to: input.to,
    before: input.before,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    entries: page.map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action,
      // A post is hidden by its flags, not by a person; otherwise nobody means a deleted account.
      actorName:
        row.actorName ??
        (row.action === "group.post_hidden" ? "Members’ flags" : "Someone no longer here"),
      verb: VERBS[row.action] ?? row.action,
      subject: subjectOf(row),
      detail: detailOf(row),
    })),
    next: rows.length > input.limit && last ? { at: last.at, id: last.id } : null,
  };
}
