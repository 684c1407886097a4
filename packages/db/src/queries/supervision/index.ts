/** Supervision queries, by sub-topic. Every query is scoped to an organisation and a membership in its where-clause. */
export * from "./booking";
export * from "./calendar";
export * from "./content";
export * from "./hours";
export * from "./schedule";
export * from "./series";
export * from "./sessions";
export * from "./notices";
