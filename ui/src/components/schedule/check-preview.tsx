/**
 * The form's live preview of what Rust would schedule. TODO(sched-core): `schedule_check` — the next
 * sends in both zones with gap/fold notes, the beyond-horizon confirmation, rate clashes.
 */
import type { ScheduleDraft } from "../../ipc";

export function CheckPreview(props: { draft: ScheduleDraft | null; editing: string | null; confirmFar: boolean; onConfirmFar: (on: boolean) => void }) {
  void props;
  return null;
}
