import { createNextConfig } from "@tend/next-config";

export default createNextConfig({
  // A CE certificate of up to 10 MB reaches its server action whole (the default is 1 MB).
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
});
