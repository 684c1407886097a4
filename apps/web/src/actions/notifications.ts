"use server";

/** The inbox's forms: open a notice (marking it read), mark one or all read. */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { callProcedure } from "@tend/nextjs/actions";

const idOf = (form: FormData) => {
  const id = form.get("id");
  return typeof id === "string" ? id : "";
};

/** Marks the notice read and goes where it leads (a path of this app, nothing else). */
export async function openNotificationAction(form: FormData) {
  const result = await callProcedure((api) => api.notification.markRead({ id: idOf(form) }));
  if (!result.ok) redirect("/notifications?gone=1");
  const { href } = result.data;
  // The bell is in the layout, which a navigation keeps: count again.
  revalidatePath("/", "layout");
  redirect(href.startsWith("/") && !href.startsWith("//") ? href : "/notifications");
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
