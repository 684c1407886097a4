import { auditRouter } from "./router/audit/audit.router";
import { devOutboxRouter } from "./router/dev-outbox/dev-outbox.router";
import { developmentRouter } from "./router/development/development.router";
import { groupRouter } from "./router/groups/group.router";
import { homeRouter } from "./router/home/home.router";
import { invitationRouter } from "./router/identity/invitation.router";
import { meRouter } from "./router/identity/me.router";
import { orgRouter } from "./router/identity/org.router";
import { personRouter } from "./router/identity/person.router";
import { supervisionRouter } from "./router/identity/supervision.router";
import { teamRouter } from "./router/identity/team.router";
import { notificationRouter } from "./router/notifications/notification.router";
import { planRouter } from "./router/plan/plan.router";
import { reportRouter } from "./router/reports/report.router";
import { selfCheckRouter } from "./router/self-check/self-check.router";
import { selfCheckSettingsRouter } from "./router/self-check/settings.router";
import { shareRouter } from "./router/self-check/share.router";
import { availabilityRouter } from "./router/supervision/availability.router";
import { bookingRouter } from "./router/supervision/booking.router";
import { calendarRouter } from "./router/supervision/calendar.router";
import { hoursRouter } from "./router/supervision/hours.router";
import { seriesRouter } from "./router/supervision/series.router";
import { sessionRouter } from "./router/supervision/session.router";
import { createTRPCRouter } from "./trpc";

/** Every capability's routers, merged. Procedure paths (e.g. `share.create`) are the API's names. */
export const appRouter = createTRPCRouter({
  // the portal's home page
  home: homeRouter,
  notification: notificationRouter,
  // identity and organisations
  me: meRouter,
  org: orgRouter,
  team: teamRouter,
  person: personRouter,
  supervision: supervisionRouter,
  invitation: invitationRouter,
  // self-checks
  selfCheck: selfCheckRouter,
  share: shareRouter,
  selfCheckSettings: selfCheckSettingsRouter,
  // prevention plan
  plan: planRouter,
  // supervision scheduling, agendas, notes and hours
  availability: availabilityRouter,
  booking: bookingRouter,
  session: sessionRouter,
  series: seriesRouter,
  hours: hoursRouter,
  calendar: calendarRouter,
  // peer support groups
  group: groupRouter,
  // professional development: licences, the CE log
  development: developmentRouter,
  // admin reports and the audit log
  report: reportRouter,
  audit: auditRouter,
  // development tools
  devOutbox: devOutboxRouter,
});

export type AppRouter = typeof appRouter;
