/** Input and output schemas of peer support groups. */
import { z } from "zod";

import {
  AGREEMENT_MAX_LENGTH,
  GROUP_FORMATS,
  GROUP_ROLES,
  GROUP_VISIBILITIES,
  MAX_MEMBER_LIMIT,
  MEMBER_STATUSES,
  MIN_MEMBER_LIMIT,
} from "@tend/groups";

import { plainText } from "../../common.schemas";

const groupId = z.uuid({ message: "Choose a group." });
const membershipId = z.uuid({ message: "Choose a person." });
const agreementVersion = z
  .number({ message: "Accept the agreement as shown." })
  .int({ message: "Accept the agreement as shown." })
  .min(1, { message: "Accept the agreement as shown." });
const agreementText = plainText()
  .trim()
  .min(20, { message: "Write the agreement members accept: at least a sentence or two." })
  .max(AGREEMENT_MAX_LENGTH, {
    message: `Keep the agreement under ${AGREEMENT_MAX_LENGTH.toLocaleString("en-GB")} characters.`,
  });

export const groupIdSchema = z.object({ groupId }).strict();

export const createGroupSchema = z
  .object({
    name: plainText()
      .trim()
      .min(1, { message: "Give the group a name." })
      .max(80, { message: "Keep the name under 80 characters." }),
    purpose: plainText()
      .trim()
      .max(600, { message: "Keep the purpose under 600 characters." })
      .default(""),
    format: z.enum(GROUP_FORMATS, { message: "Choose a format." }),
    visibility: z.enum(GROUP_VISIBILITIES, { message: "Choose who can join." }),
    memberLimit: z
      .number({ message: "Give the number of places." })
      .int({ message: "Give a whole number of places." })
      .min(MIN_MEMBER_LIMIT, { message: `A group has at least ${MIN_MEMBER_LIMIT} places.` })
      .max(MAX_MEMBER_LIMIT, { message: `A group has at most ${MAX_MEMBER_LIMIT} places.` })
      .optional(),
    /** Omitted or blank: the default agreement. */
    agreement: z.union([z.literal(""), agreementText]).optional(),
  })
  .strict();

export const joinGroupSchema = z.object({ groupId, agreementVersion }).strict();

export const updateAgreementSchema = z.object({ groupId, agreement: agreementText }).strict();

export const groupPersonSchema = z.object({ groupId, membershipId }).strict();

export const decideRequestSchema = z
  .object({ groupId, membershipId, admit: z.boolean({ message: "Admit or decline." }) })
  .strict();

export const setGroupRoleSchema = z
  .object({ groupId, membershipId, role: z.enum(GROUP_ROLES, { message: "Choose a role." }) })
  .strict();

const you = z
  .object({
    status: z.enum(MEMBER_STATUSES).nullable(),
    role: z.enum(GROUP_ROLES).nullable(),
    agreementToAccept: z.boolean(),
  })
  .strict();

const place = {
  id: z.uuid(),
  name: z.string(),
  purpose: z.string(),
  format: z.enum(GROUP_FORMATS),
  visibility: z.enum(GROUP_VISIBILITIES),
  memberLimit: z.number().int(),
  activeMembers: z.number().int(),
};

export const groupListOutput = z.array(z.object({ ...place, you }).strict());

/** A person in a group, as its members see them: a name and a role, nothing else. */
const groupPerson = z
  .object({ membershipId: z.uuid(), name: z.string(), role: z.enum(GROUP_ROLES) })
  .strict();

export const groupOutput = z
  .object({
    ...place,
    agreement: z.string(),
    agreementVersion: z.number().int(),
    you: you.extend({ facilitates: z.boolean() }).strict(),
    /** Null for anyone who is not a member with the current agreement accepted. */
    members: z.array(groupPerson).nullable(),
    /** Facilitators only. */
    requests: z.array(groupPerson).nullable(),
    invited: z.array(groupPerson).nullable(),
  })
  .strict();

export const joinGroupOutput = z.object({ outcome: z.enum(["joined", "requested"]) }).strict();

/** Admins see a group's frame and how many places are taken, never who is in it. */
export const adminGroupListOutput = z.array(
  z
    .object({
      id: z.uuid(),
      name: z.string(),
      format: z.enum(GROUP_FORMATS),
      visibility: z.enum(GROUP_VISIBILITIES),
      memberLimit: z.number().int(),
      activeMembers: z.number().int(),
      createdAt: z.date(),
      archivedAt: z.date().nullable(),
    })
    .strict(),
);

export const inviteCandidatesSchema = z
  .object({
    groupId,
    search: plainText()
      .trim()
      .max(80, { message: "Search with a shorter part of the name." })
      .default(""),
  })
  .strict();

/** A colleague a facilitator may invite: a name, nothing else. */
export const inviteCandidatesOutput = z.array(
  z.object({ membershipId: z.uuid(), name: z.string() }).strict(),
);
