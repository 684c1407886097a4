/** The words of supervision scheduling, shared by the schema, the API's schemas and the pages. */

export const SESSION_KINDS = ["individual", "group"] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** A place in a session: a seat, a waitlist place, or given up. */
export const PARTICIPANT_STATUSES = ["seated", "waitlisted", "cancelled"] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const ATTENDANCE = ["attended", "absent"] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** Who may read a supervisor's note on a session. */
export const NOTE_VISIBILITIES = ["private", "shared"] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/** An hour entry awaits its supervisor's signature, is signed (and locked), or was returned. */
export const HOUR_STATUSES = ["pending", "approved", "returned"] as const;
export type HourStatus = (typeof HOUR_STATUSES)[number];

export const SESSION_FORMATS = ["in-person", "video", "phone"] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const NOTICE_KINDS = ["booked", "changed", "cancelled", "promoted", "reminder"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
