import base from "@tend/eslint-config/base";

export default [...base];
