"use server";

/** The inbox's forms: open a notice (marking it read), mark one or all read. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { callProcedure } from "@tend/nextjs/actions";

const HERE = "http://tend.invalid";
/** A notice's path as a path of this app; anything that would leave it goes to the inbox. */
function samePath(href: string): string {
  const url = new URL(href, HERE);
  return url.origin === HERE ? `${url.pathname}${url.search}${url.hash}` : "/notifications";
}

const idOf = (form: FormData) => {
  const id = form.get("id");
  return typeof id === "string" ? id : "";
};

/** Marks the notice read and goes where it leads (a path of this app, nothing else). */
export async function openNotificationAction(form: FormData) {
  const result = await callProcedure((api) => api.notification.markRead({ id: idOf(form) }));
  if (!result.ok) redirect("/notifications?gone=1");
  // The bell is in the layout, which a navigation keeps: count again.
  revalidatePath("/", "layout");
  redirect(samePath(result.data.href));
}

export async function markNotificationReadAction(form: FormData) {
  const result = await callProcedure((api) => api.notification.markRead({ id: idOf(form) }));
  if (!result.ok) redirect("/notifications?gone=1");
  revalidatePath("/", "layout");
}

export async function markAllNotificationsReadAction() {
  await callProcedure((api) => api.notification.markAllRead());
  revalidatePath("/", "layout");
}
