/**
 * A stand-in for the desktop's notification server on the test's own session bus: it owns
 * `org.freedesktop.Notifications` and records every `Notify` call (app name, summary, body), so an e2e
 * test can assert what the app told the producer. It speaks just enough of the D-Bus wire protocol for
 * that (little-endian messages, EXTERNAL authentication), with no package beyond Node.
 *
 * Not here: showing anything, or actions and closing signals (the app does not need them answered).
 */
import { createConnection, type Socket } from "node:net";

export type Note = { appName: string; summary: string; body: string };

const BUS = { name: "org.freedesktop.DBus", path: "/org/freedesktop/DBus", iface: "org.freedesktop.DBus" };
const NOTIFICATIONS = "org.freedesktop.Notifications";

// Header field codes of the D-Bus specification.
const FIELD = { path: 1, iface: 2, member: 3, errorName: 4, replySerial: 5, destination: 6, sender: 7, signature: 8 };
const TYPE = { call: 1, reply: 2, error: 3, signal: 4 };

/** Writes D-Bus values, aligned as the wire format wants them (offsets from the message's start). */
class Writer {
  private bytes: number[] = [];
  get length() {
    return this.bytes.length;
  }
  align(n: number) {
    while (this.bytes.length % n !== 0) this.bytes.push(0);
  }
  byte(v: number) {
    this.bytes.push(v & 0xff);
  }
  u32(v: number) {
    this.align(4);
    this.bytes.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  }
  setU32(at: number, v: number) {
    this.bytes[at] = v & 0xff;
    this.bytes[at + 1] = (v >>> 8) & 0xff;
    this.bytes[at + 2] = (v >>> 16) & 0xff;
    this.bytes[at + 3] = (v >>> 24) & 0xff;
  }
  string(s: string) {
    const utf8 = Buffer.from(s, "utf8");
    this.u32(utf8.length);
    this.bytes.push(...utf8, 0);
  }
  signature(s: string) {
    this.byte(s.length);
    this.bytes.push(...Buffer.from(s, "ascii"), 0);
  }
  /** An array whose elements `items` writes; `elementAlign` is 8 for structs and dict entries. */
  array(elementAlign: number, items: () => void) {
    this.u32(0);
    const lengthAt = this.length - 4;
    this.align(elementAlign);
    const start = this.length;
    items();
    this.setU32(lengthAt, this.length - start);
  }
  buffer() {
    return Buffer.from(this.bytes);
  }
}

type Header = { type: number; flags: number; serial: number; fields: Map<number, string | number> };

/** Reads D-Bus values from a little-endian message, aligned from its start. */
class Reader {
  constructor(
    private readonly buf: Buffer,
    public at: number,
  ) {}
  align(n: number) {
    this.at = Math.ceil(this.at / n) * n;
  }
  byte() {
    return this.buf.readUInt8(this.at++);
  }
  u32() {
    this.align(4);
    const v = this.buf.readUInt32LE(this.at);
    this.at += 4;
    return v;
  }
  string() {
    const length = this.u32();
    const s = this.buf.toString("utf8", this.at, this.at + length);
    this.at += length + 1;
    return s;
  }
  signature() {
    const length = this.byte();
    const s = this.buf.toString("ascii", this.at, this.at + length);
    this.at += length + 1;
    return s;
  }
}

function message(
  type: number,
  serial: number,
  fields: Array<[number, "s" | "o" | "u" | "g", string | number]>,
  signature: string,
  body: (w: Writer) => void,
  flags = 0,
): Buffer {
  const bodyWriter = new Writer();
  body(bodyWriter);
  const bodyBytes = bodyWriter.buffer();
  const w = new Writer();
  w.byte("l".charCodeAt(0));
  w.byte(type);
  w.byte(flags);
  w.byte(1);
  w.u32(bodyBytes.length);
  w.u32(serial);
  const all: typeof fields = signature ? [...fields, [FIELD.signature, "g", signature]] : fields;
  w.array(8, () => {
    for (const [code, sig, value] of all) {
      w.align(8);
      w.byte(code);
      w.signature(sig);
      if (sig === "u") w.u32(value as number);
      else if (sig === "g") w.signature(value as string);
      else w.string(value as string);
    }
  });
  w.align(8);
  return Buffer.concat([w.buffer(), bodyBytes]);
}

/** The socket path of a `unix:path=…` or `unix:abstract=…` bus address. */
function socketPath(address: string): string {
  for (const candidate of address.split(";")) {
    const [transport, rest = ""] = candidate.split(/:(.*)/s);
    if (transport !== "unix") continue;
    const params = new Map(rest.split(",").map((kv) => kv.split(/=(.*)/s) as [string, string]));
    const unescape = (s: string) => decodeURIComponent(s);
    if (params.has("path")) return unescape(params.get("path") ?? "");
    if (params.has("abstract")) return `\0${unescape(params.get("abstract") ?? "")}`;
  }
  throw new Error(`no unix socket in the bus address ${address}`);
}

export class NotificationServer {
  private readonly seen: Note[] = [];
  private buffered = Buffer.alloc(0);
  private serial = 1;
  private readonly waiting = new Map<number, (header: Header) => void>();

  private constructor(private readonly socket: Socket) {}

  /** Connects to the session bus (`DBUS_SESSION_BUS_ADDRESS` unless given) and takes the name. */
  static async start(address = process.env.DBUS_SESSION_BUS_ADDRESS): Promise<NotificationServer> {
    if (!address) throw new Error("no DBUS_SESSION_BUS_ADDRESS: run the e2e tests inside dbus-run-session");
    const socket = createConnection(socketPath(address));
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    const uid = Buffer.from(String(process.getuid?.() ?? 0), "ascii").toString("hex");
    socket.write(Buffer.concat([Buffer.from([0]), Buffer.from(`AUTH EXTERNAL ${uid}\r\n`, "ascii")]));
    const answer = await new Promise<string>((resolve) => socket.once("data", (d: Buffer) => resolve(d.toString("ascii"))));
    if (!answer.startsWith("OK")) throw new Error(`the bus refused us: ${answer.trim()}`);
    socket.write("BEGIN\r\n");
    const server = new NotificationServer(socket);
    socket.on("data", (d: Buffer) => server.receive(d));
    await server.call("Hello", "", () => undefined);
    const taken = await server.call("RequestName", "su", (w) => {
      w.string(NOTIFICATIONS);
      w.u32(4); // DBUS_NAME_FLAG_DO_NOT_QUEUE
    });
    if (taken.type !== TYPE.reply) throw new Error(`could not own ${NOTIFICATIONS}`);
    return server;
  }

  /** Every notification received so far. */
  notes(): Note[] {
    return [...this.seen];
  }

  stop(): void {
    this.socket.destroy();
  }

  private call(member: string, signature: string, body: (w: Writer) => void): Promise<Header> {
    const serial = this.serial++;
    const done = new Promise<Header>((resolve) => this.waiting.set(serial, resolve));
    this.socket.write(
      message(
        TYPE.call,
        serial,
        [
          [FIELD.path, "o", BUS.path],
          [FIELD.iface, "s", BUS.iface],
          [FIELD.member, "s", member],
          [FIELD.destination, "s", BUS.name],
        ],
        signature,
        body,
      ),
    );
    return done;
  }

  private receive(data: Buffer) {
    this.buffered = Buffer.concat([this.buffered, data]);
    for (;;) {
      if (this.buffered.length < 16) return;
      if (this.buffered[0] !== "l".charCodeAt(0)) throw new Error("a big-endian D-Bus message: not supported here");
      const bodyLength = this.buffered.readUInt32LE(4);
      const fieldsLength = this.buffered.readUInt32LE(12);
      const bodyStart = Math.ceil((16 + fieldsLength) / 8) * 8;
      const total = bodyStart + bodyLength;
      if (this.buffered.length < total) return;
      const one = this.buffered.subarray(0, total);
      this.buffered = this.buffered.subarray(total);
      this.handle(one, bodyStart);
    }
  }

  private handle(buf: Buffer, bodyStart: number) {
    const r = new Reader(buf, 12);
    const fieldsEnd = 16 + buf.readUInt32LE(12);
    r.u32();
    const fields = new Map<number, string | number>();
    while (r.at < fieldsEnd) {
      r.align(8);
      const code = r.byte();
      const sig = r.signature();
      fields.set(code, sig === "u" ? r.u32() : sig === "g" ? r.signature() : r.string());
    }
    const header: Header = { type: buf[1] ?? 0, flags: buf[2] ?? 0, serial: buf.readUInt32LE(8), fields };
    if (header.type === TYPE.reply || header.type === TYPE.error) {
      const replyTo = fields.get(FIELD.replySerial);
      if (typeof replyTo === "number") {
        this.waiting.get(replyTo)?.(header);
        this.waiting.delete(replyTo);
      }
      return;
    }
    if (header.type !== TYPE.call) return;
    const member = String(fields.get(FIELD.member) ?? "");
    const sender = String(fields.get(FIELD.sender) ?? "");
    const body = new Reader(buf, bodyStart);
    switch (member) {
      case "Notify": {
        const appName = body.string();
        body.u32(); // replaces_id
        body.string(); // app_icon
        const summary = body.string();
        const text = body.string();
        this.seen.push({ appName, summary, body: text });
        this.reply(header, sender, "u", (w) => w.u32(this.seen.length));
        return;
      }
      case "GetCapabilities":
        this.reply(header, sender, "as", (w) => w.array(4, () => w.string("body")));
        return;
      case "GetServerInformation":
        this.reply(header, sender, "ssss", (w) => ["test-notifications", "broadcast-desk tests", "1", "1.2"].forEach((s) => w.string(s)));
        return;
      default:
        // CloseNotification, Peer.Ping and the like: an empty answer is enough.
        this.reply(header, sender, "", () => undefined);
    }
  }

  private reply(to: Header, destination: string, signature: string, body: (w: Writer) => void) {
    if (to.flags & 0x1) return; // NO_REPLY_EXPECTED
    this.socket.write(
      message(
        TYPE.reply,
        this.serial++,
        [
          [FIELD.replySerial, "u", to.serial],
          [FIELD.destination, "s", destination],
        ],
        signature,
        body,
      ),
    );
  }
}
