/** "3 hours", "1.5 hours", "1 hour", "0.25 hours" from whole minutes. */
export function hoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return `${hours} ${hours === 1 ? "hour" : "hours"}`;
}
