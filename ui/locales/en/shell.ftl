# Texts the app shows outside its window: the tray's menu, the question before quitting and the OS
# notifications of scheduled sends. Rust renders them (src-tauri/shell/src/background/texts.rs) in the
# language the window shows. Each language's shell.ftl has exactly the same message ids (a test checks it).

## The tray icon and its menu

# The tray icon's tooltip.
tray-tooltip = Broadcast Desk
# The menu's first line: the next scheduled send. $label is the item's label (or its message's first
# words), $time when it goes out (the computer's clock, e.g. "20:00" or "2026-12-01 20:00"),
# $countdown how long until then (one of the tray-countdown-* texts below).
tray-next = Next: { $label } at { $time } ({ $countdown })
# The menu's first line when no send is scheduled.
tray-nothing = Nothing scheduled
# Stands in for $label when an item has no label and its message no text.
tray-no-label = a scheduled broadcast
# Countdowns. $minutes, $hours and $days are whole numbers.
tray-countdown-now = due now
tray-countdown-minutes = in { $minutes } min
tray-countdown-hours = in { $hours } h { $minutes } min
tray-countdown-days = { $days ->
    [one] in 1 day
   *[other] in { $days } days
}
tray-open = Open Broadcast Desk
# Opens the window with its emergency panel.
tray-emergency = Emergency…
tray-quit = Quit

## Quitting while scheduled sends are pending (a dialog of the system)

quit-title = Quit Broadcast Desk?
# $count is how many scheduled items are still to be sent; $label and $time name the next one.
quit-message = { $count ->
    [one] One scheduled item is still to be sent
   *[other] { $count } scheduled items are still to be sent
}, the next at { $time }: { $label }. While Broadcast Desk is closed nothing is sent; when it starts again, each send it missed follows its missed-send policy.
quit-confirm = Quit anyway
quit-keep = Keep running

## Closing the window while sends are scheduled (an OS notification, once per run)

closed-title = Broadcast Desk keeps running
# $count is how many scheduled items are still to be sent.
closed-body = { $count ->
    [one] One scheduled item is still to be sent.
   *[other] { $count } scheduled items are still to be sent.
} Open the window again from the tray icon, or by starting Broadcast Desk again.

## OS notifications, one per scheduled send's result. $label names the item (as in the tray);
## $profile is the profile it was sent through; $time when it was due (the computer's clock).

notify-sent-title = Sent: { $label }
# $msgseq is Tencent's MsgSeq of the broadcast.
notify-sent-body = Due at { $time } through { $profile } (MsgSeq { $msgseq }).
notify-not-sent-title = Not sent: { $label }
# $reason says why, in a sentence (Tencent's explanation, a missing key…).
notify-not-sent-body = { $reason } Due at { $time } through { $profile }.
notify-unknown-title = Outcome unknown: { $label }
notify-unknown-body = It may or may not have reached viewers. Check History and decide: mark it delivered or send it again.
notify-skipped-title = Skipped: { $label }
# $reason says why it was skipped, in a sentence.
notify-skipped-body = { $reason } It was due at { $time }.
notify-held-title = Waiting for you: { $label }
notify-held-body = It missed its time ({ $time }). Open Broadcast Desk to send it now or skip it.

## Why a scheduled send was skipped or not sent (the bodies of the notifications above). $late and
## $max are durations (one of the duration-* texts below).

notify-skip-too-late = It was { $late } late, more than the { $max } its missed-send policy allows.
notify-skip-policy = It was { $late } late, and its missed-send policy skips late sends.
notify-skip-producer = You skipped it.
notify-skip-profile-gone = Its profile was deleted.
notify-skip-no-key = No secret key is saved for its profile.
notify-skip-keychain = The keychain could not be asked for its profile's key.
notify-skip-invalid-message = Its message no longer passes the rules.
# $message says what went wrong (English, from the app).
notify-skip-failed = It could not be written down for sending: { $message }
notify-not-sent-unexplained = Tencent did not accept it; History lists every attempt.

## Durations. $seconds, $minutes and $hours are whole numbers.

duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-hours = { $hours } h { $minutes } min
