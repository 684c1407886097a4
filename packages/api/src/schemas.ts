/**
 * Every capability's input schemas, for the apps' forms (safe to import in the browser).
 * Each lives beside its routers as `<capability>.schemas.ts`.
 */
export * from "./common.schemas";
export * from "./router/identity/identity.schemas";
export * from "./router/plan/plan.schemas";
export * from "./router/self-check/self-check.schemas";
