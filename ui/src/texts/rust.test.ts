import { afterEach, describe, expect, it } from "vitest";
import englishCore from "../../locales/en/core.ftl?raw";
import { addCatalogue, LANGUAGES, setLanguage } from "../i18n";
import { DeskError, toDeskError } from "../ipc";
import { connectionProblemText, deskErrorText, explanationText, fieldProblemText, mediaProblemText, problemText } from "./rust";

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

  it("word a media probe's problem as a sentence beside its field, in the chosen language", () => {
    const slow = { field: "Second", messageId: "media-timeout", params: { seconds: 10 }, message: "the server took longer than 10 seconds" };
    expect(mediaProblemText(slow)).toMatch(/^The server took longer than 10 seconds;/);
    setLanguage("ja");
    expect(mediaProblemText(slow)).not.toMatch(/^The server/);
    expect(mediaProblemText(slow)).toContain("10");
    setLanguage("en");
    expect(mediaProblemText({ ...slow, messageId: "not-in-any-catalogue", message: "Second: took too long" })).toBe("Took too long");
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

/** Every Tencent code and transport failure Rust can explain: the ids of the English core.ftl, which a
 * core test holds to exactly the codes of Rust's table and its transport kinds. */
const EXPLAINED = [...englishCore.matchAll(/^((?:tencent|transport)-[a-z0-9-]+) =/gm)].map((m) => m[1] ?? "");

describe("Tencent's explanations in every language", () => {
  it("reads the explanations' ids (the scan itself works)", () => {
    expect(EXPLAINED).toContain("tencent-70009");
    expect(EXPLAINED).toContain("tencent-unknown");
    expect(EXPLAINED).toContain("transport-timeout");
    expect(EXPLAINED.length).toBeGreaterThan(40);
  });

  it("has a title and a remedy for every code, in every language, never an id or Rust's English", () => {
    const explain = (id: string) =>
      explanationText({ id, class: "CONFIG", title: "RUST-ENGLISH", remedy: "RUST-ENGLISH", retryAfterSecs: null });
    setLanguage("en");
    const english = new Map(EXPLAINED.map((id) => [id, explain(id)]));
    for (const { tag } of LANGUAGES) {
      setLanguage(tag);
      for (const id of EXPLAINED) {
        const words = explain(id);
        // Translated, not English standing in for a missing translation.
        if (tag !== "en") expect(words.title, `${tag} ${id}`).not.toBe(english.get(id)?.title);
        for (const text of [words.title, words.remedy]) {
          expect(text, `${tag} ${id}`).not.toBe("");
          expect(text, `${tag} ${id}`).not.toContain("RUST-ENGLISH");
          expect(text, `${tag} ${id}`).not.toContain(id);
          expect(text, `${tag} ${id}`).not.toMatch(/[{}]|\$[a-z]/);
        }
      }
    }
  });
});
