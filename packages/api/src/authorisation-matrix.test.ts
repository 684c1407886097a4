import { describe, expect, it } from "vitest";

import { appRouter } from "./root";
import { AUTHORISATION_MATRIX, matrixGaps } from "./testing/authorisation-matrix";
import { createTRPCRouter, publicProcedure } from "./trpc";

describe("the authorisation matrix harness", () => {
  it("reports a procedure that has no row, and a row that names no procedure", () => {
    const extended = createTRPCRouter({
      ...appRouter._def.record,
      extra: createTRPCRouter({ unlisted: publicProcedure.query(() => "hi") }),
    });
    const { missingRows } = matrixGaps(extended, AUTHORISATION_MATRIX);
    expect(missingRows).toEqual(["extra.unlisted"]);

    const { unknownRows } = matrixGaps(appRouter, {
      ...AUTHORISATION_MATRIX,
      "gone.procedure": {
        type: "query",
        expect: AUTHORISATION_MATRIX["me.get"]?.expect ?? ({} as never),
      },
    });
    expect(unknownRows).toEqual(["gone.procedure"]);
  });

  it("has a row for every procedure of the app router", () => {
    expect(matrixGaps(appRouter, AUTHORISATION_MATRIX)).toEqual({
      missingRows: [],
      unknownRows: [],
    });
  });
});
