import base from "@tend/eslint-config/base";
import nextjs from "@tend/eslint-config/nextjs";

export default [...base, ...nextjs, { ignores: ["next-env.d.ts"] }];
