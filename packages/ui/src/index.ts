export * from "./button";
export * from "./card";
export * from "./cn";
export * from "./form";
export * from "./table";
