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
      subtitle="Your private space for self-checks and your prevention plan."
    />
  );
}
