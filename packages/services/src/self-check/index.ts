export * from "./cadence";
export * from "./present";
export * from "./reminders";
export * from "./results";
export * from "./settings";
export * from "./shares";
