export * from "./identity";
export * from "./organisation";
export * from "./audit";
export * from "./mail";
export * from "./self-check";
export * from "./plan";
export * from "./supervision";
export * from "./reports";
