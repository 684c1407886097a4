export * from "./audit";
export * from "./identity";
export * from "./invitation";
export * from "./mail";
export * from "./organisation";
export * from "./plan";
export * from "./self-check/index";
export * from "./supervision/index";
