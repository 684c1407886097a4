export * from "./groups";
export * from "./discussion";
export * from "./notices";
export * from "./meetings";
