/**
 * A missed occurrence held for the producer ("ask"): Send now or Skip. TODO(sched-core): `schedule_decide`.
 */
import type { Run, ScheduleItem } from "../../ipc";

export function Decide(props: { item: ScheduleItem; run: Run }) {
  void props;
  return null;
}
