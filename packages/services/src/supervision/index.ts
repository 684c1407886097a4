export * from "./access";
export * from "./booking";
export * from "./content";
export * from "./hours";
export * from "./schedule";
export * from "./series";
export * from "./sessions";
export * from "./calendar";
