import { TRPCError } from "@trpc/server";

import { MIN_PASSWORD_LENGTH } from "@tend/api/schemas";
import { serverApi } from "@tend/nextjs/server";
import { Card } from "@tend/ui";

import { AcceptInvitationForm } from "./accept-form";

export const metadata = { title: "Join your organisation · Tend" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const api = await serverApi();
  const invitation = await api.invitation.get({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    throw error;
  });

  return (
    <main
      id="main"
      className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12"
    >
      <p className="mb-2 text-sm font-semibold tracking-wide text-primary">Tend</p>
      {invitation ? (
        <>
          <h1 className="text-2xl font-semibold tracking-tight">
            Join {invitation.organisationName}
          </h1>
          <p className="mt-1 text-muted-foreground">
            You were invited as {invitation.email}.{" "}
            {invitation.hasAccount
              ? "Enter your current password to join."
              : "Choose a password to finish."}
          </p>
          <section aria-labelledby="about-tend" className="mt-4 mb-6 space-y-2 text-sm">
            <h2 id="about-tend" className="font-semibold">
              What Tend is, and what stays yours
            </h2>
            <p>
              Tend helps people who care for others notice and prevent compassion fatigue: short
              private self-checks, your own prevention plan, supervision, peer groups and your
              continuing education, in one place.
            </p>
            <p>
              Your answers and results are private. Nobody at {invitation.organisationName} sees
              them — not your supervisor, not an administrator — unless you choose to share a result
              with your supervisor, and you can stop sharing at any time. Administrators see only
              anonymous figures for whole teams, never a person.
            </p>
          </section>
          <Card>
            <AcceptInvitationForm
              token={token}
              name={invitation.name}
              hasAccount={invitation.hasAccount}
              minPasswordLength={MIN_PASSWORD_LENGTH}
            />
          </Card>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold tracking-tight">This invitation cannot be used</h1>
          <p className="mt-2 text-muted-foreground">
            It has expired or has already been used. Ask your administrator for a new invitation, or{" "}
            <a href="/sign-in" className="text-primary underline">
              sign in
            </a>{" "}
            if you already have an account.
          </p>
        </>
      )}
    </main>
  );
}
