// Generated from the `commands!` list in src-tauri/shell/src/commands/mod.rs by
// `UPDATE_BINDINGS=1 cargo test -p broadcast-desk bindings`. Do not edit.

import type { Channel } from "@tauri-apps/api/core";
import type { AppInfo } from "./AppInfo";
import type { BroadcastDetails } from "./BroadcastDetails";
import type { ConnectionReport } from "./ConnectionReport";
import type { Draft } from "./Draft";
import type { EmergencyShortcut } from "./EmergencyShortcut";
import type { ExportFormat } from "./ExportFormat";
import type { ExportedFile } from "./ExportedFile";
import type { HistoryFilter } from "./HistoryFilter";
import type { KeyState } from "./KeyState";
import type { Language } from "./Language";
import type { Limits } from "./Limits";
import type { LinePlace } from "./LinePlace";
import type { MediaKind } from "./MediaKind";
import type { MediaProbe } from "./MediaProbe";
import type { MissedChoice } from "./MissedChoice";
import type { OutboxEntry } from "./OutboxEntry";
import type { ProfileDraft } from "./ProfileDraft";
import type { ProfileEntry } from "./ProfileEntry";
import type { ProfileUsage } from "./ProfileUsage";
import type { ProfilesOverview } from "./ProfilesOverview";
import type { RegionInfo } from "./RegionInfo";
import type { RequestPreview } from "./RequestPreview";
import type { Resolution } from "./Resolution";
import type { RunNews } from "./RunNews";
import type { SandboxDelivery } from "./SandboxDelivery";
import type { SandboxInfo } from "./SandboxInfo";
import type { ScheduleCheck } from "./ScheduleCheck";
import type { ScheduleDetails } from "./ScheduleDetails";
import type { ScheduleDraft } from "./ScheduleDraft";
import type { ScheduleEvent } from "./ScheduleEvent";
import type { ScheduleItem } from "./ScheduleItem";
import type { SenderCheck } from "./SenderCheck";
import type { Sent } from "./Sent";
import type { Template } from "./Template";
import type { TemplateDraft } from "./TemplateDraft";
import type { ValidationReport } from "./ValidationReport";
import type { Zones } from "./Zones";

/** Every command the window may call: its arguments (as `invoke` takes them) and its answer. */
export interface Commands {
  app_info: { args: Record<string, never>; result: AppInfo };
  limits: { args: Record<string, never>; result: Limits };
  window_language: { args: { language: Language }; result: null };
  start_at_login: { args: Record<string, never>; result: boolean };
  start_at_login_set: { args: { enabled: boolean }; result: boolean };
  schedule_watch: { args: { onEvent: Channel<ScheduleEvent> }; result: null };
  profiles_overview: { args: Record<string, never>; result: ProfilesOverview };
  regions: { args: Record<string, never>; result: Array<RegionInfo> };
  profile_create: { args: { draft: ProfileDraft; key: string | null }; result: ProfileEntry };
  profile_update: { args: { id: string; draft: ProfileDraft }; result: ProfileEntry };
  profile_duplicate: { args: { id: string }; result: ProfileEntry };
  profile_delete: { args: { id: string }; result: null };
  profile_activate: { args: { id: string }; result: null };
  profile_usage: { args: { id: string }; result: ProfileUsage };
  connection_test: { args: { id: string }; result: ConnectionReport };
  key_set: { args: { id: string; key: string }; result: KeyState };
  key_delete: { args: { id: string }; result: KeyState };
  broadcast_send: { args: { id: string; draft: Draft; emergency: boolean; onQueued: Channel<string> }; result: Sent };
  broadcast_send_again: { args: { id: string; onQueued: Channel<string> }; result: Sent };
  emergency_watch: { args: { onShortcut: Channel<null> }; result: EmergencyShortcut };
  message_check: { args: { json: string }; result: ValidationReport };
  message_preview: { args: { id: string; draft: Draft }; result: RequestPreview };
  composer_draft: { args: Record<string, never>; result: string | null };
  composer_draft_save: { args: { draft: string | null }; result: null };
  sender_check: { args: { id: string; account: string }; result: SenderCheck };
  media_probe: { args: { url: string; kind: MediaKind }; result: MediaProbe };
  templates: { args: Record<string, never>; result: Array<Template> };
  template_create: { args: { draft: TemplateDraft }; result: Template };
  template_update: { args: { id: string; draft: TemplateDraft }; result: Template };
  template_rename: { args: { id: string; name: string }; result: Template };
  template_duplicate: { args: { id: string; name: string }; result: Template };
  template_delete: { args: { id: string }; result: null };
  outbox_cancel: { args: { id: string }; result: null };
  outbox_place: { args: { id: string }; result: LinePlace | null };
  outbox_resolve: { args: { id: string; resolution: Resolution }; result: Sent | null };
  outbox_open: { args: Record<string, never>; result: Array<OutboxEntry> };
  history: { args: { filter: HistoryFilter; limit: number }; result: Array<OutboxEntry> };
  history_export: { args: { filter: HistoryFilter; format: ExportFormat }; result: ExportedFile };
  broadcast_details: { args: { id: string }; result: BroadcastDetails };
  schedule_list: { args: Record<string, never>; result: Array<ScheduleItem> };
  schedule_add: { args: { draft: ScheduleDraft }; result: ScheduleItem };
  schedule_show: { args: { id: string }; result: ScheduleDetails };
  schedule_edit_begin: { args: { id: string }; result: number };
  schedule_edit_end: { args: { id: string }; result: null };
  schedule_save: { args: { id: string; draft: ScheduleDraft; editBegan: number | null }; result: ScheduleItem };
  schedule_cancel: { args: { id: string }; result: null };
  schedule_check: { args: { draft: ScheduleDraft; editing: string | null }; result: ScheduleCheck };
  schedule_decide: { args: { id: string; dueAt: number; choice: MissedChoice }; result: string | null };
  schedule_news: { args: Record<string, never>; result: Array<RunNews> };
  schedule_news_seen: { args: { upTo: number }; result: null };
  zones: { args: Record<string, never>; result: Zones };
  sandbox_open: { args: Record<string, never>; result: ProfileEntry };
  sandbox_info: { args: Record<string, never>; result: SandboxInfo };
  sandbox_deliveries: { args: Record<string, never>; result: Array<SandboxDelivery> };
  sandbox_watch: { args: { onDelivery: Channel<SandboxDelivery> }; result: null };
}

export type Command = keyof Commands;

/** The command names, in declaration order. */
export const COMMAND_NAMES = [
  "app_info",
  "limits",
  "window_language",
  "start_at_login",
  "start_at_login_set",
  "schedule_watch",
  "profiles_overview",
  "regions",
  "profile_create",
  "profile_update",
  "profile_duplicate",
  "profile_delete",
  "profile_activate",
  "profile_usage",
  "connection_test",
  "key_set",
  "key_delete",
  "broadcast_send",
  "broadcast_send_again",
  "emergency_watch",
  "message_check",
  "message_preview",
  "composer_draft",
  "composer_draft_save",
  "sender_check",
  "media_probe",
  "templates",
  "template_create",
  "template_update",
  "template_rename",
  "template_duplicate",
  "template_delete",
  "outbox_cancel",
  "outbox_place",
  "outbox_resolve",
  "outbox_open",
  "history",
  "history_export",
  "broadcast_details",
  "schedule_list",
  "schedule_add",
  "schedule_show",
  "schedule_edit_begin",
  "schedule_edit_end",
  "schedule_save",
  "schedule_cancel",
  "schedule_check",
  "schedule_decide",
  "schedule_news",
  "schedule_news_seen",
  "zones",
  "sandbox_open",
  "sandbox_info",
  "sandbox_deliveries",
  "sandbox_watch",
] as const satisfies readonly Command[];
