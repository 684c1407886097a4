import { devOutboxRouter } from "./router/dev-outbox/dev-outbox.router";
import { invitationRouter } from "./router/invitation/invitation.router";
import { meRouter } from "./router/me/me.router";
import { orgRouter } from "./router/org/org.router";
import { personRouter } from "./router/person/person.router";
import { planRouter } from "./router/plan/plan.router";
import { selfCheckSettingsRouter } from "./router/self-check/self-check-settings.router";
import { selfCheckRouter } from "./router/self-check/self-check.router";
import { shareRouter } from "./router/share/share.router";
import { supervisionRouter } from "./router/supervision/supervision.router";
import { teamRouter } from "./router/team/team.router";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  devOutbox: devOutboxRouter,
  invitation: invitationRouter,
  me: meRouter,
  org: orgRouter,
  person: personRouter,
  plan: planRouter,
  selfCheck: selfCheckRouter,
  selfCheckSettings: selfCheckSettingsRouter,
  share: shareRouter,
  supervision: supervisionRouter,
  team: teamRouter,
});

export type AppRouter = typeof appRouter;
