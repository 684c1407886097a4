import { PERSONAS } from "@tend/db/personas";

import type { DemoPersona } from "./next/sign-in-form";

const DESCRIPTIONS: Record<keyof typeof PERSONAS, string> = {
  clinician: "Clinician, Adult Outpatient, supervised by Dr Priya Shah",
  supervisor: "Supervisor of eight clinicians; also sees clients",
  admin: "Administrator of Riverbend",
  twoOrganisations: "Clinician at Riverbend, supervisor at Harbour",
  otherOrgAdmin: "Administrator of Harbour Counselling Collective",
};

/** The documented demo personas, for the development sign-in shortcuts. */
export const demoPersonas: DemoPersona[] = (Object.keys(PERSONAS) as (keyof typeof PERSONAS)[]).map(
  (key) => ({
    key,
    name: PERSONAS[key].name,
    description: DESCRIPTIONS[key],
  }),
);
