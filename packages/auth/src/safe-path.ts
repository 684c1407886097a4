/**
 * A path inside this app to return to after sign-in, or "/". Refuses anything that a browser
 * would read as another site: absolute URLs, "//host" and "/\\host".
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  if (value.startsWith("//") || value.startsWith("/\\")) return "/";
  try {
    const url = new URL(value, "http://app.invalid");
    return url.origin === "http://app.invalid" ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
