import base from "@tend/eslint-config/base";

// These are the command-line entry points: they read the environment, pass it on and talk to
// the person at the terminal.
export default [...base, { rules: { "no-restricted-properties": "off", "no-console": "off" } }];
