import { currentProfile } from "@tend/nextjs/server";

import { ProfileForm } from "./profile-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

export const metadata = { title: "Profile · Tend" };

export default async function ProfilePage() {
  const me = await currentProfile();
  const timeZones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((tz) => tz !== "UTC")];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Profile</h1>
        <p className="mt-1 text-muted-foreground">
          Your hours set the boundaries every reminder and notification keeps to. Nothing is sent
          during quiet hours.
        </p>
      </div>
      <ProfileForm profile={me} timeZones={timeZones} />
      <SignOutEverywhere />
    </div>
  );
}
