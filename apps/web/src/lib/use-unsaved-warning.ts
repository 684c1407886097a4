"use client";

import { useEffect } from "react";

/** Every form on the page that holds text not yet saved; the warnings are on while any does. */
const unsaved = new Set<symbol>();

export const UNSAVED_MESSAGE = "You have text you have not saved. Leave this page and lose it?";

function onBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault();
  // Older browsers ask only when this is set.
  event.returnValue = "";
}

/** A link to another page of the app asks first (the browser asks before a reload or close). */
function onClick(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.download) return;
  const url = new URL(link.href);
  if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
  if (!window.confirm(UNSAVED_MESSAGE)) {
    event.preventDefault();
    event.stopPropagation();
  }
}

/** While `dirty`, leaving the page (a link, a reload, closing the tab) asks first. */
export function useUnsavedWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const form = Symbol("unsaved form");
    if (unsaved.size === 0) {
      window.addEventListener("beforeunload", onBeforeUnload);
      // Capturing on the document runs before the app's own link handling.
      document.addEventListener("click", onClick, true);
    }
    unsaved.add(form);
    return () => {
      unsaved.delete(form);
      if (unsaved.size > 0) return;
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}
