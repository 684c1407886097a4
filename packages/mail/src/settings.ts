/**
 * Why mail is not set up well enough to start, or null. In production mail must really go out
 * (SMTP_URL) unless the installation says it sends none (MAIL_DISABLED=1) or keeps it in the
 * development outbox for end-to-end tests (DEV_OUTBOX=1): never silently into a table.
 */
export function mailConfigurationProblem(s: {
  production: boolean;
  smtpUrl?: string;
  mailDisabled?: boolean;
  devOutbox?: boolean;
}): string | null {
  if (!s.production || s.smtpUrl || s.mailDisabled || s.devOutbox) return null;
  return "SMTP_URL is required in production (smtp://user:pass@host:587), as sign-in links, invitations and reminders go by mail; set MAIL_DISABLED=1 instead if this installation sends no mail at all.";
}
