/**
 * What a window manager's close button does, for a display with no window manager (Xvfb): sends the
 * window a `WM_DELETE_WINDOW` message (ICCCM's WM_PROTOCOLS), which GTK turns into a close request the
 * app may refuse — unlike WebDriver's Close Window, which destroys the webview, or `xdotool
 * windowclose`, which destroys the X window under the app. It speaks the few X11 requests it needs over
 * the display's socket, authenticated with the cookie `xauth` lists; no package beyond Node and xauth.
 *
 * Also the app's windows by title (`xdotool search`), to find the window to close or count them.
 */
import { execFileSync } from "node:child_process";
import { createConnection, type Socket } from "node:net";

function displayNumber(display = process.env.DISPLAY ?? ""): string {
  const match = /^[^:]*:(\d+)/.exec(display);
  if (!match?.[1]) throw new Error(`cannot read the display number of DISPLAY=${display}`);
  return match[1];
}

/** The MIT-MAGIC-COOKIE-1 for the display, if the server wants one. */
function cookie(): Buffer | null {
  try {
    const listed = execFileSync("xauth", ["list", process.env.DISPLAY ?? ""], { stdio: "pipe" }).toString();
    const hex = /MIT-MAGIC-COOKIE-1\s+([0-9a-f]+)/.exec(listed)?.[1];
    return hex ? Buffer.from(hex, "hex") : null;
  } catch {
    return null;
  }
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

class Connection {
  private buffered = Buffer.alloc(0);
  private readers: Array<{ size: number; resolve: (b: Buffer) => void }> = [];

  constructor(private readonly socket: Socket) {
    socket.on("data", (d: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, d]);
      this.drain();
    });
  }

  private drain() {
    while (this.readers[0] && this.buffered.length >= this.readers[0].size) {
      const { size, resolve } = this.readers.shift() as { size: number; resolve: (b: Buffer) => void };
      resolve(this.buffered.subarray(0, size));
      this.buffered = this.buffered.subarray(size);
    }
  }

  read(size: number): Promise<Buffer> {
    return new Promise((resolve) => {
      this.readers.push({ size, resolve });
      this.drain();
    });
  }

  write(b: Buffer) {
    this.socket.write(b);
  }

  close() {
    this.socket.end();
  }
}

async function connect(): Promise<Connection> {
  const socket = createConnection(`/tmp/.X11-unix/X${displayNumber()}`);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  const conn = new Connection(socket);
  const auth = cookie();
  const name = Buffer.from(auth ? "MIT-MAGIC-COOKIE-1" : "", "ascii");
  const data = auth ?? Buffer.alloc(0);
  const setup = Buffer.alloc(12 + name.length + pad4(name.length) + data.length + pad4(data.length));
  setup.write("l", 0, "ascii");
  setup.writeUInt16LE(11, 2);
  setup.writeUInt16LE(0, 4);
  setup.writeUInt16LE(name.length, 6);
  setup.writeUInt16LE(data.length, 8);
  name.copy(setup, 12);
  data.copy(setup, 12 + name.length + pad4(name.length));
  conn.write(setup);
  const head = await conn.read(8);
  const rest = await conn.read(head.readUInt16LE(6) * 4);
  if (head[0] !== 1) throw new Error(`the X server refused the connection: ${rest.toString("latin1", 0, head[1])}`);
  return conn;
}

async function internAtom(conn: Connection, name: string): Promise<number> {
  const text = Buffer.from(name, "latin1");
  const request = Buffer.alloc(8 + text.length + pad4(text.length));
  request.writeUInt8(16, 0); // InternAtom
  request.writeUInt8(0, 1); // only_if_exists: false
  request.writeUInt16LE(request.length / 4, 2);
  request.writeUInt16LE(text.length, 4);
  text.copy(request, 8);
  conn.write(request);
  const reply = await conn.read(32);
  if (reply[0] !== 1) throw new Error(`InternAtom ${name} failed (X error ${reply[1]})`);
  return reply.readUInt32LE(8);
}

/** Asks the X window `windowId` (as xdotool prints it) to close, as a window manager would. */
export async function requestClose(windowId: number): Promise<void> {
  const conn = await connect();
  try {
    const protocols = await internAtom(conn, "WM_PROTOCOLS");
    const deleteWindow = await internAtom(conn, "WM_DELETE_WINDOW");
    const request = Buffer.alloc(44);
    request.writeUInt8(25, 0); // SendEvent
    request.writeUInt8(0, 1); // propagate: false
    request.writeUInt16LE(11, 2);
    request.writeUInt32LE(windowId, 4); // destination
    request.writeUInt32LE(0, 8); // event mask: none, so it goes to the window's own client
    // The ClientMessage event (32 bytes): format 32, WM_PROTOCOLS with WM_DELETE_WINDOW and CurrentTime.
    request.writeUInt8(33, 12);
    request.writeUInt8(32, 13);
    request.writeUInt32LE(windowId, 16);
    request.writeUInt32LE(protocols, 20);
    request.writeUInt32LE(deleteWindow, 24);
    request.writeUInt32LE(0, 28);
    conn.write(request);
    // A round trip, so the event has been sent before the connection closes.
    await internAtom(conn, "WM_PROTOCOLS");
  } finally {
    conn.close();
  }
}

/** The app's windows by title (ids): all of them, or only those on screen. */
export function appWindows(onlyVisible: boolean): number[] {
  try {
    const args = ["search", ...(onlyVisible ? ["--onlyvisible"] : []), "--name", "^Broadcast Desk$"];
    return execFileSync("xdotool", args, { stdio: "pipe" })
      .toString()
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}
