import { CheckEmailPage } from "@tend/auth/next/pages";

export const metadata = { title: "Check your email · Tend" };

export default CheckEmailPage;
