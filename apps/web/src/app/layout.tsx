import type { Metadata } from "next";

import { AppDocument } from "@tend/nextjs/document";

import "./globals.css";

export const metadata: Metadata = {
  title: "Tend",
  description:
    "Recognise and prevent compassion fatigue: self-checks, supervision and support for mental-health teams.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <AppDocument>{children}</AppDocument>;
}
