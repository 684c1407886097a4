export * from "./membership";
export * from "./agreement";
