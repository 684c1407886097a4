import base from "@tend/eslint-config/base";

// The one package that talks SQL: the data-layer restriction does not apply here.
export default [...base, { rules: { "@typescript-eslint/no-restricted-imports": "off" } }];
