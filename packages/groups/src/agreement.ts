/**
 * The confidentiality agreement every member accepts before joining, and the other thresholds
 * of the group frame.
 */

/** A group's agreement until its facilitators write their own. */
export const DEFAULT_AGREEMENT = `What is said in this group stays in this group. I will not repeat what others share, or say who was here, outside the group.

I will speak about my own experience. When I bring a case, I will leave out anything that could identify a client, such as names, places, dates and unusual details.

I will listen without judging, and I will not give advice unless it is asked for.

I understand that this group is peer support, not therapy or clinical supervision. If someone may be at risk of harm, the facilitators will follow the organisation's safeguarding procedures.

I can leave the group at any time.`;

export const AGREEMENT_MAX_LENGTH = 4_000;

/** Posts are hidden from members once this many members have flagged them, until reviewed. */
export const AUTO_HIDE_FLAGS = 3;

/** Whether a post waiting for review is hidden from members: at `AUTO_HIDE_FLAGS` open flags. */
export function hiddenByFlags(openFlags: number): boolean {
  return openFlags >= AUTO_HIDE_FLAGS;
}
