import { afterEach, describe, expect, it } from "vitest";
import { addCatalogue, setLanguage } from "../i18n";
import { DeskError, toDeskError } from "../ipc";
import { connectionProblemText, deskErrorText, explanationText, fieldProblemText, problemText } from "./rust";

// What the Rust side's core.ftl will hold (made up here; the real one lands with Rust's message ids).
const CORE_EN = `
profile-field-too-long = At most { $max } characters.
message-problem-required = { $path } is required.
tencent-70009 =
    .title = The secret key does not match this SDKAppID.
    .remedy = Copy the key of SDKAppID { $sdkappid } from the Chat console.
desk-keychain-locked = The keychain is locked.
`;

afterEach(() => {
  addCatalogue("en", "core", null);
  addCatalogue("ko", "core", null);
  setLanguage("en");
});

describe("texts from Rust", () => {
  it("show Rust's English while a value carries no message id", () => {
    expect(fieldProblemText({ field: "name", code: "TOO_LONG", message: "name: at most 64 characters" })).toBe("At most 64 characters");
    expect(problemText({ path: "MsgBody", code: "REQUIRED", message: "MsgBody is required" })).toBe("MsgBody is required");
    expect(explanationText({ class: "CONFIG", title: "T", remedy: "R", retryAfterSecs: null })).toEqual({ title: "T", remedy: "R" });
    expect(connectionProblemText({ class: "CONFIG", tencentCode: 70009, title: "T", remedy: "R", detail: "" })).toEqual({ title: "T", remedy: "R" });
    expect(deskErrorText(new DeskError("KEYCHAIN", "locked"))).toBe("locked");
  });

  it("show Rust's English when the id is in no catalogue yet", () => {
    const problem = { field: "name", code: "TOO_LONG" as const, message: "at most 64 characters", messageId: "not-yet", params: {} };
    expect(fieldProblemText(problem)).toBe("At most 64 characters");
  });

  it("use the catalogue once the id and core.ftl are there, in the chosen language", () => {
    addCatalogue("en", "core", CORE_EN);
    addCatalogue("ko", "core", "profile-field-too-long = 최대 { $max }자.\n");
    const field = { field: "name", code: "TOO_LONG" as const, message: "at most 64 characters", messageId: "profile-field-too-long", params: { max: 64 } };
    expect(fieldProblemText(field)).toBe("At most 64 characters.");
    setLanguage("ko");
    expect(fieldProblemText(field)).toBe("최대 64자.");
    setLanguage("en");
    expect(problemText({ path: "MsgBody", code: "REQUIRED", message: "x", messageId: "message-problem-required", params: { path: "MsgBody" } } as never)).toBe("MsgBody is required.");
    const explanation = { class: "CONFIG" as const, title: "t", remedy: "r", retryAfterSecs: null, id: "tencent-70009", params: { sdkappid: "1400000000" } };
    expect(explanationText(explanation)).toEqual({
      title: "The secret key does not match this SDKAppID.",
      remedy: "Copy the key of SDKAppID 1400000000 from the Chat console.",
    });
    const connection = { class: "CONFIG" as const, tencentCode: 70009, title: "t", remedy: "r", detail: "", messageId: "tencent-70009", params: { sdkappid: "1" } };
    expect(connectionProblemText(connection).title).toBe("The secret key does not match this SDKAppID.");
    const error = toDeskError({ code: "KEYCHAIN", message: "the keychain is locked", messageId: "desk-keychain-locked", params: {} });
    expect(error.messageId).toBe("desk-keychain-locked");
    expect(deskErrorText(error)).toBe("The keychain is locked.");
  });
});
