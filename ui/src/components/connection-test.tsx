/**
 * "Test connection" for one profile: a harmless account_check through Rust, and what it found in words
 * a producer can act on — the host and round trip, or Tencent's code with a title and a remedy.
 */
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { testConnection, type ConnectionReport, type DeskError } from "../ipc";
import { useAction, useLive } from "../hooks";
import { classText } from "../format";
import { PlugIcon } from "../icons";
import { BusyButton } from "./busy-button";

type Result = { kind: "report"; report: ConnectionReport } | { kind: "error"; error: DeskError };

export function ConnectionTest({
  profileId,
  onAddKey,
  children,
}: {
  profileId: string;
  onAddKey: () => void;
  /** Shown on the button's row, before it (the list puts the key state there). */
  children?: ComponentChildren;
}) {
  const [report, setReport] = useState<ConnectionReport | null>(null);
  const live = useLive();
  const { run, busy, error } = useAction(async () => {
    setReport(null);
    const found = await testConnection(profileId);
    if (live.current) setReport(found);
  });
  const result: Result | null = error
    ? { kind: "error", error }
    : report && { kind: "report", report };

  return (
    <div class="connection-test">
      <div class="connection-row">
        {children}
        <BusyButton
          class="button small"
          testId="test-connection"
          busy={busy}
          icon={<PlugIcon size={15} />}
          busyLabel="Testing…"
          onClick={run}
        >
          Test connection
        </BusyButton>
      </div>
      <div aria-live="polite">{result && <ResultView result={result} onAddKey={onAddKey} />}</div>
    </div>
  );
}

function ResultView({ result, onAddKey }: { result: Result; onAddKey: () => void }) {
  if (result.kind === "error") {
    const { error } = result;
    if (error.code === "MISSING_SECRET") {
      return (
        <div class="connection-result bad" data-testid="connection-result" data-ok="false" data-code={error.code} role="alert">
          <p class="result-title">No key saved — add the key first</p>
          <p>The secret key signs every request; copy it from the Chat console.</p>
          <button type="button" class="link-button inline" data-testid="jump-to-key" onClick={onAddKey}>
            Add the key
          </button>
        </div>
      );
    }
    return (
      <div class="connection-result bad" data-testid="connection-result" data-ok="false" data-code={error.code} role="alert">
        <p class="result-title">Couldn't test the connection</p>
        <p>{error.message}</p>
      </div>
    );
  }

  const { report } = result;
  if (report.ok) {
    const from = report.defaultFrom;
    return (
      <div class="connection-result good" data-testid="connection-result" data-ok="true">
        <p class="result-title">
          Connected to <span class="mono">{report.host ?? "Tencent"}</span>
          {report.roundTripMs !== null && ` in ${report.roundTripMs} ms`}
        </p>
        {from && <p>Default sender “{from.userId}” exists.</p>}
      </div>
    );
  }

  const problem = report.problem;
  return (
    <div class="connection-result bad" data-testid="connection-result" data-ok="false" role="alert">
      <p class="result-title">{problem?.title ?? "The connection test failed."}</p>
      {problem?.remedy && <p>{problem.remedy}</p>}
      <p class="result-meta">
        {problem && (
          <span class="class-pill" data-class={problem.class}>
            {classText(problem.class)}
          </span>
        )}
        {problem?.tencentCode != null && <span class="code-pill">Tencent error {problem.tencentCode}</span>}
        {report.host && <span class="mono">{report.host}</span>}
      </p>
      {problem?.detail && <p class="result-detail mono">{problem.detail}</p>}
    </div>
  );
}
