"use server";

/** Supervision changes the portal's forms make, each one procedure through the server caller. */
import type { RouterInputs } from "@tend/api";
import { callProcedure } from "@tend/nextjs/actions";

import { atLocalTime } from "~/lib/local-time";

type In = RouterInputs;

export const bookAction = async (input: In["booking"]["book"]) =>
  callProcedure((api) => api.booking.book(input));
export const joinGroupAction = async (input: In["booking"]["join"]) =>
  callProcedure((api) => api.booking.join(input));

export const cancelSessionAction = async (input: In["session"]["cancel"]) =>
  callProcedure((api) => api.session.cancel(input));
export const rescheduleSessionAction = async (input: In["session"]["reschedule"]) =>
  callProcedure((api) => api.session.reschedule(input));
export const addAgendaItemAction = async (input: In["session"]["addAgendaItem"]) =>
  callProcedure((api) => api.session.addAgendaItem(input));
export const removeAgendaItemAction = async (input: In["session"]["removeAgendaItem"]) =>
  callProcedure((api) => api.session.removeAgendaItem(input));
export const addNoteAction = async (input: In["session"]["addNote"]) =>
  callProcedure((api) => api.session.addNote(input));
export const removeNoteAction = async (input: In["session"]["removeNote"]) =>
  callProcedure((api) => api.session.removeNote(input));
export const markAttendanceAction = async (input: In["session"]["markAttendance"]) =>
  callProcedure((api) => api.session.markAttendance(input));
export const createGroupAction = async (input: In["session"]["createGroup"]) =>
  callProcedure((api) => api.session.createGroup(input));

export const saveScheduleAction = async (input: In["availability"]["saveSchedule"]) =>
  callProcedure((api) => api.availability.saveSchedule(input));
export const saveSessionTypeAction = async (input: In["availability"]["saveSessionType"]) =>
  callProcedure((api) => api.availability.saveSessionType(input));
export const createSeriesAction = async (input: In["series"]["create"]) =>
  callProcedure((api) => api.series.create(input));

export const addHourEntryAction = async (input: In["hours"]["add"]) =>
  callProcedure((api) => api.hours.add(input));
export const removeHourEntryAction = async (input: In["hours"]["remove"]) =>
  callProcedure((api) => api.hours.remove(input));
export const approveHourEntryAction = async (input: In["hours"]["approve"]) =>
  callProcedure((api) => api.hours.approve(input));
export const returnHourEntryAction = async (input: In["hours"]["return"]) =>
  callProcedure((api) => api.hours.return(input));

export const regenerateFeedAction = async () =>
  callProcedure((api) => api.calendar.regenerateFeed());
export const revokeFeedAction = async () => callProcedure((api) => api.calendar.revokeFeed());

/** Moves a session to a wall-clock time the supervisor typed in their own time zone. */
export const rescheduleAtLocalTimeAction = async (input: {
  sessionId: string;
  local: string;
  timeZone: string;
}) =>
  callProcedure((api) =>
    api.session.reschedule({
      sessionId: input.sessionId,
      startsAt: atLocalTime(input.local, input.timeZone),
    }),
  );

/** Plans a group session at a wall-clock time in the supervisor's time zone. */
export const createGroupAtLocalTimeAction = async ({
  local,
  timeZone,
  ...input
}: Omit<In["session"]["createGroup"], "startsAt"> & { local: string; timeZone: string }) =>
  callProcedure((api) =>
    api.session.createGroup({ ...input, startsAt: atLocalTime(local, timeZone) }),
  );

/** Creates a series whose first session is at a wall-clock time in the supervisor's time zone. */
export const createSeriesAtLocalTimeAction = async ({
  local,
  timeZone,
  ...input
}: Omit<In["series"]["create"], "firstStart"> & { local: string; timeZone: string }) =>
  callProcedure((api) => api.series.create({ ...input, firstStart: atLocalTime(local, timeZone) }));

export const editHourEntryAction = async (input: In["hours"]["edit"]) =>
  callProcedure((api) => api.hours.edit(input));

/** Changes a series from one occurrence on, its new first time typed on the supervisor's clock. */
export const changeSeriesAtLocalTimeAction = async ({
  local,
  timeZone,
  ...input
}: Omit<In["series"]["changeFrom"], "firstStart"> & { local: string; timeZone: string }) =>
  callProcedure((api) =>
    api.series.changeFrom({ ...input, firstStart: atLocalTime(local, timeZone) }),
  );
