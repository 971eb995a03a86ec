import { describe, expect, it } from "vitest";
import {
  blankElement,
  bodyOf,
  parsePathText,
  pathText,
  senderOf,
  setAt,
  typedNumber,
  unshownPaths,
  withoutUnshown,
  type JsonObject,
} from "./message";
import { fieldId, formFields, placeProblems } from "./problems";
import type { Problem } from "../../ipc";

const profile = { adminIdentifier: "admin", defaultFromAccount: "host" };

describe("the composer's message", () => {
  it("writes paths as Rust's reports do, and reads them back", () => {
    for (const [parts, text] of [
      [["MsgBody", 2, "MsgContent", "Text"], "MsgBody[2].MsgContent.Text"],
      [["Random"], "Random"],
      [["MsgBody", 0, "MsgContent", "a.b"], 'MsgBody[0].MsgContent["a.b"]'],
      [["MsgBody", 1, "MsgContent", "ImageInfoArray", 0, "URL"], "MsgBody[1].MsgContent.ImageInfoArray[0].URL"],
      [[], ""],
    ] as const) {
      expect(pathText(parts)).toBe(text);
      expect(parsePathText(text)).toEqual(parts);
    }
  });

  it("changes one field and nothing else, keeping the order of keys", () => {
    const body: JsonObject = { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "a", Odd: 1 } }], CloudCustomData: "x" };
    const changed = setAt(body, ["MsgBody", 0, "MsgContent", "Text"], "b");
    expect(JSON.stringify(changed)).toBe('{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"b","Odd":1}}],"CloudCustomData":"x"}');
    expect(JSON.stringify(setAt(body, ["CloudCustomData"], undefined))).toBe('{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"a","Odd":1}}]}');
    // The original is untouched.
    expect(body.CloudCustomData).toBe("x");
    // An image's first entry is made when its URL is typed into an empty list.
    expect(setAt({ ImageInfoArray: [] }, ["ImageInfoArray", 0, "URL"], "u")).toEqual({ ImageInfoArray: [{ URL: "u" }] });
  });

  it("turns a number field's text into a number only when it reads as one", () => {
    expect(typedNumber("12")).toBe(12);
    expect(typedNumber(" -1.5 ")).toBe(-1.5);
    expect(typedNumber("1e3")).toBe(1000);
    expect(typedNumber("")).toBeUndefined();
    expect(typedNumber("12a")).toBe("12a");
    expect(typedNumber("0x10")).toBe("0x10");
    expect(typedNumber("1.")).toBe("1.");
  });

  it("names the sender by its role in the profile", () => {
    expect(senderOf(undefined, profile)).toEqual({ kind: "default" });
    expect(senderOf("host", profile)).toEqual({ kind: "default" });
    expect(senderOf("admin", profile)).toEqual({ kind: "admin" });
    expect(senderOf("guest", profile)).toEqual({ kind: "other", account: "guest" });
    const message = { MsgBody: [] };
    expect(bodyOf(message, { kind: "default" }, profile)).toEqual(message);
    expect(Object.keys(bodyOf(message, { kind: "admin" }, profile))).toEqual(["From_Account", "MsgBody"]);
    // Without a default sender, the admin is who a body naming nobody comes from.
    expect(bodyOf(message, { kind: "admin" }, { ...profile, defaultFromAccount: null })).toEqual(message);
  });

  it("lists what the form cannot show, and only that", () => {
    expect(unshownPaths({ MsgBody: [blankElement("TIMImageElem", { downloadFlag: 2, firstImageSize: 1 })], From_Account: "x", CloudCustomData: "" })).toEqual([]);
    expect(unshownPaths({ MsgBody: [{ MsgType: "TIMFaceElem", MsgContent: { Index: "12a" } }] })).toEqual([]);
    expect(
      unshownPaths({
        Random: 1,
        MsgBody: [
          { MsgType: "TIMTextElem", MsgContent: { Text: 5, text: "x" } },
          { MsgType: "TIMNopeElem", MsgContent: {} },
          { MsgType: "TIMImageElem", MsgContent: { ImageInfoArray: [{ Type: "1", Colour: "red" }, 3] } },
          { MsgType: "TIMCustomElem", MsgContent: { Data: "x", Desc: null }, Extra: true },
          "text",
        ],
        CloudCustomData: { a: 1 },
      }),
    ).toEqual([
      "Random",
      "MsgBody[0].MsgContent.Text",
      "MsgBody[0].MsgContent.text",
      "MsgBody[1].MsgType",
      "MsgBody[2].MsgContent.ImageInfoArray[0].Type",
      "MsgBody[2].MsgContent.ImageInfoArray[0].Colour",
      "MsgBody[2].MsgContent.ImageInfoArray[1]",
      "MsgBody[3].Extra",
      "MsgBody[3].MsgContent.Desc",
      "MsgBody[4]",
      "CloudCustomData",
    ]);
    expect(unshownPaths([1])).toEqual([""]);
  });

  it("drops what the form cannot show only when asked, deepest first", () => {
    expect(
      withoutUnshown({
        Random: 1,
        MsgBody: [
          { MsgType: "TIMTextElem", MsgContent: { Text: "a", Colour: "red" } },
          "gone",
          "gone too",
          { MsgType: "TIMCustomElem", MsgContent: { Data: "d" } },
        ],
      }),
    ).toEqual({
      MsgBody: [
        { MsgType: "TIMTextElem", MsgContent: { Text: "a" } },
        { MsgType: "TIMCustomElem", MsgContent: { Data: "d" } },
      ],
    });
  });
});

describe("where a problem is shown", () => {
  const problem = (path: string): Problem => ({ path, code: "REQUIRED", messageId: "message-required", params: {}, message: path });
  const message: JsonObject = {
    MsgBody: [
      { MsgType: "TIMTextElem", MsgContent: { Text: "" } },
      { MsgType: "TIMImageElem", MsgContent: { ImageInfoArray: [{ URL: "" }, { URL: "" }] } },
    ],
  };
  const keys = ["e1", "e2"];

  it("beside its field, on its element, or with the message, and never nowhere", () => {
    const errors = [
      problem("MsgBody[0].MsgContent.Text"),
      problem("MsgBody[1].MsgContent.ImageInfoArray[1].Width"),
      problem("MsgBody[1].MsgContent.ImageInfoArray"),
      problem("MsgBody[1].MsgType"),
      problem("MsgBody[1].MsgContent.Colour"),
      problem("From_Account"),
      problem("MsgBody"),
      problem(""),
      problem("Random"),
      problem("MsgBody[7].MsgContent.Text"),
    ];
    const placed = placeProblems(errors, keys, formFields(message, keys));
    expect([...placed.fields.keys()]).toEqual([
      fieldId("e1", "MsgContent.Text"),
      fieldId("e2", "MsgContent.ImageInfoArray[1].Width"),
      fieldId("e2", "MsgContent.ImageInfoArray"),
      fieldId(null, "From_Account"),
    ]);
    expect(placed.elements.get("e2")?.map((p) => p.path)).toEqual(["MsgBody[1].MsgType", "MsgBody[1].MsgContent.Colour"]);
    expect(placed.message.map((p) => p.path)).toEqual(["MsgBody", "", "Random", "MsgBody[7].MsgContent.Text"]);
    const count = [...placed.fields.values(), ...placed.elements.values()].flat().length + placed.message.length;
    expect(count).toBe(errors.length);
  });

  it("follows an element that moved since it was checked", () => {
    const body = message.MsgBody as JsonObject[];
    const movedMessage = { MsgBody: [body[1] ?? {}, body[0] ?? {}] };
    const placed = placeProblems([problem("MsgBody[0].MsgContent.Text")], ["e1", "e2"], formFields(movedMessage, ["e2", "e1"]));
    expect([...placed.fields.keys()]).toEqual([fieldId("e1", "MsgContent.Text")]);
  });
});
