export * from "./wellbeing";
