import { Button, Card, CardDescription, CardTitle } from "@tend/ui";

import { signOutEverywhereAction } from "~/actions/identity";

export function SignOutEverywhere() {
  return (
    <Card className="space-y-3">
      <CardTitle>Sessions</CardTitle>
      <CardDescription>
        Signed in on a shared or lost device? Signing out everywhere ends every session of your
        account, on every device, this one included.
      </CardDescription>
      <form action={signOutEverywhereAction}>
        <Button type="submit" variant="outline">
          Sign out everywhere
        </Button>
      </form>
    </Card>
  );
}
