import { devOutboxRouter } from "./router/dev-outbox/dev-outbox.router";
import { invitationRouter } from "./router/invitation/invitation.router";
import { meRouter } from "./router/me/me.router";
import { orgRouter } from "./router/org/org.router";
import { personRouter } from "./router/person/person.router";
import { supervisionRouter } from "./router/supervision/supervision.router";
import { teamRouter } from "./router/team/team.router";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  devOutbox: devOutboxRouter,
  invitation: invitationRouter,
  me: meRouter,
  org: orgRouter,
  person: personRouter,
  supervision: supervisionRouter,
  team: teamRouter,
});

export type AppRouter = typeof appRouter;
