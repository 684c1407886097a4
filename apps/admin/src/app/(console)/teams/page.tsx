import { adminApi } from "@tend/nextjs/server";
import { EmptyState, Table, Td, Th } from "@tend/ui";

export const metadata = { title: "Teams · Tend admin" };

export default async function TeamsPage() {
  const { api, current } = await adminApi();
  const teams = await api.team.list();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Teams</h1>
        <p className="mt-1 text-muted-foreground">Teams in {current.organisationName}.</p>
      </div>
      {teams.length === 0 ? (
        <EmptyState title="No teams yet">No teams are set up in your organisation yet.</EmptyState>
      ) : (
        <Table>
          <caption className="sr-only">Teams</caption>
          <thead>
            <tr>
              <Th>Team</Th>
              <Th>Description</Th>
              <Th className="text-right">Members</Th>
            </tr>
          </thead>
          <tbody>
            {teams.map((t) => (
              <tr key={t.id}>
                <Td className="font-medium">{t.name}</Td>
                <Td>{t.description}</Td>
                <Td className="text-right tabular-nums">{t.memberCount}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
