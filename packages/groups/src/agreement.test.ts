import { describe, expect, it } from "vitest";

import {
  AGREEMENT_MAX_LENGTH,
  AUTO_HIDE_FLAGS,
  DEFAULT_AGREEMENT,
  hiddenByFlags,
} from "./agreement";

describe("the group frame", () => {
  it("hides a post at three open flags, not before", () => {
    expect(AUTO_HIDE_FLAGS).toBe(3);
    expect([0, 1, 2, 3, 4].map(hiddenByFlags)).toEqual([false, false, false, true, true]);
  });

  it("offers a default agreement about confidentiality that fits the editor's limit", () => {
    expect(DEFAULT_AGREEMENT).toMatch(/stays in this group/);
    expect(DEFAULT_AGREEMENT.length).toBeLessThanOrEqual(AGREEMENT_MAX_LENGTH);
  });
});
