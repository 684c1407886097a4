/**
 * Documented demo personas (README "Demo personas"). Every demo account uses DEMO_PASSWORD.
 * End-to-end tests sign in as these people.
 */
export const DEMO_PASSWORD = "tend-demo-2026!";

export const PERSONAS = {
  clinician: { name: "Sam Rivera", email: "sam.rivera@riverbend.example" },
  supervisor: { name: "Dr Priya Shah", email: "priya.shah@riverbend.example" },
  admin: { name: "Alex Morgan", email: "alex.morgan@riverbend.example" },
  twoOrganisations: { name: "Jordan Lee", email: "jordan.lee@riverbend.example" },
  otherOrgAdmin: { name: "Casey Nguyen", email: "casey.nguyen@harbour.example" },
} as const;

/** Token of the demo's pending invitation; open /invite/<token> in the web app to accept it. */
export const DEMO_INVITATION_TOKEN = "demo-invitation-riverbend";
