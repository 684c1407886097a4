import type { Metadata } from "next";

import { AppDocument } from "@tend/nextjs/document";

import "./globals.css";

export const metadata: Metadata = {
  title: "Tend admin",
  description: "Administer your organisation: people, teams and settings.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <AppDocument>{children}</AppDocument>;
}
