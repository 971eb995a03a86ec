import { describe, expect, it } from "vitest";
import { DeskError, type FieldProblem } from "../../ipc";
import { fieldProblemText } from "../../texts/rust";
import { placeProblems } from "./problems";

const words = (problems: FieldProblem[] | undefined) => problems?.map(fieldProblemText);

describe("placeProblems", () => {
  it("puts each refused rule beside its field, without the field name Rust puts first", () => {
    const { fields, banner } = placeProblems(
      new DeskError("INVALID_PROFILE", "the profile has 3 problems", [
        { field: "sdkappid", code: "OUT_OF_RANGE", messageId: "field-test", params: {}, message: "sdkappid: must be between 1 and 9007199254740991" },
        { field: "target.url", code: "INSECURE_URL", messageId: "field-test", params: {}, message: "target.url: uses http://" },
        { field: "sdkappid", code: "EMPTY", messageId: "field-test", params: {}, message: "sdkappid: is required" },
      ]),
    );
    expect(Object.keys(fields)).toEqual(["sdkappid", "target.url"]);
    expect(words(fields.sdkappid)).toEqual(["Must be between 1 and 9007199254740991", "Is required"]);
    expect(words(fields["target.url"])).toEqual(["Uses http://"]);
    expect(banner).toBeNull();
  });

  it("sends a rule on a path the form has no input for to the banner as well, so it is not lost", () => {
    const { fields, banner } = placeProblems(
      new DeskError("INVALID_PROFILE", "the profile has 2 problems", [
        { field: "name", code: "EMPTY", messageId: "field-test", params: {}, message: "name: is required" },
        { field: "target", code: "BAD_FORMAT", messageId: "field-test", params: {}, message: "target: must name a region or a URL" },
      ]),
    );
    expect(words(fields.name)).toEqual(["Is required"]);
    expect(banner?.code).toBe("INVALID_PROFILE");
    expect(banner?.fields.map((f) => f.field)).toEqual(["target"]);
    expect(words(banner?.fields)).toEqual(["Must name a region or a URL"]);
  });

  it("shows any other failure, or a refusal naming no field, whole in the banner", () => {
    const locked = new DeskError("KEYCHAIN", "the keychain is locked");
    expect(placeProblems(locked)).toEqual({ fields: {}, banner: locked });
    const bare = new DeskError("INVALID_PROFILE", "the profile is invalid");
    expect(placeProblems(bare)).toEqual({ fields: {}, banner: bare });
  });
});
