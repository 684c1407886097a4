export * from "./identity";
export * from "./organisation";
export * from "./audit";
export * from "./mail";
