/**
 * The tim-emulator binary as a separate process on loopback: what the app talks to in end-to-end tests,
 * over real HTTP, exactly as it would talk to Tencent.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { ROOT } from "./paths";

export const EMULATOR_BINARY = process.env.BDESK_EMULATOR_BINARY ?? `${ROOT}target/debug/tim-emulator`;

/** `broadcastOff`: the console's broadcast switch is off, so every broadcast is answered 10007. */
export type EmulatorOptions = { sdkappid: number; key: string; admins: string[]; accounts?: string[]; broadcastOff?: boolean };

export class EmulatorProcess {
  private log = "";

  private constructor(
    private readonly proc: ChildProcess,
    readonly baseUrl: string,
  ) {
    proc.stderr?.on("data", (d: Buffer) => (this.log += d.toString()));
  }

  /** Starts it on a free port (the key goes in on stdin, never on the command line) and waits for its address. */
  static async start(opts: EmulatorOptions): Promise<EmulatorProcess> {
    const args = ["--port", "0", "--sdkappid", String(opts.sdkappid), "--key-stdin", "--admins", opts.admins.join(",")];
    if (opts.accounts) args.push("--accounts", opts.accounts.join(","));
    if (opts.broadcastOff) args.push("--broadcast-off");
    const proc = spawn(EMULATOR_BINARY, args, { stdio: ["pipe", "pipe", "pipe"] });
    proc.stdin?.end(`${opts.key}\n`);
    if (!proc.stdout) throw new Error("tim-emulator has no stdout pipe");
    const lines = createInterface({ input: proc.stdout });
    const first = await Promise.race([
      once(lines, "line").then(([line]) => String(line)),
      once(proc, "exit").then(([code]) => {
        throw new Error(`tim-emulator exited with ${String(code)} before listening`);
      }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("tim-emulator did not start in 10 s")), 10_000)),
    ]);
    const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(first);
    if (!match?.[1]) throw new Error(`unexpected first line from tim-emulator: ${first}`);
    return new EmulatorProcess(proc, match[1]);
  }

  logs(): string {
    return this.log;
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    this.proc.kill("SIGTERM");
    await Promise.race([once(this.proc, "exit"), new Promise((r) => setTimeout(r, 5_000))]);
  }
}
