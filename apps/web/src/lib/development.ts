/** Words and numbers of the development pages (safe in the browser). */
export { dayText, hoursText, licenceName } from "@tend/development";
