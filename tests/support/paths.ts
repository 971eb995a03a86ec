import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const ARTIFACTS = `${ROOT}test-artifacts`;
export const APP_BINARY = process.env.BDESK_APP_BINARY ?? `${ROOT}target/debug/broadcast-desk`;

/** The version Cargo builds into the app, read from the workspace manifest. */
export function cargoVersion(): string {
  const manifest = readFileSync(`${ROOT}Cargo.toml`, "utf8");
  const match = /\[workspace\.package\][^[]*?\nversion\s*=\s*"([^"]+)"/.exec(manifest);
  if (!match?.[1]) throw new Error("no workspace version in Cargo.toml");
  return match[1];
}
