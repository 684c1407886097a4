export * from "./invitations";
export * from "./organisations";
export * from "./profile";
export * from "./organisation-settings";
export * from "./people";
export * from "./teams";
export { BULK_INVITE_COLUMNS, BULK_INVITE_MAX_ROWS } from "./bulk-invitations";
