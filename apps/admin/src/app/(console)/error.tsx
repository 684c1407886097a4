"use client";

export { PageError as default } from "@tend/ui/page-error";
