/**
 * Polling for what a test waits on outside the page (a file, a window, a bus name, a driver's answer):
 * the one `until` every harness and e2e file uses.
 */

/** Polls `probe` until it gives a value (not `undefined`); a probe that throws is asked again, and its
 * last error is named if time runs out. */
export async function until<T>(
  what: string,
  deadlineMs: number,
  probe: () => T | undefined | Promise<T | undefined>,
): Promise<T> {
  const end = Date.now() + deadlineMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
