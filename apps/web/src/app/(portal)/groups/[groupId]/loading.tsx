/** Shown while a group, its discussion or its moderation queue is read. */
export default function GroupLoading() {
  return (
    <div className="max-w-3xl space-y-4">
      <p role="status" className="text-muted-foreground">
        Opening the group…
      </p>
      <div aria-hidden="true" className="space-y-3">
        {[0, 1, 2].map((i) => (
          <div
            key={i}
            className="h-20 animate-pulse rounded-lg bg-muted motion-reduce:animate-none"
          />
        ))}
      </div>
    </div>
  );
}
