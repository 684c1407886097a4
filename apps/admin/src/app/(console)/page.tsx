import { adminApi } from "@tend/nextjs/server";

import { PeopleTable } from "~/components/people-table";

export const metadata = { title: "People · Tend admin" };

export default async function PeoplePage() {
  const { api, current } = await adminApi();
  const people = await api.person.list();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">People</h1>
        <p className="mt-1 text-muted-foreground">
          Everyone in {current.organisationName}, with their roles and teams. Individual wellbeing
          data is never shown here.
        </p>
      </div>
      <PeopleTable people={people} />
    </div>
  );
}
