import type { ReactNode } from "react";
import { connection } from "next/server";

/** Both apps' <html> and <body>, with a skip link. No client provider: pages ship only their own islands. */
export async function AppDocument({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so that each gets this request's CSP nonce.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded-md focus:bg-card focus:px-4 focus:py-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
