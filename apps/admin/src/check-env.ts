// Imported only in the Node.js runtime, by instrumentation.ts: a bad setting stops the server.
try {
  await import("./env");
  const { mailProblem } = await import("@tend/mail/env");
  const problem = mailProblem();
  if (problem) throw new Error(problem);
} catch (error) {
  throw new Error(
    `Tend admin cannot start: ${error instanceof Error ? error.message : String(error)}`,
  );
}
