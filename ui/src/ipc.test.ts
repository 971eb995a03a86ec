import { describe, expect, it } from "vitest";
import { DeskError, toDeskError } from "./ipc";

describe("toDeskError", () => {
  it("keeps the code of an IpcError", () => {
    const err = toDeskError({ code: "INVALID_CONFIG", message: "endpoint: must be https" });
    expect(err).toBeInstanceOf(DeskError);
    expect(err.code).toBe("INVALID_CONFIG");
    expect(err.message).toBe("endpoint: must be https");
  });

  it("treats an unknown code as internal rather than trusting it", () => {
    const err = toDeskError({ code: "MADE_UP", message: "x" });
    expect(err.code).toBe("INTERNAL");
  });

  it("wraps Tauri's plain-string rejections as internal", () => {
    const err = toDeskError("command app_info not allowed by ACL");
    expect(err.code).toBe("INTERNAL");
    expect(err.message).toContain("not allowed");
  });
});
