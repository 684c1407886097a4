import type { RoleUnavailableCopy } from "@tend/nextjs/role-unavailable";

/** What each role-specific area of the portal says to someone whose role cannot use it. */
export const ROLE_PAGES = {
  checks: {
    title: "Self-checks",
    purpose:
      "Private check-ins that help clinicians notice compassion fatigue early. Only the clinician sees their answers and results.",
    feature: "self-checks are",
  },
  plan: {
    title: "Prevention plan",
    purpose:
      "A private plan of small, specific commitments that help a clinician prevent compassion fatigue.",
    feature: "the prevention plan is",
  },
  supervisees: {
    title: "Supervisees",
    purpose: "The people a supervisor supervises in this organisation.",
    feature: "this list is",
  },
  supervision: {
    title: "Supervision",
    purpose:
      "Supervision sessions and group case discussions: booking, agendas, notes and the hours that count towards a licence.",
    feature: "supervision is",
  },
  shared: {
    title: "Shared with you",
    purpose:
      "Self-check results that supervisees chose to share with their supervisor, one result at a time.",
    feature: "shared results are",
  },
  development: {
    title: "Professional development",
    purpose:
      "A clinician's licences, the continuing education each renewal needs, their CE log and their development goals.",
    feature: "professional development is",
  },
} satisfies Record<string, RoleUnavailableCopy>;
