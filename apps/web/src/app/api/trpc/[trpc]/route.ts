import { handleTRPCRequest } from "@tend/auth/next/trpc-route";

export { handleTRPCRequest as GET, handleTRPCRequest as POST };
