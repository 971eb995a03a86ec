/**
 * How the schedule reads in words: an instant in an item's zone and on this computer, the countdown,
 * a repeat, a missed-send policy, a gap/fold note and a message in one line — every date and time
 * through i18n.ts's formatters with the zone it belongs to, every word from the catalogue.
 *
 * Not here: what any of it means for sending (Rust's rules), or where it goes on screen.
 */
import type { Draft, MissedPolicy, Repeat, RepeatEnd, TimeNote, Weekday } from "../../ipc";
import { formatDateTime, formatDuration, formatList, formatNumber, formattingLocale, t } from "../../i18n";
import { isMsgType } from "../composer/schema";
import { typeName } from "../composer/element-card";

/** The days of the week in the order the weekly toggles show them (Monday first, as ISO 8601). */
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** The computer's own zone, as the webview's Intl knows it. */
export function computerZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function options(ms: number, zone: string | undefined): Intl.DateTimeFormatOptions {
  // Seconds only when the time has some: "20:00" reads better than "20:00:00".
  const timeStyle = ms % 60_000 === 0 ? "short" : "medium";
  return zone === undefined ? { dateStyle: "medium", timeStyle } : { dateStyle: "medium", timeStyle, timeZone: zone };
}

/** An instant as the clock in `zone` shows it ("Dec 1, 2026, 8:00 PM"); the zone's name is not in it. */
export function timeIn(ms: number, zone: string): string {
  try {
    return formatDateTime(ms, options(ms, zone));
  } catch {
    // A zone this webview's Intl does not know (Rust's database may be newer): the computer's clock.
    return formatDateTime(ms, options(ms, undefined));
  }
}

/** An instant on this computer's clock. */
export function timeHere(ms: number): string {
  return formatDateTime(ms, options(ms, undefined));
}

/** The instant in the item's zone with the zone's name, and — when this computer's clock reads
 * otherwise — on this computer too. */
export function bothZones(ms: number, zone: string): { there: string; here: string | null } {
  const there = timeIn(ms, zone);
  const here = timeHere(ms);
  return { there: t("schedule-in-zone", { time: there, zone }), here: here === there ? null : t("schedule-here", { time: here }) };
}

/** How long until `ms`, as a clock ("in 4:03:09", "in 2 days 1:00:00"); "due now" once it is. */
export function countdownText(ms: number, now: number): string {
  const left = Math.ceil((ms - now) / 1000);
  if (left <= 0) return t("schedule-countdown-due");
  const days = Math.floor(left / 86_400);
  const h = Math.floor((left % 86_400) / 3600);
  const m = Math.floor((left % 3600) / 60);
  const s = left % 60;
  const two = (n: number) => formatNumber(n, { minimumIntegerDigits: 2, useGrouping: false });
  const clock = `${formatNumber(h, { useGrouping: false })}:${two(m)}:${two(s)}`;
  return days > 0 ? t("schedule-countdown-days", { days, clock }) : t("schedule-countdown", { clock });
}

/** A weekday's short name in the chosen language ("Mon", "월", "周一", "月"). */
export function weekdayName(day: Weekday, style: "short" | "long" = "short"): string {
  // 2024-01-01 was a Monday.
  const date = Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12);
  return new Intl.DateTimeFormat(formattingLocale(), { weekday: style, timeZone: "UTC" }).format(date);
}

/** A date as typed (`2026-12-31`) in the chosen language. */
export function dateText(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return formatDateTime(Date.UTC(y, m - 1, d, 12), { dateStyle: "medium", timeZone: "UTC" });
}

export function repeatText(repeat: Repeat, end: RepeatEnd): string {
  const base =
    repeat.kind === "once"
      ? t("schedule-repeat-once")
      : repeat.kind === "daily"
        ? t("schedule-repeat-daily")
        : t("schedule-repeat-weekly", { days: formatList(WEEKDAYS.filter((d) => repeat.days.includes(d)).map((d) => weekdayName(d))) });
  if (repeat.kind === "once" || end.kind === "never") return base;
  const until = end.kind === "until" ? t("schedule-end-until", { date: dateText(end.date) }) : t("schedule-end-count", { count: end.times });
  return t("schedule-repeat-with-end", { repeat: base, end: until });
}

export function missedText(missed: MissedPolicy): string {
  switch (missed.kind) {
    case "sendIfLate":
      return t("schedule-missed-send-if-late", { late: formatDuration(missed.maxSecs) });
    case "skip":
      return t("schedule-missed-skip");
    case "ask":
      return t("schedule-missed-ask");
  }
}

/** How late a run was, in the largest unit that reads well ("17 minutes", "2 hours"). */
export function lateText(lateMs: number): string {
  const secs = Math.max(1, Math.round(lateMs / 1000));
  if (secs < 120) return formatDuration(secs);
  if (secs < 7200) return formatDuration(Math.round(secs / 60) * 60);
  return formatDuration(Math.round(secs / 3600) * 3600);
}

/** What the gap/fold rule did to a time, as a warning. */
export function noteText(note: TimeNote, zone: string): string {
  return note.kind === "gap"
    ? t("schedule-note-gap", { zone, sentAt: note.sentAt })
    : t("schedule-note-fold", { zone, offset: note.offset, laterOffset: note.laterOffset });
}

/** A message in one line: its text, else what its elements are ("Image, Custom data"). */
export function messageSummary(body: Draft): string {
  const texts: string[] = [];
  const kinds: string[] = [];
  for (const element of body.MsgBody) {
    if (element.MsgType === "TIMTextElem") texts.push(element.MsgContent.Text);
    else if (isMsgType(element.MsgType)) kinds.push(typeName(element.MsgType));
  }
  const text = texts.join(" ").replace(/\s+/g, " ").trim();
  if (text !== "" && kinds.length === 0) return text;
  if (text !== "") return t("schedule-message-with", { text, kinds: formatList(kinds) });
  return formatList(kinds);
}
