/** Runs once when the server starts: a missing or invalid setting stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./check-env");
}
