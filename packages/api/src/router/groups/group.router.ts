import type { TRPCRouterRecord } from "@trpc/server";

import {
  acceptAgreement,
  archiveGroup,
  createGroup,
  decideRequest,
  getGroup,
  inviteToGroup,
  joinGroup,
  leaveGroup,
  listGroups,
  removeFromGroup,
  setGroupRole,
  updateAgreement,
} from "@tend/services/groups";

import { adminProcedure, orgProcedure } from "../../trpc";
import {
  createGroupSchema,
  decideRequestSchema,
  groupIdSchema,
  groupListOutput,
  groupOutput,
  groupPersonSchema,
  joinGroupOutput,
  joinGroupSchema,
  setGroupRoleSchema,
  updateAgreementSchema,
} from "./groups.schemas";

/**
 * Peer support groups, for every member of the organisation: the directory, a group's page,
 * joining under its agreement, and what facilitators do. Who may see and do what inside a
 * group is the group's own rule (`@tend/groups`), applied by the domain functions.
 */
export const groupRouter = {
  list: orgProcedure.output(groupListOutput).query(({ ctx }) => listGroups(ctx.db, ctx.actor)),

  get: orgProcedure
    .input(groupIdSchema)
    .output(groupOutput)
    .query(({ ctx, input }) => getGroup(ctx.db, ctx.actor, input.groupId)),

  create: orgProcedure
    .input(createGroupSchema)
    .mutation(({ ctx, input }) => createGroup(ctx.db, ctx.actor, input)),

  join: orgProcedure
    .input(joinGroupSchema)
    .output(joinGroupOutput)
    .mutation(({ ctx, input }) => joinGroup(ctx.db, ctx.actor, input)),

  acceptAgreement: orgProcedure
    .input(joinGroupSchema)
    .mutation(({ ctx, input }) => acceptAgreement(ctx.db, ctx.actor, input)),

  leave: orgProcedure
    .input(groupIdSchema)
    .mutation(({ ctx, input }) => leaveGroup(ctx.db, ctx.actor, input.groupId)),

  decideRequest: orgProcedure
    .input(decideRequestSchema)
    .mutation(({ ctx, input }) => decideRequest(ctx.db, ctx.actor, input)),

  invite: orgProcedure
    .input(groupPersonSchema)
    .mutation(({ ctx, input }) => inviteToGroup(ctx.db, ctx.actor, input)),

  remove: orgProcedure
    .input(groupPersonSchema)
    .mutation(({ ctx, input }) => removeFromGroup(ctx.db, ctx.actor, input)),

  setRole: orgProcedure
    .input(setGroupRoleSchema)
    .mutation(({ ctx, input }) => setGroupRole(ctx.db, ctx.actor, input)),

  updateAgreement: orgProcedure
    .input(updateAgreementSchema)
    .mutation(({ ctx, input }) => updateAgreement(ctx.db, ctx.actor, input)),

  /** Admins archive a group: it leaves the directory and takes nobody new. */
  archive: adminProcedure
    .input(groupIdSchema)
    .mutation(({ ctx, input }) => archiveGroup(ctx.db, ctx.actor, input.groupId)),
} satisfies TRPCRouterRecord;
