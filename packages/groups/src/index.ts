export * from "./membership";
export * from "./agreement";
export * from "./discussion";
export * from "./meetings";
