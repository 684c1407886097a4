/** Self-check queries, by sub-topic. Every per-person query is scoped to the owner in its where-clause. */
export * from "./cadences";
export * from "./reminders";
export * from "./responses";
export * from "./settings";
export * from "./shares";
