/** Which origins count as the app's own (no imports: the apps' proxy uses it too). */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The app's own origin: that of its public address (AUTH_URL, set from WEB_URL or ADMIN_URL).
 * In development its port on the other loopback names also counts (localhost, 127.0.0.1,
 * [::1]), for whoever opens the app by another of them.
 */
export function ownOriginPolicy(opts: {
  appUrl: string | undefined;
  development: boolean;
}): (origin: string) => boolean {
  const app = opts.appUrl ? new URL(opts.appUrl) : null;
  return (origin) => {
    if (origin === app?.origin) return true;
    if (!opts.development || !app || !LOOPBACK.has(app.hostname)) return false;
    try {
      const url = new URL(origin);
      return (
        url.origin === origin &&
        url.protocol === app.protocol &&
        url.port === app.port &&
        LOOPBACK.has(url.hostname)
      );
    } catch {
      return false;
    }
  };
}
