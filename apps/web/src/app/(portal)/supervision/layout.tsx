import { currentMembership } from "@tend/nextjs/server";
import { AppNav } from "@tend/ui/nav";

/** The supervision section: sessions, booking, hours and (for supervisors) availability and signatures. */
export default async function SupervisionLayout({ children }: { children: React.ReactNode }) {
  const { roles } = await currentMembership();
  const clinician = roles.includes("clinician");
  const supervisor = roles.includes("supervisor");
  const items = [
    { href: "/supervision", label: "Sessions", exact: true },
    ...(clinician ? [{ href: "/supervision/book", label: "Book" }] : []),
    ...(clinician ? [{ href: "/supervision/hours", label: "Hour log" }] : []),
    ...(supervisor ? [{ href: "/supervision/cosign", label: "To sign" }] : []),
    ...(supervisor ? [{ href: "/supervision/availability", label: "Availability" }] : []),
  ];
  return (
    <div className="space-y-6">
      <AppNav items={items} label="Supervision" />
      {children}
    </div>
  );
}
