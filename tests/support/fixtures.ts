/** Profiles, reports, deliveries and broadcasts the UI tests feed the mocked IPC (shapes from ui/src/bindings). */
import type { ProfileEntry } from "../../ui/src/bindings/ProfileEntry";
import type { ConnectionReport } from "../../ui/src/bindings/ConnectionReport";
import type { SandboxDelivery } from "../../ui/src/bindings/SandboxDelivery";
import type { Attempt } from "../../ui/src/bindings/Attempt";
import type { BroadcastDetails } from "../../ui/src/bindings/BroadcastDetails";
import type { Template } from "../../ui/src/bindings/Template";

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
  active: false,
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
  active: false,
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
  active: false,
};

export const CONNECTED: ConnectionReport = {
  ok: true,
  host: "adminapisgp.im.qcloud.com",
  roundTripMs: 87,
  accounts: [
    { userId: "administrator", status: "Imported", resultCode: 0, resultInfo: "" },
    { userId: "host", status: "Imported", resultCode: 0, resultInfo: "" },
  ],
  defaultFrom: { userId: "host", status: "Imported", resultCode: 0, resultInfo: "" },
  problem: null,
};

export const WRONG_KEY: ConnectionReport = {
  ok: false,
  host: "adminapisgp.im.qcloud.com",
  roundTripMs: 91,
  accounts: [],
  defaultFrom: null,
  problem: {
    class: "CONFIG",
    tencentCode: 70009,
    messageId: "tencent-70009",
    params: {},
    // Rust's English, rendered from ui/locales/en/core.ftl; the window words it from the same message.
    title: "The UserSig was signed with the wrong key.",
    remedy: "The secret key probably belongs to another app: copy the key of this SDKAppID from the Chat console.",
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

/** One of every element type, with the optional parts set where a type has them. */
export const EVERY_ELEMENT_DELIVERY: SandboxDelivery = {
  msgSeq: 9,
  random: 44,
  fromAccount: "host",
  msgBody: [
    { MsgType: "TIMTextElem", MsgContent: { Text: "Tonight:\nthe encore" } },
    { MsgType: "TIMFaceElem", MsgContent: { Index: 12, Data: "clap" } },
    { MsgType: "TIMLocationElem", MsgContent: { Desc: "", Latitude: 22.543096, Longitude: 114.057861 } },
    {
      MsgType: "TIMCustomElem",
      MsgContent: { Data: '{"kind":"poll"}', Desc: "Vote now", Ext: "ext-7", Sound: "ding.aac" },
    },
    {
      MsgType: "TIMImageElem",
      MsgContent: {
        UUID: "img-1",
        ImageFormat: 1,
        ImageInfoArray: [
          { Type: 1, Size: 2_097_152, Width: 1920, Height: 1080, URL: "https://cdn.example.com/poster.jpg" },
          { Type: 3, Size: 800, Width: 198, Height: 111, URL: "https://cdn.example.com/poster-thumb.jpg" },
          { Type: 9, Size: 10, Width: 1, Height: 1, URL: "https://cdn.example.com/odd.jpg" },
        ],
      },
    },
    {
      MsgType: "TIMSoundElem",
      MsgContent: { Url: "https://cdn.example.com/jingle.m4a", Size: 51_200, Second: 4, Download_Flag: 2 },
    },
    {
      MsgType: "TIMFileElem",
      MsgContent: { Url: "https://cdn.example.com/rundown.pdf", FileSize: 900, FileName: "rundown.pdf", Download_Flag: 2 },
    },
    {
      MsgType: "TIMVideoFileElem",
      MsgContent: {
        VideoUrl: "https://cdn.example.com/trailer.mp4",
        VideoSize: 10_485_760,
        VideoSecond: 30,
        VideoFormat: "mp4",
        VideoDownloadFlag: 2,
        ThumbUrl: "https://cdn.example.com/trailer.jpg",
        ThumbSize: 20_480,
        ThumbWidth: 640,
        ThumbHeight: 360,
        ThumbFormat: "JPG",
        ThumbDownloadFlag: 2,
      },
    },
  ],
  cloudCustomData: '{"show":42}',
  receivedAt: 1_767_000_120_000,
};

/** Nothing in it, from an account with no name, and CloudCustomData present but empty. */
export const EMPTY_DELIVERY: SandboxDelivery = {
  msgSeq: 10,
  random: 45,
  fromAccount: "",
  msgBody: [],
  cloudCustomData: "",
  receivedAt: 1_767_000_180_000,
};

/** Broadcasts already in the outbox, for History and the needs-attention list (shapes from
 * ui/src/bindings/BroadcastDetails). Times a minute apart, oldest first. */
const AT = 1_767_000_000_000;

function broadcast(id: string, over: Partial<BroadcastDetails["entry"]>, tries: Attempt[], body: string): BroadcastDetails {
  const createdAt = over.createdAt ?? AT;
  const first = over.firstAttemptAt === undefined ? createdAt + 100 : over.firstAttemptAt;
  // Two seconds apart from the first attempt, as the pipeline's backoff spaces them.
  const attempts = tries.map((a) => ({ ...a, startedAt: (first ?? createdAt) + (a.n - 1) * 2_000 }));
  return {
    entry: {
      id,
      profileId: PRODUCTION.profile.id,
      profileName: PRODUCTION.profile.name,
      target: "adminapisgp.im.qcloud.com",
      random: 4242,
      source: "window",
      osUser: "producer",
      createdAt: AT,
      delivery: "sent",
      msgSeq: null,
      attempts: attempts.length,
      lastClass: attempts.at(-1)?.class ?? null,
      lastCode: attempts.at(-1)?.code ?? null,
      lastInfo: attempts.at(-1)?.info ?? null,
      maybeDelivered: false,
      finishedAt: (first ?? createdAt) + attempts.length * 2_000,
      resolution: null,
      resentAs: null,
      cancelledAt: null,
      ...over,
      firstAttemptAt: first,
    },
    attempts,
    body,
  };
}

const attempt = (n: number, over: Partial<Attempt> = {}): Attempt => ({
  n,
  startedAt: 0,
  host: "adminapisgp.im.qcloud.com",
  class: "OK",
  code: 0,
  info: "",
  msgSeq: null,
  latencyMs: 87,
  ...over,
});

/** Sent by bdesk, on the first try. */
export const SENT_BROADCAST = broadcast(
  "b-sent",
  { source: "cli", msgSeq: 771, createdAt: AT, random: 1111 },
  [attempt(1, { msgSeq: 771 })],
  '{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Doors open"}}],"Random":1111}',
);

/** Refused by Tencent (10004): not sent. */
export const NOT_SENT_BROADCAST = broadcast(
  "b-not-sent",
  { delivery: "notSent", createdAt: AT + 60_000, random: 2222, profileId: STAGING.profile.id, profileName: STAGING.profile.name, target: "127.0.0.1:9000" },
  [attempt(1, { class: "CONFIG", code: 10004, info: "From_Account is not an account of this app", host: "127.0.0.1:9000" })],
  '{"From_Account":"ghost","MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Encore"}}],"Random":2222}',
);

/** Three attempts with no answer: the outcome waits for the producer. */
export const UNKNOWN_BROADCAST = broadcast(
  "b-unknown",
  { delivery: "unknown", createdAt: AT + 120_000, random: 3333, maybeDelivered: true },
  [1, 2, 3].map((n) => attempt(n, { class: "TRANSPORT", code: null, info: "no answer within 10 s", latencyMs: 10_000 })),
  '{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Last call"}}],"Random":3333}',
);

/** Written down, waiting for its turn (from bdesk, say): it can still be cancelled. */
export const QUEUED_BROADCAST = broadcast(
  "b-queued",
  { delivery: "queued", createdAt: AT + 180_000, firstAttemptAt: null, finishedAt: null, random: 4444, source: "cli" },
  [],
  '{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Raffle"}}],"Random":4444}',
);

/** A template marked for the emergency panel, and one that is not. */
export const PAUSED_TEMPLATE: Template = {
  id: "tpl-paused",
  name: "Stream paused",
  body: { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Stream paused — back in two minutes" } }] },
  emergency: true,
  createdAt: 1_767_000_000_000,
  updatedAt: 1_767_000_000_000,
};

export const ENDED_TEMPLATE: Template = {
  ...PAUSED_TEMPLATE,
  id: "tpl-ended",
  name: "Show ended",
  body: { From_Account: "host", MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "The show has ended. Thank you!" } }] },
};

export const DOORS_TEMPLATE: Template = {
  ...PAUSED_TEMPLATE,
  id: "tpl-doors",
  name: "Doors open",
  body: { MsgBody: [{ MsgType: "TIMTextElem", MsgContent: { Text: "Doors open" } }] },
  emergency: false,
};
