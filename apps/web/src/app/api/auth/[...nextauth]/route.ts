import { handlers } from "@tend/auth";

export const { GET, POST } = handlers;
