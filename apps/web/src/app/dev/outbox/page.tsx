import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

import { serverApi } from "@tend/nextjs/server";
import { Card, EmptyState } from "@tend/ui";

export const metadata = { title: "Development outbox · Tend" };

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** Development only: mail that would have been sent, since SMTP_URL is not set. */
export default async function DevOutboxPage() {
  const api = await serverApi();
  const messages = await api.devOutbox.list().catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Development outbox</h1>
        <p className="mt-1 text-muted-foreground">
          With no SMTP_URL set, mail is kept here instead of being sent. Newest first.
        </p>
      </div>
      {messages.length === 0 ? (
        <EmptyState title="No mail yet">
          Ask for a sign-in link on the sign-in page and it appears here.
        </EmptyState>
      ) : (
        <ul className="space-y-4">
          {messages.map((m) => (
            <li key={m.id}>
              <Card>
                <h2 className="font-semibold">{m.subject}</h2>
                <p className="text-sm text-muted-foreground">
                  To {m.to} · {m.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
                </p>
                <p className="mt-3 text-sm break-words whitespace-pre-wrap">
                  {m.text.split(URL_PATTERN).map((part, i) =>
                    /^https?:\/\//.test(part) ? (
                      <a key={i} href={part} className="text-primary underline">
                        {part}
                      </a>
                    ) : (
                      part
                    ),
                  )}
                </p>
                {m.attachments.length > 0 && (
                  <ul className="mt-3 space-y-2" aria-label="Attachments">
                    {m.attachments.map((file, i) => (
                      <li key={i} className="text-sm">
                        <a
                          download={file.filename}
                          href={`data:${file.contentType.split(";")[0]};charset=utf-8,${encodeURIComponent(file.content)}`}
                          className="text-primary underline"
                        >
                          {file.filename}
                        </a>{" "}
                        <span className="text-muted-foreground">
                          ({file.contentType.split(";")[0]})
                        </span>
                        <details className="mt-1">
                          <summary className="cursor-pointer text-muted-foreground">
                            Show its text
                          </summary>
                          <pre className="mt-1 max-h-64 overflow-auto rounded bg-muted p-2 text-xs">
                            {file.content}
                          </pre>
                        </details>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
