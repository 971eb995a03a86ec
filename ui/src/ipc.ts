/**
 * The one module that talks to Rust. Every other module calls the typed functions here; none imports
 * `@tauri-apps/*`. Types come from `./bindings`, generated from the Rust definitions.
 *
 * Commands fail with `{code, message}` (IpcError on the Rust side); this module turns that into a
 * `DeskError` so the UI can branch on `code`, never on text.
 */
import { invoke } from "@tauri-apps/api/core";
import type { AppInfo } from "./bindings/AppInfo";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { IpcError } from "./bindings/IpcError";

export type { AppInfo, ErrorCode };

/** A failed command, with the code the UI branches on. */
export class DeskError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "DeskError";
    this.code = code;
  }
}

// A Record keyed by the generated union: the type-check fails if Rust adds or removes a code and this
// list is not updated with it.
const KNOWN_CODES: Record<ErrorCode, true> = {
  INVALID_INPUT: true,
  INVALID_MESSAGE: true,
  INVALID_CONFIG: true,
  USER_SIG: true,
  API: true,
  TRANSPORT: true,
  IO: true,
  INVALID_PROFILE: true,
  NOT_FOUND: true,
  KEYCHAIN: true,
  INTERNAL: true,
};

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === "string" && Object.hasOwn(KNOWN_CODES, v.code) && typeof v.message === "string";
}

/** Normalises whatever a rejected `invoke` produced into a DeskError. */
export function toDeskError(raw: unknown): DeskError {
  if (raw instanceof DeskError) return raw;
  if (isIpcError(raw)) return new DeskError(raw.code, raw.message);
  // Tauri itself rejects with a plain string when a command is missing or not permitted: that is a
  // bug in the app, not something a producer can fix.
  const text = typeof raw === "string" ? raw : raw instanceof Error ? raw.message : JSON.stringify(raw);
  return new DeskError("INTERNAL", text);
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toDeskError(raw);
  }
}

/** Name, version, data folder and build kind, for the About panel. */
export function appInfo(): Promise<AppInfo> {
  return call<AppInfo>("app_info");
}
