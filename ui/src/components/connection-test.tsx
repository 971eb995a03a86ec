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
import { rich, t } from "../i18n";
import { connectionProblemText, deskErrorText } from "../texts/rust";

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
          busyLabel={t("connection-testing")}
          onClick={run}
        >
          {t("connection-test")}
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
          <p class="result-title">{t("connection-missing-key-title")}</p>
          <p>{t("connection-missing-key-body")}</p>
          <button type="button" class="link-button inline" data-testid="jump-to-key" onClick={onAddKey}>
            {t("connection-add-key")}
          </button>
        </div>
      );
    }
    return (
      <div class="connection-result bad" data-testid="connection-result" data-ok="false" data-code={error.code} role="alert">
        <p class="result-title">{t("connection-error-title")}</p>
        <p>{deskErrorText(error)}</p>
      </div>
    );
  }

  const { report } = result;
  if (report.ok) {
    const from = report.defaultFrom;
    return (
      <div class="connection-result good" data-testid="connection-result" data-ok="true">
        <p class="result-title">
          {report.roundTripMs !== null
            ? rich("connection-ok-in", { ms: report.roundTripMs }, { host: <span class="mono">{report.host ?? t("connection-tencent")}</span> })
            : rich("connection-ok", {}, { host: <span class="mono">{report.host ?? t("connection-tencent")}</span> })}
        </p>
        {from && <p>{t("connection-default-sender-exists", { account: from.userId })}</p>}
      </div>
    );
  }

  const problem = report.problem;
  const words = problem ? connectionProblemText(problem) : null;
  return (
    <div class="connection-result bad" data-testid="connection-result" data-ok="false" role="alert">
      <p class="result-title">{words?.title ?? t("connection-failed")}</p>
      {words?.remedy && <p>{words.remedy}</p>}
      <p class="result-meta">
        {problem && (
          <span class="class-pill" data-class={problem.class}>
            {classText(problem.class)}
          </span>
        )}
        {problem?.tencentCode != null && (
          <span class="code-pill">{t("tencent-error-code", { code: String(problem.tencentCode) })}</span>
        )}
        {report.host && <span class="mono">{report.host}</span>}
      </p>
      {problem?.detail && <p class="result-detail mono">{problem.detail}</p>}
    </div>
  );
}
