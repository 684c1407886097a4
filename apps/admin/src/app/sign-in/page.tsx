import { SignInPage } from "@tend/auth/next/pages";

export const metadata = { title: "Sign in · Tend" };

export default function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return (
    <SignInPage
      searchParams={searchParams}
      subtitle="The admin console: people, teams and your organisation’s settings."
    />
  );
}
