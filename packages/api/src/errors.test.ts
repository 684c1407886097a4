import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { describeFailure, DomainError, INTERNAL_FAILURE_MESSAGE } from "./errors";
import { profileUpdateSchema } from "./router/identity/identity.schemas";

describe("describeFailure", () => {
  it("names invalid input field by field, under each field's dotted path", () => {
    const parsed = profileUpdateSchema.safeParse({
      name: "",
      workingHours: { days: [1], start: "18:00", end: "08:00" },
    });
    if (parsed.success) throw new Error("expected invalid input");
    const failure = describeFailure(
      new TRPCError({ code: "BAD_REQUEST", message: "bad", cause: parsed.error }),
    );
    expect(failure.fieldErrors).toEqual({
      name: ["Enter your name."],
      "workingHours.end": ["The working day must end after it starts."],
    });
    expect(failure.message).toMatch(/^Invalid input: name: Enter your name\./);
  });

  it("tells a domain error in its own words, with its field messages", () => {
    const cause = new DomainError("CONFLICT", "Already shared.", { responseId: ["Shared."] });
    expect(
      describeFailure(new TRPCError({ code: "CONFLICT", message: cause.message, cause })),
    ).toEqual({ message: "Already shared.", fieldErrors: { responseId: ["Shared."] } });
  });

  it("passes a refusal's message on, and never an internal error's", () => {
    expect(
      describeFailure(new TRPCError({ code: "FORBIDDEN", message: "Clinicians only." })),
    ).toEqual({ message: "Clinicians only.", fieldErrors: {} });
    const internal = new TRPCError({
      code: "INTERNAL_SERVER_ERROR",
      message: 'relation "check_responses" does not exist',
    });
    expect(describeFailure(internal).message).toBe(INTERNAL_FAILURE_MESSAGE);
    expect(describeFailure(new Error("socket hang up")).message).toBe(INTERNAL_FAILURE_MESSAGE);
  });
});
