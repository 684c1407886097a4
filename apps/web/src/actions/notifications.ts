"use server";

/** The inbox's forms: open a notice (marking it read), mark one or all read. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { callProcedure } from "@tend/nextjs/actions";

const HERE = "http://tend.invalid";
/** A notice's path as a path of this app; anything that would leave it goes to the inbox. */
function samePath(href: string): string {
  const url = new URL(href, HERE);
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A normalised path may start with "//" (another host to a browser): never follow one.
  return url.origin === HERE && !/^\/[/\\]/u.test(path) ? path : "/notifications";
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
