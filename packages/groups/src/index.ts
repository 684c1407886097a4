export * from "./membership";
export * from "./agreement";
export * from "./discussion";
