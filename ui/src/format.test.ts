import { describe, expect, it } from "vitest";
import { draftOf, durationText, formValuesOf, indentJson, keyStateText, keyWarningText, newFormValues } from "./format";
import { sentence } from "./texts/rust";

describe("profile form values → draft", () => {
  it("turns typed text into the draft's types and leaves rules to Rust", () => {
    const v = {
      ...newFormValues("#30a46c"),
      name: " Show ",
      sdkappid: "1400123456",
      edition: "custom" as const,
      ratePerSec: "3",
      usersigLifetimeMinutes: "240",
    };
    const draft = draftOf(v, false);
    expect(draft.name).toBe(" Show ");
    expect(draft.sdkappid).toBe(1400123456);
    expect(draft.edition).toEqual({ kind: "custom", ratePerSec: 3 });
    expect(draft.usersigLifetimeSecs).toBe(240 * 60);
    expect("defaultFromAccount" in draft).toBe(false);
  });

  it("sends numbers Rust will reject, never NaN or lost digits, for text that is not one", () => {
    const base = newFormValues("#30a46c");
    expect(draftOf({ ...base, sdkappid: "14OO" }, false).sdkappid).toBe(0);
    expect(draftOf({ ...base, sdkappid: "" }, false).sdkappid).toBe(0);
    // Past 2^53 a JavaScript number loses digits: sent as 2^53, which Rust's range check refuses.
    expect(draftOf({ ...base, sdkappid: "99999999999999999999" }, false).sdkappid).toBe(2 ** 53);
    expect(draftOf({ ...base, edition: "custom", ratePerSec: "300" }, false).edition).toEqual({ kind: "custom", ratePerSec: 0 });
    expect(draftOf({ ...base, edition: "custom", ratePerSec: "2.5" }, false).edition).toEqual({ kind: "custom", ratePerSec: 0 });
    expect(draftOf({ ...base, usersigLifetimeMinutes: "99999999999" }, false).usersigLifetimeSecs).toBe(0);
    expect(draftOf({ ...base, usersigLifetimeMinutes: "" }, false).usersigLifetimeSecs).toBeUndefined();
  });

  it("round-trips a saved profile through the form", () => {
    const profile = {
      id: "p",
      name: "Live",
      color: "#123456",
      target: { kind: "custom" as const, url: "https://proxy.example/" },
      sdkappid: 1400000001,
      adminIdentifier: "admin",
      edition: { kind: "enterprise" as const },
      defaultFromAccount: "host",
      usersigLifetimeSecs: 7200,
      isSandbox: false,
      createdAt: 0,
      updatedAt: 0,
    };
    expect(draftOf(formValuesOf(profile), false)).toEqual({
      name: "Live",
      color: "#123456",
      target: { kind: "custom", url: "https://proxy.example/" },
      sdkappid: 1400000001,
      adminIdentifier: "admin",
      edition: { kind: "enterprise" },
      defaultFromAccount: "host",
      usersigLifetimeSecs: 7200,
      isSandbox: false,
    });
  });
});

describe("words", () => {
  it("drops Rust's field prefix beside the field, and only that prefix", () => {
    expect(sentence("sdkappid", "sdkappid: must be between 1 and 9")).toBe("Must be between 1 and 9");
    expect(sentence("name", "something else: x")).toBe("Something else: x");
    expect(sentence("name", "is required")).toBe("Is required");
  });

  it("starts a new profile with Rust's colour and Rust's default lifetime", () => {
    const v = newFormValues("#30a46c");
    expect(v.color).toBe("#30a46c");
    expect(draftOf(v, false).usersigLifetimeSecs).toBeUndefined();
  });

  it("says durations as people do", () => {
    expect(durationText(1800)).toBe("30 minutes");
    expect(durationText(14_400)).toBe("4 hours");
    expect(durationText(604_800)).toBe("7 days");
    expect(durationText(86_400)).toBe("1 day");
    expect(durationText(90)).toBe("90 seconds");
  });

  it("counts a key's characters in the plural the language needs", () => {
    expect(keyWarningText({ kind: "notHex64", length: 1 })).toContain("this one has 1 character.");
    expect(keyWarningText({ kind: "notHex64", length: 20 })).toContain("this one has 20 characters.");
    expect(keyWarningText({ kind: "notHex64", length: 64 })).toContain("this one has other characters.");
  });

  it("says where a key is, never what it is", () => {
    expect(keyStateText({ state: "stored", backend: "macOS Keychain" })).toBe("Key stored in macOS Keychain");
    expect(keyStateText({ state: "missing", backend: "x" })).toBe("No key saved");
    expect(keyStateText({ state: "builtIn" })).toBe("Built-in key (sandbox)");
    // Worded by the catalogue message Rust names, not by Rust's English.
    expect(
      keyStateText({ state: "unavailable", problem: "LOCKED", message: "Unlock it.", messageId: "keychain-locked", params: { platform: "linux" } }),
    ).toBe("The system keychain is locked: unlock it and try again.");
  });
});

describe("a body for reading", () => {
  it("indents JSON and leaves every token exactly as it was sent", () => {
    const sent = '{"MsgBody":[{"MsgType":"TIMLocationElem","MsgContent":{"Desc":"a, b: {c}","Latitude":1.0,"Longitude":1e2}}],"Random":7,"X":[],"Y":{},"Z":"\\"q\\" \\\\"}';
    const shown = indentJson(sent);
    expect(shown).toBe(
      [
        "{",
        '  "MsgBody": [',
        "    {",
        '      "MsgType": "TIMLocationElem",',
        '      "MsgContent": {',
        '        "Desc": "a, b: {c}",',
        '        "Latitude": 1.0,',
        '        "Longitude": 1e2',
        "      }",
        "    }",
        "  ],",
        '  "Random": 7,',
        '  "X": [],',
        '  "Y": {},',
        '  "Z": "\\"q\\" \\\\"',
        "}",
      ].join("\n"),
    );
    // Only whitespace was added: the same JSON.
    expect(JSON.parse(shown)).toEqual(JSON.parse(sent));
  });

  it("gives back text that is not JSON as it is", () => {
    expect(indentJson('{"a":"unterminated')).toBe('{"a":"unterminated');
    expect(indentJson("not json")).toBe("not json");
  });
});
