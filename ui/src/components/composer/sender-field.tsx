/**
 * Who viewers see the broadcast from (`From_Account`): the profile's default sender, its admin, or
 * another account typed in. A typed account is looked up with Tencent when the field is left
 * (`sender_check`), and what Tencent said stands beside it: the account exists, it does not (a broadcast
 * from it would be refused), or it could not be asked, with what to do.
 *
 * Not here: the account rule (Rust's check names a malformed account on this field) or what goes into
 * the body for each choice (message.ts, `fromAccount`).
 */
import { useEffect, useId, useState } from "preact/hooks";
import { checkSender, toDeskError, type DeskError, type Profile, type Problem, type SenderCheck } from "../../ipc";
import { useLive } from "../../hooks";
import { t } from "../../i18n";
import { connectionProblemText, deskErrorText, problemText } from "../../texts/rust";
import { Field } from "../fields";
import type { Sender } from "./message";

/** Tencent's name for the field, shown beside the label (Rust's problems quote it). */
const FROM_ACCOUNT = "From_Account";

type Lookup =
  | { account: string; profileId: string; state: "busy" }
  | { account: string; profileId: string; state: "done"; check: SenderCheck }
  | { account: string; profileId: string; state: "failed"; error: DeskError };

export function SenderField({
  profile,
  sender,
  problems,
  onChange,
  onTouch,
}: {
  profile: Profile;
  sender: Sender;
  /** Rust's problems with `From_Account`, to show now. */
  problems: Problem[];
  onChange: (sender: Sender) => void;
  onTouch: () => void;
}) {
  const ids = useId();
  const live = useLive();
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const hasDefault = profile.defaultFromAccount !== null && profile.defaultFromAccount !== "";
  // Without a default sender, naming nobody sends as the admin: one choice, not two.
  const choice = sender.kind === "admin" && !hasDefault ? "default" : sender.kind;
  const account = sender.kind === "other" ? sender.account : "";
  const errorId = `${ids}-error`;
  const invalid = problems.length > 0;

  useEffect(() => setLookup(null), [profile.id]);

  const look = async () => {
    onTouch();
    const wanted = account.trim();
    if (wanted === "" || wanted !== account || invalid) return;
    if (lookup && lookup.account === wanted && lookup.profileId === profile.id && lookup.state !== "failed") return;
    const asked = { account: wanted, profileId: profile.id };
    setLookup({ ...asked, state: "busy" });
    try {
      const check = await checkSender(profile.id, wanted);
      if (live.current) setLookup((l) => (l?.account === wanted ? { ...asked, state: "done", check } : l));
    } catch (raw) {
      if (live.current) setLookup((l) => (l?.account === wanted ? { ...asked, state: "failed", error: toDeskError(raw) } : l));
    }
  };

  const current = lookup && lookup.account === account && lookup.profileId === profile.id ? lookup : null;

  return (
    <Field
      label={t("compose-sender")}
      tag={<code class="json-name">{FROM_ACCOUNT}</code>}
      htmlFor={`${ids}-choice`}
      hint={t("compose-sender-hint")}
      error={
        invalid && (
          <p class="field-error" id={errorId} role="alert" data-testid="field-error" data-field={FROM_ACCOUNT}>
            {problems.map(problemText).join(" ")}
          </p>
        )
      }
    >
      <div class="sender-row">
        <select
          id={`${ids}-choice`}
          data-testid="sender-choice"
          value={choice}
          onChange={(e) => {
            const kind = e.currentTarget.value;
            onChange(kind === "other" ? { kind: "other", account } : kind === "admin" ? { kind: "admin" } : { kind: "default" });
          }}
        >
          {hasDefault ? (
            <>
              <option value="default">{t("compose-sender-default", { account: profile.defaultFromAccount ?? "" })}</option>
              <option value="admin">{t("compose-sender-admin", { account: profile.adminIdentifier })}</option>
            </>
          ) : (
            <option value="default">{t("compose-sender-admin", { account: profile.adminIdentifier })}</option>
          )}
          <option value="other">{t("compose-sender-other")}</option>
        </select>
        {sender.kind === "other" && (
          <input
            type="text"
            class="mono"
            data-testid="sender-account"
            aria-label={t("compose-sender-account")}
            aria-invalid={invalid ? "true" : undefined}
            aria-describedby={invalid ? errorId : `${ids}-lookup`}
            autocomplete="off"
            spellcheck={false}
            value={account}
            onInput={(e) => onChange({ kind: "other", account: e.currentTarget.value })}
            onBlur={() => void look()}
          />
        )}
      </div>
      {sender.kind === "other" && current && (
        <p id={`${ids}-lookup`} role="status" data-testid="sender-lookup" data-state={current.state === "done" ? current.check.state : current.state} class={lookupClass(current)}>
          {lookupText(current)}
        </p>
      )}
    </Field>
  );
}

function lookupClass(lookup: Lookup): string {
  if (lookup.state === "done" && lookup.check.state === "exists") return "hint success";
  if (lookup.state === "busy") return "hint";
  return "hint warning";
}

function lookupText(lookup: Lookup): string {
  switch (lookup.state) {
    case "busy":
      return t("compose-sender-checking");
    case "failed":
      return t("compose-sender-check-failed", { error: deskErrorText(lookup.error) });
    case "done":
      switch (lookup.check.state) {
        case "exists":
          return t("compose-sender-exists", { account: lookup.account });
        case "missing":
          return t("compose-sender-missing", { account: lookup.account });
        case "unchecked": {
          const words = connectionProblemText(lookup.check.problem);
          return t("compose-sender-unchecked", { problem: words.title, remedy: words.remedy });
        }
      }
  }
}
