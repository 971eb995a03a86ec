# Texts that Rust renders too: bdesk prints the English ones, the window shows them in the producer's
# language. Each language's core.ftl has exactly the same message ids (a test checks it).
#
# Keep Tencent's product names as Tencent writes them (Tencent Cloud Chat, SDKAppID, UserSig, Chat
# console) and its console paths word for word: producers follow them click by click.

## Tencent's answers, by its ErrorCode (send_broadcast_msg, account_check and the UserSig checks).
## .title says what happened in one line; .remedy says what to do.

tencent-0 =
    .title = Sent.
    .remedy = Nothing to do.

tencent-10002 =
    .title = Tencent had an internal error.
    .remedy = Retry in a few seconds; the same message is not delivered twice.

tencent-10003 =
    .title = Tencent did not recognise the command in the URL.
    .remedy = If you use a custom endpoint or proxy, check that it forwards the path unchanged.

tencent-10004 =
    .title = Tencent refused a parameter of the message.
    .remedy = Read Tencent's error text for the field, fix it and send again.

tencent-10007 =
    .title = No permission to broadcast.
    .remedy = Turn on the console switch Feature configuration > Group configuration > Group feature configuration > Broadcast messaging of audio-video group (needs Pro, Pro Plus or Enterprise), and check that the identifier is an App admin of this SDKAppID.

tencent-10023 =
    .title = Sending faster than your edition allows.
    .remedy = Pro allows 1 broadcast per second, Pro Plus and Enterprise 5 per second (as set in the console). Wait a moment, or merge several messages into one.

tencent-60002 =
    .title = Tencent could not read the request URL.
    .remedy = If you use a custom endpoint or proxy, check that it forwards the URL unchanged.

tencent-60003 =
    .title = Tencent could not read the message as JSON.
    .remedy = The message body is malformed; rebuild it from the form and send again.

tencent-60004 =
    .title = Tencent rejected the account or signature.
    .remedy = Check the admin identifier and the secret key in the profile.

tencent-60005 =
    .title = Tencent rejected the account or signature.
    .remedy = Check the admin identifier and the secret key in the profile.

tencent-60006 =
    .title = The SDKAppID is invalid.
    .remedy = Copy the SDKAppID again from the Chat console and check the region.

tencent-60007 =
    .title = Too many REST calls for this app.
    .remedy = Wait a moment and retry; slow down automated sends.

tencent-60008 =
    .title = Tencent timed out or could not read the request.
    .remedy = Retry; if it repeats, check a custom endpoint or proxy.

tencent-60009 =
    .title = The request reached the wrong Tencent service.
    .remedy = If you use a custom endpoint or proxy, check that it forwards the path unchanged.

tencent-60010 =
    .title = This call needs an App admin.
    .remedy = Use an identifier listed as an App admin in the Chat console.

tencent-60011 =
    .title = Too many calls for this SDKAppID.
    .remedy = Wait a moment and retry; slow down automated sends.

tencent-60012 =
    .title = The SDKAppID is missing from the request.
    .remedy = Set the SDKAppID in the profile; check a custom endpoint or proxy.

tencent-60015 =
    .title = An account field is not a string.
    .remedy = From_Account must be text; fix it and send again.

tencent-60016 =
    .title = This SDKAppID is disabled.
    .remedy = Check the app's status in the Chat console.

tencent-60017 =
    .title = Tencent has disabled this request for the app.
    .remedy = Check the app's status and features in the Chat console or with Tencent support.

tencent-60018 =
    .title = Too many requests.
    .remedy = Wait a moment and retry.

tencent-60019 =
    .title = Too many requests.
    .remedy = Wait a moment and retry.

tencent-60020 =
    .title = The paid edition has expired.
    .remedy = Renew Pro, Pro Plus or Enterprise for this app in the Chat console.

tencent-60021 =
    .title = Tencent does not accept calls from this computer's IP address.
    .remedy = Add this network's public IP to the app's allowed IPs in the Chat console.

tencent-70001 =
    .title = The UserSig expired.
    .remedy = Broadcast Desk signs a new one and retries once; if it repeats, check this computer's clock.

tencent-70002 =
    .title = The UserSig was missing.
    .remedy = If you use a custom endpoint or proxy, check that it forwards the query string unchanged.

tencent-70003 =
    .title = The UserSig is invalid.
    .remedy = Check the secret key and the SDKAppID in the profile.

tencent-70005 =
    .title = The UserSig could not be read.
    .remedy = Check the secret key and the SDKAppID in the profile.

tencent-70009 =
    .title = The UserSig was signed with the wrong key.
    .remedy = The secret key probably belongs to another app: copy the key of this SDKAppID from the Chat console.

tencent-70013 =
    .title = The identifier in the URL differs from the one in the UserSig.
    .remedy = A bug or a proxy rewrote the URL; report it with the time of the send.

tencent-70014 =
    .title = The SDKAppID in the URL differs from the one in the UserSig.
    .remedy = A bug or a proxy rewrote the URL; report it with the time of the send.

tencent-70016 =
    .title = Tencent found no key for this SDKAppID.
    .remedy = Check the SDKAppID and that the profile's region is where the app was created.

tencent-70020 =
    .title = Tencent does not know this SDKAppID in this region.
    .remedy = Check the region: it must be the one the app was created in (shown in the Chat console).

tencent-70050 =
    .title = Too many failed signature checks; Tencent is refusing for a minute.
    .remedy = Wait 60 seconds before sending. If it happens again, the secret key is probably wrong.

tencent-70051 =
    .title = The admin account is blacklisted.
    .remedy = Use another admin identifier, or ask Tencent support.

tencent-70052 =
    .title = The UserSig is no longer valid (expired, or the account was kicked).
    .remedy = Broadcast Desk signs a new one and retries once; if it repeats, check this computer's clock.

tencent-70169 =
    .title = Tencent timed out internally.
    .remedy = Retry in a few seconds; the same message is not delivered twice.

tencent-70202 =
    .title = Tencent timed out internally.
    .remedy = Retry in a few seconds; the same message is not delivered twice.

tencent-70402 =
    .title = Tencent refused a parameter.
    .remedy = Read Tencent's error text for the field, fix it and send again.

tencent-70403 =
    .title = This call needs an App admin.
    .remedy = Use an identifier listed as an App admin in the Chat console.

tencent-70500 =
    .title = Tencent had an internal error.
    .remedy = Retry in a few seconds.

tencent-80002 =
    .title = The message is too long.
    .remedy = Shorten it: MsgBody and CloudCustomData together must stay within 12,000 bytes.

tencent-93000 =
    .title = The JSON packet is too long.
    .remedy = Shorten the message: MsgBody and CloudCustomData together must stay within 12,000 bytes.

# An ErrorCode this version does not know.
tencent-unknown =
    .title = Tencent answered with an error code Broadcast Desk does not know.
    .remedy = Read Tencent's error text; look the code up in Tencent's Chat error code list (doc 1047/34348).

## Requests that got no Tencent answer at all, by what went wrong on the way.

transport-connection-refused =
    .title = The server refused the connection.
    .remedy = Check the endpoint; for a local emulator or proxy, check that it is running.

transport-dns =
    .title = The server's name could not be resolved.
    .remedy = Check the internet connection and DNS; Broadcast Desk already tried the standby host if there is one.

transport-connect-timeout =
    .title = Connecting to the server timed out.
    .remedy = Check the internet connection and any firewall; nothing was sent.

transport-tls =
    .title = The secure connection could not be set up (certificate or TLS error).
    .remedy = Check the endpoint, the computer's clock, and any network that intercepts HTTPS; nothing was sent.

transport-connect =
    .title = Could not connect to the server.
    .remedy = Check the internet connection and the endpoint; nothing was sent.

transport-timeout =
    .title = No answer in time; the message may or may not have been delivered.
    .remedy = Retrying the same message within 5 minutes is safe: Tencent drops a duplicate with the same Random.

transport-connection-lost =
    .title = The connection broke before an answer came; the message may or may not have been delivered.
    .remedy = Retrying the same message within 5 minutes is safe: Tencent drops a duplicate with the same Random.

transport-http-status =
    .title = The server answered with an HTTP error instead of a Tencent result.
    .remedy = Retry in a few seconds; if it persists, check the endpoint or proxy.

transport-bad-response =
    .title = The server's answer was not a Tencent result.
    .remedy = Check the endpoint: something other than Tencent's REST API answered.

transport-other =
    .title = The request failed for an unexpected reason.
    .remedy = Retry; if it persists, report it with the time of the send.

## Test connection: problems that are not a Tencent error code.

# The profile's default sender (the account viewers see as the sender) does not exist in the app.
# $account: the account ID as typed.
connection-default-sender-missing =
    .title = The default sender “{ $account }” does not exist in this app.
    .remedy = Import that account in the Chat console (or with the account_import API), or change the profile's default sender. Until then every send that uses it is refused.

# An account that was asked about does not exist. $account: the account ID.
connection-account-missing =
    .title = The account “{ $account }” does not exist in this app.
    .remedy = Import that account in the Chat console (or with the account_import API) before a message names it as its sender.

# Tencent's clock (from its answer) and this computer's differ by more than a minute; this computer's
# clock is behind (…-behind) or ahead of (…-ahead) Tencent's.
# $amount: a whole number; $unit: second, minute, hour or day.
connection-clock-behind =
    .title = This computer's clock is { $unit ->
        [second] { $amount ->
            [one] { $amount } second
           *[other] { $amount } seconds
        }
        [minute] { $amount ->
            [one] { $amount } minute
           *[other] { $amount } minutes
        }
        [hour] { $amount ->
            [one] { $amount } hour
           *[other] { $amount } hours
        }
       *[day] { $amount ->
            [one] { $amount } day
           *[other] { $amount } days
        }
    } behind Tencent's.
    .remedy = Turn on automatic date and time in the system settings (or sync the clock), then test again: Tencent judges every UserSig by its own clock.

connection-clock-ahead =
    .title = This computer's clock is { $unit ->
        [second] { $amount ->
            [one] { $amount } second
           *[other] { $amount } seconds
        }
        [minute] { $amount ->
            [one] { $amount } minute
           *[other] { $amount } minutes
        }
        [hour] { $amount ->
            [one] { $amount } hour
           *[other] { $amount } hours
        }
       *[day] { $amount ->
            [one] { $amount } day
           *[other] { $amount } days
        }
    } ahead of Tencent's.
    .remedy = Turn on automatic date and time in the system settings (or sync the clock), then test again: Tencent judges every UserSig by its own clock.

# Tencent said a UserSig made a moment ago had expired, and its answer carried no time to compare.
connection-clock-unknown =
    .title = Tencent says a UserSig made just now has already expired: this computer's clock is wrong.
    .remedy = Turn on automatic date and time in the system settings (or sync the clock), then test again.

# Something other than the network or Tencent stopped the test; the detail below says what.
connection-untested =
    .title = The connection could not be tested.
    .remedy = See the detail below.

## Checking a broadcast body (the composer and bdesk validate). Field names in backticks are
## Tencent's own JSON names: keep them as they are in every language.
## $name: a JSON field name. $found: what the value is: null, boolean, number, string, list, object.

message-duplicate-key = `{ $key }` appears more than once in the same object; JSON readers disagree on which one counts, so write it once
message-not-object = the message must be a JSON object like {"{"}"MsgBody": [...]{"}"}, not { $found ->
        [null] null
        [boolean] true/false
        [number] a number
        [string] a string
        [list] a list
       *[object] an object
    }
message-element-not-object = each MsgBody element must be an object like {"{"}"MsgType": "TIMTextElem", "MsgContent": {"{"}...{"}"}{"}"}, not { $found ->
        [null] null
        [boolean] true/false
        [number] a number
        [string] a string
        [list] a list
       *[object] an object
    }
message-image-size-not-object = each ImageInfoArray entry must be an object {"{"}Type, Size, Width, Height, URL{"}"}, not { $found ->
        [null] null
        [boolean] true/false
        [number] a number
        [string] a string
        [list] a list
       *[object] an object
    }
message-from-empty = `From_Account` is empty; leave it out to send as the admin account
# $bytes: the account's length; $max: the limit (32).
message-from-too-long = `From_Account` is { $bytes } bytes; account IDs are at most { $max } bytes
# $at: the byte offset of the space.
message-from-space = `From_Account` contains a space at byte { $at }; a pasted space names a different account
# $character: the character (or its code point, U+0009, when it is invisible).
message-from-character = `From_Account` contains { $character } at byte { $at }; account IDs use printable ASCII without spaces (letters, digits, _ and - are safest)
message-empty-body = `MsgBody` has no elements; add at least one (usually a TIMTextElem)
# $bytes: the message's size; $limit: 12,000; $over: by how much.
message-too-long = the message is { $bytes } bytes (MsgBody plus CloudCustomData), over Tencent's limit of { $limit }; shorten it by { $over } bytes or split it into several messages
message-text-empty = `Text` is empty; a broadcast with no text is always a mistake (often a misspelt field name)
message-text-blank = `Text` is only blank space; a broadcast with no text is always a mistake (often a misspelt field name)
# $first: the index of the custom element already in the body.
message-custom-twice = only one TIMCustomElem is allowed per message and MsgBody[{ $first }] is already one; merge their data or send two messages
message-image-format = `ImageFormat` must be 1 (JPG), 2 (GIF), 3 (PNG), 4 (BMP) or 255 (other); got { $got }
message-image-sizes-empty = `ImageInfoArray` needs at least one entry (Type 1 original, 2 large, 3 thumbnail)
message-image-size-type = `Type` must be 1 (original), 2 (large) or 3 (thumbnail); got { $got }
message-image-size-twice = `Type` { $type } already appears in ImageInfoArray[{ $first }]; each size may appear once
# $flag: the one allowed value (2).
message-download-flag = `{ $name }` must be { $flag } (viewers download the file from its URL); got { $got }
# $bound: 90 for latitude, 180 for longitude.
message-coordinate = `{ $name }` must be between -{ $bound } and { $bound }; got { $got }
message-url-empty = `{ $name }` is empty; give the https:// address viewers' apps download the file from
message-url-characters = `{ $name }` contains spaces, control characters or a backslash; percent-encode them (a space is %20)
message-url-not-absolute = `{ $name }` must be an absolute URL starting with https:// (or http://)
# $detail: the URL parser's own words (English).
message-url-invalid = `{ $name }` is not a valid URL ({ $detail })
message-url-no-host = `{ $name }` has no host name
# $suggestion: the field name that differs only in upper/lower case.
message-unknown-field-case = unknown field `{ $key }`: did you mean `{ $suggestion }`? Field names are case-sensitive
# $allowed: the field names allowed at that place, comma-separated.
message-unknown-field = unknown field `{ $key }`; allowed here: { $allowed }
message-required = `{ $name }` is required
# $expected: string, whole-number, number, msg-type, content or image-sizes.
message-wrong-type = `{ $name }` must be { $expected ->
        [string] a string (text in quotes)
        [whole-number] a whole number
        [number] a number
        [msg-type] a string such as "TIMTextElem"
        [content] an object with the element's fields
       *[image-sizes] a list of {"{"}Type, Size, Width, Height, URL{"}"} entries
    }, not { $found ->
        [null] null
        [boolean] true/false
        [number] a number
        [string] a string
        [list] a list
       *[object] an object
    }
message-fraction = `{ $name }` must be a whole number; { $got } has a fraction
# $plain: the same number written plainly (100 rather than 1e2).
message-plain-number = `{ $name }` must be written as a plain whole number ({ $plain } rather than { $got })
message-negative = `{ $name }` must not be negative; got { $got }
message-number-range = `{ $name }` must be a whole number from { $min } to { $max }; got { $got }
# $suggestion: the MsgType that differs only in upper/lower case.
message-unknown-type-case = unknown MsgType `{ $type }`; did you mean `{ $suggestion }`? Type names are case-sensitive
# $types: every MsgType, comma-separated.
message-unknown-type = unknown MsgType `{ $type }`; use one of { $types }


## A profile's fields (the profile form and bdesk profile add/edit). Shown beside the field, so
## they do not name it; bdesk puts the field's name in front.

field-required = is required
# $max: the limit (64); $count: this name's length in characters.
field-name-too-long = at most { $max } characters (this one has { $count })
# $codepoint: the character's code point, e.g. U+200B.
field-name-hidden = must not contain invisible or direction-changing characters (found { $codepoint }): the name is what the confirm step shows, so it must read as what it is
# $name: the name typed.
field-name-taken = another profile is already called “{ $name }”
# $other: the existing profile's name, which reads the same as $name.
field-name-lookalike = another profile is called “{ $other }”, which looks the same (names ignore upper/lower case and full-width forms)
# $value: what was typed.
field-color-format = must be a #rrggbb hex colour, got “{ $value }”
field-color-sandbox = this violet marks the sandbox; choose another colour
# $regions: the region ids, comma-separated.
field-region-unknown = unknown region “{ $region }”; expected one of { $regions }
field-url-insecure = uses http://, which is allowed only for this computer (127.0.0.1, ::1, localhost: the emulator or a local proxy); use https://
field-url-credentials = must not contain a user name or password
# $detail: what is wrong, in the URL checker's words (English).
field-url-malformed = { $detail }
# $max: the largest SDKAppID the app accepts.
field-sdkappid-range = must be between 1 and { $max }; copy it from the Chat console
field-account-too-long = is { $bytes } bytes; account IDs are at most { $max } bytes
field-account-space = contains a space at byte { $at }; a pasted space names a different account
field-account-character = contains { $character } at byte { $at }; account IDs use printable ASCII without spaces (letters, digits, _ and - are safest)
# $min, $max: seconds (1800 = 30 minutes, 604800 = 7 days).
field-lifetime-range = must be between { $min } (30 minutes) and { $max } (7 days) seconds
field-rate-range = must be { $min } to { $max } calls per second, as set in the console
field-sandbox-fixed = is fixed for the built-in sandbox, which runs inside the app; only its name, colour, edition and default sender can change
field-sandbox-stays = the built-in sandbox stays the sandbox

## A template's name (bdesk template add/rename/duplicate). The name's other rules are the
## profile's, above; shown beside the field, like those.

# $name: the name typed.
field-template-name-taken = another template is already called “{ $name }”
# $other: the existing template's name, which reads the same as $name.
field-template-name-lookalike = another template is called “{ $other }”, which looks the same (names ignore upper/lower case and full-width forms)
field-schedule-at-format = “{ $value }” is not a date and time; write it as 2026-12-01T20:00
field-schedule-zone-unknown = “{ $value }” is not a time zone this computer knows; use an IANA name such as Europe/Berlin or Asia/Seoul
field-schedule-no-weekdays = choose at least one day of the week
field-schedule-until-format = the end date is not a date; write it as 2026-12-31
field-schedule-until-before-start = the end date is before the first send
field-schedule-count-zero = it must be sent at least once
field-schedule-in-the-past = { $when } in { $zone } is in the past (it is now { $now } there); check the date and the hour
field-schedule-far-ahead = { $when } in { $zone } is more than { $days } days ahead; confirm that this date is meant
field-schedule-late-range = allow from { $min } minute to { $max } hours late
field-schedule-label-too-long = a label has at most { $max } characters

## A media URL pasted for an image, sound, file or video (or a video's thumbnail): what the app
## could not find out from the file's first bytes, or found wrong. Shown beside the element's field
## it concerns (its URL, Size, Width, Second, FileName…), so they do not name it. Nothing is
## uploaded: the app only reads the file the URL points to.

# $detail: the URL parser's own words (English).
media-url-invalid = is not a valid URL ({ $detail })
# $scheme: the URL's scheme, e.g. ftp.
media-url-scheme = must start with https:// (this one starts with { $scheme }://)
media-url-insecure = uses http://, which the app reads only from this computer (127.0.0.1, ::1, localhost); use the file's https:// address
media-url-credentials = contains a user name or password, which every viewer would receive; use a link that needs none
# $host: the host the redirect points to.
media-redirect-insecure = redirects to { $host } over http://, which the app follows only to this computer; use the file's https:// address
# $detail: what is wrong with the redirect's address (English).
media-redirect-invalid = redirects to an address the app does not follow ({ $detail })
# $max: how many redirects are followed (5).
media-redirect-too-many = redirects more than { $max } times; use the address it finally leads to
# $status: the HTTP status code.
media-http-status = { $status ->
        [401] the server asks for a login (HTTP 401); viewers' apps cannot log in, so use a public link
        [403] the server refused to give the file (HTTP 403); the link may have expired or be private
        [404] nothing is at this address (HTTP 404); check the link
        [410] the file has been removed from this address (HTTP 410)
       *[other] the server answered HTTP { $status } instead of the file
    }
# $kind: how reading failed: dns, connection-refused, connect-timeout, tls, connection-lost or another.
media-fetch-failed = { $kind ->
        [dns] the server's name could not be found; check the address
        [connection-refused] the server refused the connection
        [connect-timeout] the server could not be reached in time
        [tls] the secure connection failed: this computer does not trust the server's certificate
        [connection-lost] the connection broke while the file was being read
       *[other] the file could not be read from this address
    }
# $seconds: the time limit.
media-timeout = the server took longer than { $seconds } seconds; what was found by then is filled in, the rest is for you to enter
# $type: the server's Content-Type, e.g. text/plain. $expected: image, sound or video.
media-content-type = the server labels it { $type } rather than as { $expected ->
        [image] an image
        [sound] audio
       *[video] video
    }; viewers' apps that go by the label may refuse it
# $found: page when the address gives a web page, other for anything else.
media-not-image = { $found ->
        [page] this address gives a web page, not the image itself: copy the image's own address
       *[other] is not an image the app can read (JPG, PNG, GIF, BMP, WebP, HEIC, TIFF)
    }
media-not-sound = { $found ->
        [page] this address gives a web page, not the sound file itself: copy the file's own address
       *[other] is not a sound file the app can read (MP3, M4A/AAC, WAV, Ogg, FLAC, AIFF)
    }
media-not-video = { $found ->
        [page] this address gives a web page, not the video itself: copy the video file's own address
       *[other] is not a video the app recognises (MP4, MOV, WebM, MKV, AVI, FLV)
    }
# $mib: how much the app read, in MiB.
media-size-unknown = the server does not say how big the file is, and it is more than the { $mib } MiB the app reads; enter the size in bytes
# $bytes: the file's size.
media-size-too-big = the file is { $bytes } bytes, more than this field can hold (4 GiB)
# $kib: how much of the file the app read, in KiB.
media-dimensions-not-found = not found in the { $kib } KiB of the image the app read; enter it in pixels
media-dimensions-unreadable = the image's header could not be read (damaged, or a variant the app does not know); enter it in pixels
# $format: the file's format, e.g. AMR or WEBM.
media-duration-unsupported = the app cannot read the length of { $format } files; enter it in seconds
media-duration-not-found = the length was not found in the { $kib } KiB of the file the app read; enter it in seconds
media-duration-unreadable = the file's header could not be read (damaged, or a variant the app does not know); enter the length in seconds
media-duration-zero = the file gives its length as 0 (a live stream or a fragmented MP4?); enter it in seconds
media-file-name-unknown = neither the address nor the server gives a file name; enter one with its extension (for example report.pdf)

## Why a command failed, when the window can say it in the producer's language (the English detail
## from the system goes to bdesk and logs).

# The system keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) is not
# there. $platform: linux, macos, windows or other.
keychain-unavailable = { $platform ->
        [linux] No keychain service is running: install and start gnome-keyring or KWallet's Secret Service, and make sure it has a default (login) keyring.
       *[other] The system keychain is not available to this user session.
    }
keychain-locked = The system keychain is locked: unlock it and try again.
keychain-denied = Access to the system keychain was refused: allow Broadcast Desk when the system asks, then try again.
keychain-platform = The system keychain reported an error; try again, and if it persists, restart the keychain service.
# $profile: the profile's name.
error-missing-key = No secret key is saved for profile “{ $profile }”; enter the key from the Chat console on the profile.
error-profile-not-found = This profile no longer exists: it may have been deleted in another window or with bdesk.
error-send-cancelled = The broadcast was cancelled before it left: it was not sent.
error-scheduler-busy = The schedule of this data folder is already run by { $who ->
        [app] the Broadcast Desk app
       *[other] bdesk run-scheduler
    } (process { $pid }); only one may run it.
error-scheduler-busy-unknown = The schedule of this data folder is already run by another process; only one may run it.
error-schedule-changed = It started sending at { $when } while you were editing it; your changes were not saved. Check what was sent, then edit it again.
error-schedule-not-editable = It can no longer be edited: { $status ->
        [cancelled] it was cancelled.
        [done] nothing is left to send.
       *[other] it is { $status }.
    }
error-schedule-not-held = It is no longer waiting for a decision: { $state ->
        [skipped] it was skipped.
        [sent] it was sent.
        [notSent] it was sent and not accepted; see History.
        [unknown] it was sent and its outcome is unknown; see History.
       *[other] it is being sent.
    }
error-not-queued = It can no longer be cancelled: { $delivery ->
        [sending] an attempt has already left and may be on viewers' screens.
        [sent] it was already sent.
        [unknown] its outcome is unknown: decide on it instead.
       *[other] it has already ended.
    }
