import { describe, expect, it } from "vitest";
import { hashForView, viewFromHash, VIEWS } from "./routes";

describe("routes", () => {
  it("round-trips every view through the hash", () => {
    for (const view of VIEWS) expect(viewFromHash(hashForView(view))).toBe(view);
  });

  it("falls back to compose for unknown or empty hashes", () => {
    expect(viewFromHash("")).toBe("compose");
    expect(viewFromHash("#/nope")).toBe("compose");
  });
});
