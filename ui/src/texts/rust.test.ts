import { afterEach, describe, expect, it } from "vitest";
import { addCatalogue, setLanguage } from "../i18n";
import { DeskError, toDeskError } from "../ipc";
import { connectionProblemText, deskErrorText, explanationText, fieldProblemText, problemText } from "./rust";

afterEach(() => {
  addCatalogue("en", "core", null);
  setLanguage("en");
});

const tooLong = {
  field: "name",
  code: "TOO_LONG" as const,
  messageId: "field-name-too-long",
  params: { max: 64, count: 70 },
  message: "at most 64 characters (this one has 70)",
};

const wrongKey = {
  class: "CONFIG" as const,
  tencentCode: 70009,
  messageId: "tencent-70009",
  params: {},
  title: "English from Rust",
  remedy: "English remedy from Rust",
  detail: "ErrorInfo: check usersig failed",
};

describe("texts from Rust", () => {
  it("come from core.ftl in the chosen language, by the id Rust sends", () => {
    expect(fieldProblemText(tooLong)).toBe("At most 64 characters (this one has 70)");
    expect(connectionProblemText(wrongKey)).toEqual({
      title: "The UserSig was signed with the wrong key.",
      remedy: "The secret key probably belongs to another app: copy the key of this SDKAppID from the Chat console.",
    });
    expect(explanationText({ id: "tencent-70009", class: "CONFIG", title: "x", remedy: "y", retryAfterSecs: null }).title).toBe(
      "The UserSig was signed with the wrong key.",
    );
    const from = { path: "From_Account", code: "TOO_LONG" as const, messageId: "message-from-too-long", params: { bytes: 40, max: 32 }, message: "x" };
    expect(problemText(from)).toBe("`From_Account` is 40 bytes; account IDs are at most 32 bytes");

    setLanguage("ko");
    expect(fieldProblemText(tooLong)).toBe("최대 64자까지 입력할 수 있습니다(현재 70자)");
    expect(connectionProblemText(wrongKey).title).toBe("UserSig가 잘못된 키로 서명되었습니다.");
    setLanguage("ja");
    expect(fieldProblemText(tooLong)).toBe("64文字以内にしてください（現在70文字）");
    setLanguage("zh-Hans");
    expect(problemText(from)).toBe("`From_Account` 长 40 字节；账号 ID 最长 32 字节");
  });

  it("show the English Rust sent while the id is in no catalogue", () => {
    expect(fieldProblemText({ ...tooLong, messageId: "not-in-any-catalogue", message: "name: at most 64 characters" })).toBe(
      "At most 64 characters",
    );
    expect(connectionProblemText({ ...wrongKey, messageId: "not-in-any-catalogue" })).toEqual({
      title: "English from Rust",
      remedy: "English remedy from Rust",
    });
    expect(problemText({ path: "", code: "EMPTY_BODY", messageId: "nope", params: {}, message: "MsgBody is empty" })).toBe("MsgBody is empty");
  });

  it("show a command's failure in Rust's English until it carries an id, then the catalogue's", () => {
    expect(deskErrorText(new DeskError("KEYCHAIN", "the keychain is locked"))).toBe("the keychain is locked");
    addCatalogue("en", "core", "desk-keychain-locked = The keychain is locked.\n");
    const error = toDeskError({ code: "KEYCHAIN", message: "the keychain is locked", messageId: "desk-keychain-locked", params: {} });
    expect(error.messageId).toBe("desk-keychain-locked");
    expect(deskErrorText(error)).toBe("The keychain is locked.");
  });
});
