import { handleTRPCRequest } from "@tend/nextjs/trpc-route";

export { handleTRPCRequest as GET, handleTRPCRequest as POST };
