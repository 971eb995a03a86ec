/** Profiles, reports and deliveries the UI tests feed the mocked IPC (shapes from ui/src/bindings). */
import type { ProfileEntry } from "../../ui/src/bindings/ProfileEntry";
import type { ConnectionReport } from "../../ui/src/bindings/ConnectionReport";
import type { SandboxDelivery } from "../../ui/src/bindings/SandboxDelivery";

export const KEYCHAIN = "Secret Service";

export const PRODUCTION: ProfileEntry = {
  profile: {
    id: "prod-1",
    name: "Live show",
    color: "#e5484d",
    target: { kind: "region", region: "singapore" },
    sdkappid: 1400123456,
    adminIdentifier: "administrator",
    edition: { kind: "proPlus" },
    defaultFromAccount: "host",
    usersigLifetimeSecs: 14400,
    isSandbox: false,
    createdAt: 1_767_000_000_000,
    updatedAt: 1_767_000_000_000,
  },
  key: { state: "stored", backend: KEYCHAIN },
};

export const STAGING: ProfileEntry = {
  profile: {
    ...PRODUCTION.profile,
    id: "stage-1",
    name: "Staging",
    color: "#0090ff",
    target: { kind: "custom", url: "http://127.0.0.1:9000/" },
    sdkappid: 1400999999,
    edition: { kind: "custom", ratePerSec: 2 },
    defaultFromAccount: null,
  },
  key: { state: "missing", backend: KEYCHAIN },
};

export const SANDBOX: ProfileEntry = {
  profile: {
    ...PRODUCTION.profile,
    id: "sandbox-1",
    name: "Sandbox",
    color: "#7c5cff",
    target: { kind: "custom", url: "http://127.0.0.1/" },
    sdkappid: 1000000001,
    adminIdentifier: "sandbox_admin",
    edition: { kind: "pro" },
    defaultFromAccount: null,
    isSandbox: true,
  },
  key: { state: "builtIn" },
};

export const CONNECTED: ConnectionReport = {
  ok: true,
  host: "adminapisgp.im.qcloud.com",
  roundTripMs: 87,
  defaultFrom: { userId: "host", status: "Imported", resultCode: 0, resultInfo: "" },
  problem: null,
};

export const WRONG_KEY: ConnectionReport = {
  ok: false,
  host: "adminapisgp.im.qcloud.com",
  roundTripMs: 91,
  defaultFrom: null,
  problem: {
    class: "CONFIG",
    tencentCode: 70009,
    title: "Tencent could not verify the signature: the secret key does not match this SDKAppID.",
    remedy: "Copy the key again from the Chat console (Basic configuration) and replace it in this profile.",
    detail: "ErrorInfo: check usersig failed",
  },
};

export const TEXT_DELIVERY: SandboxDelivery = {
  msgSeq: 7,
  random: 42,
  fromAccount: "host",
  msgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Doors open in five minutes" } }],
  cloudCustomData: null,
  receivedAt: 1_767_000_000_000,
};

export const CUSTOM_DELIVERY: SandboxDelivery = {
  msgSeq: 8,
  random: 43,
  fromAccount: "moderator",
  msgBody: [
    { MsgType: "TIMCustomElem", MsgContent: { Data: '{"kind":"poll","id":3}', Desc: "Vote for the encore" } },
    { MsgType: "TIMLocationElem", MsgContent: { Desc: "Main stage", Latitude: 1.28, Longitude: 103.85 } },
  ],
  cloudCustomData: "show=42",
  receivedAt: 1_767_000_060_000,
};
