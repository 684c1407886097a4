import { createNextConfig } from "@tend/next-config";

export default createNextConfig();
