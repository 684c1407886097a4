import base from "@tend/eslint-config/base";

// Benchmarks are command-line programs: they read the environment and print their figures.
export default [...base, { rules: { "no-restricted-properties": "off", "no-console": "off" } }];
