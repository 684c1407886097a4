import { describe, expect, it } from "vitest";

import { addEntrySchema, addLicenceSchema, publishWorkshopSchema } from "./development.schemas";

const entry = {
  title: "Ethics in practice",
  date: "2026-03-10",
  minutes: 90,
  format: "in-person",
  categories: ["ethics"],
  licenceIds: [],
};

describe("development input schemas", () => {
  it("refuse a two-digit year typed into a date field, with the reason", () => {
    const typed = addEntrySchema.safeParse({ ...entry, date: "0026-03-10" });
    expect(typed.success).toBe(false);
    expect(typed.error?.issues.map((i) => i.message)).toEqual([
      "Give the date with a four-digit year between 1900 and 2200.",
    ]);
    expect(addEntrySchema.safeParse(entry).success).toBe(true);
  });

  it("take hours in quarters only, and a cycle with both ends in order", () => {
    expect(addEntrySchema.safeParse({ ...entry, minutes: 50 }).success).toBe(false);
    const licence = {
      type: "LPC",
      jurisdiction: "Example",
      status: "active",
      issuedOn: null,
      cycleStart: "2027-01-01",
      cycleEnd: "2026-12-31",
      templateId: null,
      supervisedMinutesRequired: null,
    };
    const backwards = addLicenceSchema.safeParse(licence);
    expect(backwards.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["cycleEnd", "The cycle's last day comes after its first."],
    ]);
    const half = addLicenceSchema.safeParse({ ...licence, cycleEnd: null });
    expect(half.error?.issues.map((i) => i.path.join("."))).toEqual(["cycleEnd"]);
  });

  it("take a workshop dated or self-paced, with an https link or none", () => {
    const workshop = {
      title: "Trauma-informed supervision",
      startsOn: null,
      minutes: 180,
      format: "self-study",
      categories: ["trauma-informed-care"],
    };
    expect(publishWorkshopSchema.parse(workshop)).toMatchObject({ provider: "", link: "" });
    const insecure = publishWorkshopSchema.safeParse({ ...workshop, link: "http://example.org" });
    expect(insecure.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["link", "Give the link as an https:// address."],
    ]);
    const undated = publishWorkshopSchema.safeParse({ ...workshop, startsOn: "26-01-20" });
    expect(undated.error?.issues.map((i) => i.path.join("."))).toEqual(["startsOn"]);
  });
});
