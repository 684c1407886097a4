import base from "@tend/eslint-config/base";

// These are the command-line entry points: they read the environment and pass it on.
export default [...base, { rules: { "no-restricted-properties": "off" } }];
