export * from "./invitations";
export * from "./organisations";
export * from "./profile";
export * from "./organisation-settings";
