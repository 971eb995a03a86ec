### Broadcast Desk — the window's own text, in English.
###
### Broadcast Desk is a desktop app for live-stream producers who send one message ("a broadcast") to
### every audio-video group of a Tencent Cloud Chat app at once. Readers are producers at work, often
### mid-show: keep sentences short and plain.
###
### For translators:
### - This file is the source; ko, zh-Hans and ja are made from it (ui/locales/<tag>/window.ftl) and must
###   have exactly the same message ids and attributes.
### - Keep Tencent's product names and protocol names as they are: Tencent Cloud Chat, Chat console,
###   SDKAppID, UserSig, MsgSeq, CloudCustomData, From_Account.
### - { $name } is a value the app fills in (described above each message); keep it, move it where the
###   sentence needs it. Numbers arrive already formatted where the comment says "text".
### - A "{ $count -> [one] … *[other] … }" block picks the form for the number; add the plural forms your
###   language needs (or keep only *[other]).
### - Messages that Rust renders too (Tencent's explanations, profile-field and validation messages) are
###   in core.ftl, not here.

## Names used across the window

-app-name = Broadcast Desk
-tencent-chat = Tencent Cloud Chat
-chat-console = Chat console

# The app's name, beside its mark at the top of the sidebar and in About.
app-name = { -app-name }

## Frame: sidebar, header, and each view's title

# A view's name: its item in the sidebar and, at the top of the view, its title.
view-compose = Compose
view-scheduled = Scheduled
view-history = History
view-profiles = Profiles
view-sandbox = Sandbox
view-about = About
# The header's title until the first profile exists, whichever view is open.
view-welcome = Welcome

# Tooltip of a sidebar item. $view is the view's name (above); $shortcut its keyboard shortcut as text,
# e.g. "Ctrl+1" or "⌘1".
nav-item-tooltip = { $view } ({ $shortcut })

# The sidebar's navigation, as screen readers announce it.
nav-main =
    .aria-label = Main

# Banner over every view when the profiles could not be read. $error is the reason (a sentence from the app).
app-profiles-error = Couldn't read your profiles: { $error }
# Button in that banner: reads the profiles again.
app-try-again = Try again

# The header's language select (a globe icon and the languages in their own names).
language-picker =
    .title = Language
    .aria-label = Language

## Header: the profile the next broadcast goes to ("profile" = one Chat app the producer sends through)

# Small caption above the profile's name in the header.
header-sending-to = Sending to
# In place of a profile's name while none exists or none is chosen.
header-no-profile = No profile
# Link beside "No profile" when profiles exist but none is chosen: opens the Profiles view.
header-choose = Choose
# Link beside "No profile" when there is no profile yet: opens the form for a first one.
header-set-up = Set up
# The menu that opens from the header's profile, as screen readers announce it.
header-profile-menu =
    .aria-label = Switch profile
# Caption at the top of that menu, above the list of profiles.
header-send-through = Send through
# Small hint after the sandbox's name in that menu.
header-menu-sandbox = sandbox
# Last item of that menu: opens the Profiles view.
header-manage-profiles = Manage profiles…

## Welcome panel (shown until the first profile exists)

welcome-title = Welcome to { -app-name }
welcome-lead = Send one message to every audio-video group of your { -tencent-chat } app at once — now, or at the moment your show needs it.
# First choice: the sandbox, a stand-in for Tencent's server that runs inside the app.
welcome-sandbox-title = Try the sandbox
welcome-sandbox-text = No Tencent account needed. A stand-in for Tencent runs on this computer only: send a test broadcast and see exactly what viewers would receive.
# Second choice: the producer's own Chat app.
welcome-set-up-title = Set up my Chat app
welcome-set-up-text = Its region, SDKAppID, admin account and secret key. The key is kept in your system keychain, never in a file.
# Shown when the sandbox could not be opened. $error is the reason (a sentence from the app).
welcome-sandbox-error = Couldn't open the sandbox: { $error }

## Compose, and the Schedule view while nothing is scheduled

# The Compose view while no profile is chosen.
compose-no-profile-title = Add a profile to start composing
compose-no-profile-body = A broadcast goes to every audio-video group of one { -tencent-chat } app. Tell { -app-name } which app first: its region, SDKAppID and admin account.
# Button: opens the Profiles view.
compose-go-to-profiles = Go to Profiles

scheduled-empty-title = Nothing scheduled
scheduled-empty-body = Announcements you schedule ahead of a show are listed here with the time they will go out.

## Compose view (where a producer writes a broadcast: its elements, checked as it is typed, previewed,
## saved as a template, and sent). An "element" is one part of a message: a text, an image, custom data…

# The two ways to edit the message, as screen readers announce the switch between them.
compose-tabs =
    .aria-label = How to edit the message
compose-tab-form = Form
# The same message as JSON text (Tencent's format).
compose-tab-json = Raw JSON
# Buttons above the message: the saved templates, and saving this message as one.
compose-templates = Templates…
compose-save-template = Save as template…
# Tooltip of "Save as template…" while the message has problems.
compose-save-template-invalid = Fix the message's problems first: a template is a message that can be sent.
# Button above the message: opens the schedule's form with this message, to send it later.
compose-schedule = Schedule…
# Tooltip of "Schedule…" while the message has problems.
compose-schedule-invalid = Fix the message's problems first: only a message that can be sent can be scheduled.

# The sender field (Tencent's From_Account).
compose-sender = Sender
compose-sender-hint = The account viewers see the broadcast come from.
# A choice of sender. $account is the profile's default sender's account ID.
compose-sender-default = { $account } (the profile's default sender)
# A choice of sender. $account is the profile's admin account ID.
compose-sender-admin = { $account } (the admin account)
compose-sender-other = Another account…
# The field for typing another account ID, as screen readers announce it.
compose-sender-account = Sender's account ID
compose-sender-checking = Checking with Tencent…
# $account is the typed account ID.
compose-sender-exists = { $account } exists in this app.
# $account is the typed account ID.
compose-sender-missing = There is no account { $account } in this app, so Tencent would refuse the broadcast. Import it in the { -chat-console }, or choose another sender.
# Tencent could not be asked. $problem is what went wrong and $remedy what to do (sentences from the app).
compose-sender-unchecked = Couldn't check the account: { $problem } { $remedy }
# $error is the reason (a sentence from the app).
compose-sender-check-failed = Couldn't check the account: { $error }

# The list of the message's elements, as screen readers announce it.
compose-elements =
    .aria-label = Elements of the message
# Before an element's kind in its heading. $position is its place in the message (1, 2, …).
compose-element-position = #{ $position }
# The kinds of element (as in the preview).
compose-type-text = Text
compose-type-custom = Custom
compose-type-face = Face
compose-type-location = Location
compose-type-image = Image
compose-type-sound = Audio
compose-type-file = File
compose-type-video = Video
# Buttons on each element. In .aria-label, $type is the element's kind, $position its place and $count
# how many elements the message has.
compose-move-up =
    .title = Move up (Alt+↑)
    .aria-label = Move { $type } { $position } of { $count } up
# As above: $type is the element's kind, $position its place, $count how many elements there are.
compose-move-down =
    .title = Move down (Alt+↓)
    .aria-label = Move { $type } { $position } of { $count } down
# As above: $type is the element's kind, $position its place, $count how many elements there are.
compose-remove =
    .title = Remove
    .aria-label = Remove { $type } { $position } of { $count }
# Opens the fields most messages leave as they are.
compose-more-fields = More fields
# The button under the elements, and its list of kinds as screen readers announce it.
compose-add = Add element
compose-add-menu =
    .aria-label = Kinds of element
# Said to screen-reader users after a change. $type is the element's kind.
compose-announce-added = { $type } added at the end.
# $type is the element's kind; $position its new place; $count how many elements there are.
compose-announce-moved = { $type } moved to position { $position } of { $count }.
# $type is the element's kind.
compose-announce-removed = { $type } removed.

# Field labels. Tencent's field name is shown beside each label.
compose-field-text = Text
compose-field-custom-data = Data
compose-hint-custom-data = For your viewers' app to read (often JSON). One Custom element per message.
compose-field-custom-desc = Description
compose-hint-custom-desc = Shown in offline push notifications.
compose-field-custom-ext = Extension
compose-field-custom-sound = Push sound
# A face is a sticker from the app's own set, picked by number.
compose-field-face-index = Face number
# $min and $max are the smallest and largest number allowed (text).
compose-hint-face-index = A whole number from { $min } to { $max }: which face of your app's set.
compose-field-face-data = Data
compose-field-location-desc = Place
compose-field-latitude = Latitude
compose-field-longitude = Longitude
# $max is the largest number of degrees either side of 0.
compose-hint-degrees = Degrees, from -{ $max } to { $max }.
compose-field-image-url = Image URL
compose-field-image-sizes = Sizes
compose-hint-image-sizes = Original, large and thumbnail, each at most once; the original alone is enough.
# One size of the image. $position is its place in the list (1, 2, …).
compose-image-size-entry = Size { $position }
compose-image-size-add = Add a size
compose-image-size-remove = Remove this size
# Which size of the image an entry is (original, large, thumbnail).
compose-field-image-size = Kind
compose-field-image-format = Format
# A choice of image format. $name is the format (JPG, PNG…) and $value Tencent's number for it.
compose-image-format = { $name } ({ $value })
# The choice for any other format. $value is Tencent's number for it.
compose-image-format-other = Other ({ $value })
# A choice of image size. $name is the size (Original, Large, Thumbnail) and $value Tencent's number for it.
compose-image-size = { $name } ({ $value })
# A list's empty choice.
compose-choose = Choose…
compose-field-url = URL
compose-field-size = File size (bytes)
compose-field-width = Width (pixels)
compose-field-height = Height (pixels)
compose-field-uuid = ID (UUID)
compose-hint-uuid = Viewers' apps cache the file under it. Optional.
compose-hint-image-uuid = Viewers' apps cache the image under it; Fill from URL makes one from the address.
compose-field-sound-url = Audio URL
compose-field-seconds = Length (seconds)
compose-field-file-url = File URL
compose-field-file-name = File name
compose-hint-file-name = With its extension, for example report.pdf.
compose-field-video-url = Video URL
compose-field-video-format = Video format
compose-hint-video-format = For example mp4.
compose-field-thumb-url = Thumbnail URL
compose-field-thumb-size = Thumbnail file size (bytes)
compose-field-thumb-width = Thumbnail width (pixels)
compose-field-thumb-height = Thumbnail height (pixels)
compose-field-thumb-format = Thumbnail format
compose-hint-thumb-format = For example JPG.
compose-field-download-flag = Download flag
# $flag is the only value Tencent accepts (a number).
compose-hint-download-flag = Always { $flag }: viewers' apps download the file from its URL.
# Under a media URL. $seconds is how long reading the file may take at most.
compose-hint-media-url = The address viewers' apps download it from. Fill from URL reads its first bytes (for at most { $seconds } seconds) and fills in what it finds; nothing is uploaded.
compose-hint-media-url-plain = The address viewers' apps download it from. Fill from URL reads its first bytes and fills in what it finds; nothing is uploaded.
compose-cloud-custom-data = Cloud custom data
compose-hint-cloud-custom-data = Stored and delivered with the message, for your app. Counts towards the size limit.

# Button beside a media URL: reads the file and fills the element's other fields; and while it reads.
compose-probe = Fill from URL
compose-probe-busy = Reading…
# $fields lists Tencent's names of the fields filled (e.g. "UUID, ImageFormat and Size").
compose-probe-filled = Filled { $fields } from the file.
# As above ($fields lists the fields filled), when some fields could not be filled.
compose-probe-partly = Filled { $fields } from the file; what it could not find is noted beside its field.
compose-probe-nothing = Nothing could be filled from this address: see the note beside the field.
# $error is the reason (a sentence from the app).
compose-probe-failed = Couldn't read the address: { $error }

# The Raw JSON tab.
compose-raw-label = The message as JSON
compose-raw-hint = The body Tencent receives, without Random (each send gets its own). What you paste here shows in the form.
compose-raw-fits = The form can show all of this.
# $paths lists the places in the JSON (e.g. "MsgBody[0].MsgContent.Foo").
compose-raw-unshown = The form can't show { $paths }, so this text is what will be checked, saved and sent.
# $error is why (a sentence from the app).
compose-raw-not-json = This is not JSON yet: { $error }
# A heading over the problems of the JSON. $count is how many.
compose-raw-problems =
    { $count ->
        [one] One problem
       *[other] { $count } problems
    }
# Stands for the whole message in a list of places.
compose-path-whole = the message as a whole
# In the Form tab while the Raw JSON holds what the form can't show. $paths lists the places.
compose-raw-notice = The form can't show { $paths }, so the Raw JSON is what will be checked, saved and sent.
compose-raw-notice-not-json = The Raw JSON holds text that is not JSON, so there is nothing to show or send.
compose-raw-notice-checking = Checking whether the form can show the Raw JSON…
compose-raw-edit = Edit the Raw JSON
compose-raw-drop = Remove those parts and use the form
compose-raw-discard = Discard the Raw JSON

# The size meter, as screen readers announce it.
compose-size-label = Size of the message
# $bytes is the message's size and $limit Tencent's limit, both in bytes (text).
compose-bytes = { $bytes } / { $limit } bytes
compose-bytes-near = Close to Tencent's limit
# $over is how many bytes too many (text).
compose-bytes-over = { $over } bytes over Tencent's limit
# The send button: it opens a last check before the broadcast leaves.
compose-send = Send…
# The keyboard shortcut for Send, beside the button.
compose-shortcut-ctrl = Ctrl+Enter
compose-checking = Checking…
compose-why-not-json = The Raw JSON is not JSON, so it can't be sent.
# $count is how many problems the message has.
compose-why-invalid =
    { $count ->
        [one] Fix the problem marked above to send.
       *[other] Fix the { $count } problems marked above to send.
    }
# $profile is the name of the profile it will go to.
compose-ready = Ready. Send asks once more before it goes to { $profile }.
compose-ready-sandbox = Ready. It goes to the sandbox, where no real viewer sees it.
# $error is the reason (a sentence from the app).
compose-draft-not-saved = This message couldn't be kept for the next start: { $error }

# The preview beside the form.
compose-preview-title = Preview
compose-audience = Who sees it: members online in an audio-video group when it is sent. An audio-video group keeps no message history by default, so a viewer who joins later doesn't see it.
# $native and $web: the oldest Chat SDK versions Tencent names as receiving broadcasts ("6.5.2803", "2.21.0").
compose-audience-sdk = Viewers' apps need Chat SDK { $native } or later (Enhanced edition), or the Web SDK { $web } or later, to receive broadcasts.
compose-preview-waiting = The preview appears once the message has no problems.
compose-preview-failed = This message can't be previewed; the form and sending are not affected.
compose-request-title = Request
# $query is the request's query string, without the UserSig (which is never shown).
compose-request-query = Query: { $query } (the UserSig is added when it is sent)
# Opens the exact request body. $bytes is its size (text).
compose-request-body = Exact body ({ $bytes } bytes)
compose-request-random = The Random here is an example: each send gets a new one.
# $error is the reason (a sentence from the app).
compose-request-error = Couldn't build the request: { $error }

# The last check before sending.
compose-confirm-title = Send this broadcast?
# $profile is the profile, shown with its colour and name.
compose-confirm-to = It goes to every audio-video group of { $profile }.
compose-confirm-where = Server
# $region is the region's name and $host its server's host name.
compose-confirm-region = { $region } · { $host }
compose-confirm-from = Sender
compose-confirm-elements = Elements
compose-confirm-size = Size
compose-confirm-sandbox = This is the sandbox: the app's own stand-in for Tencent receives it, and no real viewer sees it.
compose-confirm-live = Viewers online in these groups see it at once. It can't be taken back.
compose-confirm-send = Send broadcast

# Asked before a template replaces the message being written. $name is the template's name.
compose-replace-title = Replace the message with “{ $name }”?
compose-replace-body = The message you are writing will be replaced by the template's.
compose-replace-confirm = Replace

## Templates (messages saved under a name, to use again)

templates-title = Templates
templates-empty = No templates yet. Write a message and choose Save as template.
# $error is the reason (a sentence from the app).
templates-read-error = Couldn't read the templates: { $error }
templates-close = Close
templates-use = Use
templates-rename = Rename…
templates-duplicate = Duplicate…
templates-delete = Delete…
# A mark on a template: it is offered in the emergency panel.
templates-emergency = Emergency
templates-emergency-badge = Emergency
templates-emergency-hint = Offered in the emergency panel.
templates-name = Name
templates-rename-save = Rename
templates-duplicate-save = Duplicate
# The suggested name of a copy. $name is the template's name.
templates-copy-name = { $name } copy
# $name is the template's name.
templates-delete-title = Delete the template “{ $name }”?
templates-delete-body = The template goes away. Broadcasts already sent with it stay in History.
templates-delete-confirm = Delete template
templates-save-title = Save as template
templates-save = Save template
# $name is the template's name.
templates-saved = Saved as “{ $name }”.
templates-done = Done
templates-message-refused = This message can't be saved as a template:

## Profiles view (each profile is one Chat app, marked by its colour)

profiles-intro = Each profile is one Chat app. Its colour marks every place it is the target, so production is never mistaken for a test app.
# Button: adds the built-in sandbox profile and opens the Sandbox view.
profiles-try-sandbox = Try the sandbox
# Button: opens the form for a new profile. Also the form's save button for a new profile.
profiles-add = Add profile
# Badge beside the name of the profile broadcasts go to now.
profiles-in-use = In use
# Buttons on each profile.
profiles-use = Use
profiles-edit = Edit
profiles-duplicate = Duplicate
profiles-delete = Delete
# Labels of a profile's facts: where its requests go (a Tencent region, or an endpoint URL).
profiles-region = Region
profiles-endpoint = Endpoint
# The sandbox's "where": it runs inside the app.
profiles-this-computer = This computer
profiles-sdkappid = SDKAppID
# The admin account that signs requests.
profiles-admin = Admin
profiles-edition = Edition
# Read by screen readers before the key's state, e.g. "Secret key: Key stored in macOS Keychain".
profiles-key-label = Secret key:
# Link beside "No key saved": opens the profile's form at its key field.
profiles-add-key = Add key

# Title of the dialog that asks before deleting a profile. $name is the profile's name.
profiles-delete-title = Delete “{ $name }”?
# Its destructive button.
profiles-delete-confirm = Delete profile
# The dialog's text for the sandbox. $name is the profile's name (shown in bold).
profiles-delete-body-sandbox = { $name } will be removed from { -app-name }. The sandbox has no key to remove; you can open it again at any time.
# The dialog's text for a profile with a key. $name is the profile's name (shown in bold); $keychain the
# system keychain's name, e.g. "macOS Keychain", "Windows Credential Manager", "Secret Service".
profiles-delete-body-key-stored = { $name } will be removed from { -app-name }. Its secret key will be removed from { $keychain }.
# The dialog's text for a profile with no key known to be stored. $name and $keychain as above.
profiles-delete-body-key-maybe = { $name } will be removed from { -app-name }. Its key, if any, will be removed from { $keychain } too.
# Warning in that dialog. $count is how many broadcasts through the profile wait for their turn.
profiles-delete-queued =
    { $count ->
        [one] { $count } broadcast waiting to go out through this profile will be cancelled: it will not be sent. History keeps it.
       *[other] { $count } broadcasts waiting to go out through this profile will be cancelled: they will not be sent. History keeps them.
    }
# In that dialog. $count is how many scheduled items send through the profile.
profiles-delete-scheduled =
    { $count ->
        [one] { $count } scheduled item sends through this profile: it will be cancelled, and nothing more of it is sent. The schedule keeps it, marked cancelled.
       *[other] { $count } scheduled items send through this profile: they will be cancelled, and nothing more of them is sent. The schedule keeps them, marked cancelled.
    }
# In that dialog. $count is how many broadcasts through the profile are on their way right now.
profiles-delete-sending =
    { $count ->
        [one] { $count } broadcast is on its way through this profile right now: it ends as it will, and History keeps its outcome.
       *[other] { $count } broadcasts are on their way through this profile right now: they end as they will, and History keeps their outcomes.
    }
# $error is the reason (a sentence from the app).
profiles-delete-usage-error = Couldn't check which broadcasts use this profile: { $error }

## A profile's key, in words (the key itself is never shown)

# $keychain is the system keychain's name, e.g. "macOS Keychain", "Secret Service".
key-state-stored = Key stored in { $keychain }
key-state-missing = No key saved
# The sandbox signs with a key made up for each run.
key-state-built-in = Built-in key (sandbox)
# After saving a key that does not look like the Chat console's (64 hexadecimal characters).
# $length is how many characters the saved key has.
key-warning-wrong-length =
    { $length ->
        [one] Saved, but keys from the { -chat-console } are 64 hexadecimal characters and this one has { $length } character. Check it was copied whole; Test connection will tell.
       *[other] Saved, but keys from the { -chat-console } are 64 hexadecimal characters and this one has { $length } characters. Check it was copied whole; Test connection will tell.
    }
# As above, when the key has 64 characters but not only 0–9 and a–f.
key-warning-not-hex = Saved, but keys from the { -chat-console } are 64 hexadecimal characters and this one has other characters. Check it was copied whole; Test connection will tell.

## Editions (the Chat edition decides how fast broadcasts may go out; "msg/s" = messages per second)

# Choices in the profile form's Edition list. Pro, Pro Plus and Enterprise are Tencent's edition names.
edition-option-pro = Pro — 1 msg/s
edition-option-pro-plus = Pro Plus — 5 msg/s
edition-option-enterprise = Enterprise — 5 msg/s
edition-option-custom = Custom rate — as set in the console
# A profile's edition in the profile list.
edition-summary-pro = Pro · 1 msg/s
edition-summary-pro-plus = Pro Plus · 5 msg/s
edition-summary-enterprise = Enterprise · 5 msg/s
# $rate is the number of broadcasts per second the Chat console allows for this app.
edition-summary-custom = Custom · { $rate } msg/s

## Tencent's regions (the data centre a Chat app lives in)

region-china = China
region-singapore = Singapore
region-seoul = Seoul
region-tokyo = Tokyo
region-frankfurt = Frankfurt
region-mumbai = Mumbai
region-silicon-valley = Silicon Valley
region-jakarta = Jakarta

## Test connection (a harmless check of a profile's settings and key against Tencent)

# Button, and what it says while the check runs.
connection-test = Test connection
connection-testing = Testing…
# The check worked. $host (shown in monospace) is the server that answered; $ms the round trip in milliseconds.
connection-ok-in = Connected to { $host } in { $ms } ms
# As above, when the round trip is unknown. $host (monospace) is the server that answered.
connection-ok = Connected to { $host }
# Stands for the server's name when the answer did not say which host it was.
connection-tencent = Tencent
# $account is the default sender's account ID (Tencent's From_Account).
connection-default-sender-exists = Default sender “{ $account }” exists.
# The profile has no key yet.
connection-missing-key-title = No key saved — add the key first
connection-missing-key-body = The secret key signs every request; copy it from the { -chat-console }.
# Link: puts the caret in the profile's key field.
connection-add-key = Add the key
# The check could not run at all; the reason follows on the next line.
connection-error-title = Couldn't test the connection
# The check failed and the app has no more to say.
connection-failed = The connection test failed.

# On a failed check or send: Tencent's error code. $code is the number as text (no digit grouping).
tencent-error-code = Tencent error { $code }

# What kind of problem an answer was (a small label on a failed check).
error-class-ok = OK
error-class-retry-later = Tencent is busy — try again shortly
# Tencent's signature (UserSig) had expired.
error-class-resign = Signature expired
error-class-config = A setting needs fixing
error-class-message = The message needs fixing
error-class-transport = Network problem

## Dialogs and form fields (shared by every dialog and form)

dialog-cancel = Cancel
# The × button in a dialog's corner, as screen readers announce it.
dialog-close =
    .aria-label = Close
# Small tag after a field's label.
field-optional = optional

## Profile form (the dialog for a new profile and for editing one)

form-title-new = New profile
# $name is the profile's name.
form-title-edit = Edit { $name }
# Subtitles under the title.
form-subtitle-new = One { -tencent-chat } app: where it is, who signs, how fast it may send.
form-subtitle-edit = Changes apply to the next send.
form-subtitle-sandbox = The built-in sandbox
form-sandbox-notice = The sandbox is built in: its server runs on this computer and it signs with a key made up for each run, so there is no address, SDKAppID or key to set. Its name, colour, edition and default sender are yours to change.

# The profile's name, and an example in its empty field.
form-name = Name
    .placeholder = e.g. Live show — production

form-colour = Colour
# $name is a palette colour's name as the app's engine gives it (in English); each known one is listed.
colour-name =
    { $name ->
        [Red] Red
        [Orange] Orange
        [Amber] Amber
        [Green] Green
        [Teal] Teal
        [Blue] Blue
        [Pink] Pink
        [Slate] Slate
       *[other] { $name }
    }
# The colour picker after the palette. $colour is the chosen colour as #rrggbb.
form-colour-custom =
    .title = Custom colour
    .aria-label = Custom colour { $colour }
# The same picker before a custom colour has been chosen.
form-colour-pick =
    .aria-label = Pick a custom colour

# Where the profile's requests go: one of Tencent's regions, or a custom URL (a proxy or the emulator).
form-chat-server = Chat server
form-target-region = Tencent region
form-target-custom = Custom endpoint
form-region = Region
# Under the region list. $host is the server's host name, e.g. adminapisgp.im.qcloud.com.
form-region-hint = Requests go to { $host }
form-endpoint = Endpoint URL
    .placeholder = https://
# 127.0.0.1 is this computer; the emulator is a stand-in for Tencent's server used for tests.
form-endpoint-hint = https://…, or http:// to 127.0.0.1 for the emulator
form-sdkappid = SDKAppID
    .placeholder = 1400000000
# The admin account (Tencent's "administrator" account ID) that signs every request.
form-admin = Admin account
form-edition = Edition
form-edition-hint = Sets how fast broadcasts may go out.
# For a custom edition: how many broadcasts per second the Chat console allows.
form-rate = Broadcasts per second
# $min and $max are the lowest and highest rates the console offers.
form-rate-hint-range = { $min } to { $max }, as set in the console
form-rate-hint = As set in the console
# The account viewers see as a broadcast's sender when the broadcast names none.
form-default-sender = Default sender
form-default-sender-hint = The account viewers see when a message names none; empty means the admin account.
# $accounts lists the sandbox's account IDs, e.g. "sandbox_admin, host, moderator".
form-default-sender-hint-sandbox = The account viewers see when a message names none. In the sandbox: { $accounts }.

# The secret key from the Chat console, which signs requests. It goes to the system keychain only.
form-key = Secret key
form-key-hint-new = From the { -chat-console } (Basic configuration). Kept in your system keychain only. You can add it later.
form-key-input =
    .placeholder = Paste the secret key
# Under the key field. $keychain is the system keychain's name, e.g. "macOS Keychain".
form-key-hint = Goes straight to { $keychain }; { -app-name } never shows it again.
# Stands for the keychain's name before the app knows it.
form-key-system-keychain = the system keychain
# The key's state in the form. $keychain as above.
form-key-stored = Stored in { $keychain }
form-key-built-in = Built in
form-key-replace = Replace
form-key-remove = Remove
form-key-save = Save key
# Confirmations after saving, replacing or removing the key.
form-key-saved = Key saved.
form-key-replaced = Key replaced.
form-key-removed = Key removed.
# Dialog that asks before removing the key: its title, its button, and its text.
form-key-remove-title = Remove the key?
form-key-remove-confirm = Remove key
# $name is the profile's name (in bold); $keychain the system keychain's name, e.g. "macOS Keychain".
form-key-remove-body = The secret key of { $name } will be removed from { $keychain }. Sends and connection tests through this profile stop working until you add it again.

# A folded section of rarely changed settings.
form-advanced = Advanced
# UserSig: the signature Tencent requires on every request, made by the app from the key.
form-lifetime = UserSig lifetime (minutes)
# $default, $min and $max are durations in words, e.g. "4 hours", "30 minutes", "7 days".
form-lifetime-hint-range = How long each signature { -app-name } makes stays valid. Empty means the default, { $default }; { $min } to { $max }.
form-lifetime-hint = How long each signature { -app-name } makes stays valid. Empty means the default.

form-connection = Connection
form-connection-hint = Checks the saved settings and key with a harmless account check.
# In the form's error banner, for a problem with a setting the form has no field for.
# $field is the setting's technical name (e.g. "target"); $problem the sentence saying what is wrong.
form-problem-elsewhere = { $field }: { $problem }
# Save button when editing (a new profile's says "Add profile").
form-save-changes = Save changes

## Sandbox view (a stand-in for Tencent's server running inside the app; nobody sees what is sent)

# Badge beside the sandbox profile's name wherever it appears.
sandbox-badge = Sandbox
# Banner at the top of the view. $sandbox is the word "Sandbox" in bold (the view's name).
sandbox-banner = { $sandbox } — messages go to a stand-in for Tencent running on this computer; no viewer sees them.
sandbox-open-title = Open the sandbox
sandbox-open-body = Adds a built-in “Sandbox” profile and makes it the one you send through. It needs no Tencent account and nothing leaves this computer.
sandbox-open-button = Open the sandbox
sandbox-send-title = Send a test broadcast
# $profile is the sandbox profile (its colour and name).
sandbox-send-through = Through { $profile }
sandbox-message = Message
# The example text the message box starts with; the producer can change it.
sandbox-example-message = Welcome to tonight's show! 🎬
# The sender's account ID (Tencent's From_Account).
sandbox-from = From
sandbox-send = Send
sandbox-sending = Sending…
sandbox-facts-title = How the sandbox is set up
sandbox-facts-address = Address
sandbox-facts-accounts = Accounts
# The list of broadcasts the sandbox received, shown as viewers would see them.
sandbox-deliveries-title = What viewers see
# $count is how many broadcasts the sandbox received.
sandbox-deliveries-count =
    { $count ->
        [one] { $count } broadcast
       *[other] { $count } broadcasts
    }
# $error is the reason (a sentence from the app).
sandbox-deliveries-error = Couldn't read the deliveries: { $error }
sandbox-deliveries-empty = Nothing delivered yet. Send a test broadcast and it appears here.
sandbox-deliveries =
    .aria-label = Deliveries, newest first
# Beside each received broadcast's time. $msgSeq is Tencent's sequence number (text).
sandbox-delivery-msg-seq = MsgSeq { $msgSeq }

## A broadcast's outcome, wherever the window sends it (the sandbox's quick send; later the composer)
## and in History. There are exactly three outcomes, never blurred: sent, not sent, and outcome unknown.

# Written down in the outbox and waiting for its turn (the app paces sends to the edition's rate).
send-result-queued = Queued
# $ahead: broadcasts that go before this one (same profile, any window or bdesk); $secs: about how long until it leaves.
send-result-queued-place = { $ahead ->
    [0] Next to leave, in about { $secs } s.
    [one] One broadcast goes first; this one leaves in about { $secs } s.
   *[other] { $ahead } broadcasts go first; this one leaves in about { $secs } s.
}
send-result-queued-hint = It can be cancelled until it leaves.
# Button: cancels the queued broadcast before it leaves; and what it says while it does.
send-result-cancel = Cancel broadcast
send-result-cancelling = Cancelling…
# Tencent accepted the broadcast. $msgSeq is Tencent's sequence number for it (text, or "—");
# $elapsedMs how long the send took, in milliseconds.
send-result-sent = Sent · MsgSeq { $msgSeq } · { $elapsedMs } ms
# The broadcast certainly did not go out; why and what to do follow on the next lines.
send-result-not-sent = Not sent
# The producer (here, in another window or with bdesk) cancelled it before it left.
send-result-cancelled = Not sent — cancelled
# An attempt may have reached Tencent and no answer said whether it did: only the producer can settle it.
send-result-unknown = Outcome unknown
send-result-unknown-body = An attempt may have reached Tencent, but no answer said whether it was delivered. Check your groups, then decide.

# Labels of a broadcast's facts (an unknown outcome, and History's details).
fact-outcome = Outcome
fact-msg-seq = MsgSeq
fact-profile = Profile
# The server it was sent to (host name and port).
fact-target = Sent to
fact-random = Random
# Where it came from: this window, the emergency button, the schedule or bdesk.
fact-source = From
# The computer's user account that sent it.
fact-os-user = Computer user
# When the broadcast was written down in the outbox, before anything left.
fact-written-down = Written down
# How many times the app tried to send it (the same message with the same Random each time).
fact-attempts = Attempts
fact-first-attempt = First attempt
fact-last-error = Last error
fact-cancelled = Cancelled
fact-ended = Ended
# The id of the new broadcast it was sent again as.
fact-resent-as = Sent again as

# The producer's two decisions on an unknown outcome. The first: the groups show it arrived.
outcome-mark-delivered = Mark as delivered
# The second opens a confirmation first.
outcome-send-again = Send again…
outcome-send-again-title = Send it again as a new message?
outcome-send-again-body = It goes out as a new message with a new Random, so Tencent will not drop it as a repeat. If the first one did arrive, viewers will see the message twice.
outcome-send-again-confirm = Send as a new message
# After a decision.
outcome-marked-delivered = Marked as delivered.
outcome-sent-again = Sent again as a new message.

# Header button, shown while some outcomes wait for the producer's decision. $count is how many.
attention-button = { $count } to decide
    .aria-label =
        { $count ->
            [one] { $count } broadcast needs your decision
           *[other] { $count } broadcasts need your decision
        }
# The list that button opens.
attention-title = Outcomes to decide
attention-intro = Each of these may have reached viewers. Check your groups, then mark it as delivered or send it again.
attention-empty = Nothing left to decide.

# How a broadcast stands, as a short label (History's list, its outcome filter).
delivery-queued = Queued
# An attempt has left and no answer has come yet.
delivery-sending = Sending
delivery-sent = Sent
delivery-not-sent = Not sent
delivery-unknown = Outcome unknown
# Not sent, because it was cancelled before it left.
delivery-cancelled = Cancelled
# An unknown outcome after the producer's decision.
delivery-marked-delivered = Marked as delivered
delivery-sent-again = Sent again

# Where a broadcast came from.
source-window = Window
source-emergency = Emergency
source-scheduled = Schedule
# bdesk is the app's command-line tool; keep the name.
source-cli = bdesk

## History view (every broadcast, from this window, bdesk and the schedule, newest first)

history-empty-title = No broadcasts sent yet
history-empty-body = Every broadcast you send is recorded here: when, to which app, and what Tencent answered.
# The row of filters above the list, as screen readers announce it.
history-filters =
    .aria-label = Filters
history-filter-outcome = Outcome
history-filter-profile = Profile
history-all-outcomes = All outcomes
history-all-profiles = All profiles
# Shown when the filters leave nothing.
history-no-match = No broadcasts match these filters.
# $error is the reason (a sentence from the app).
history-error = Couldn't read the history: { $error }
history-list =
    .aria-label = Broadcasts, newest first
# Button under a full list: lists older broadcasts too.
history-more = Show more
# $count is how many times the app tried to send it.
history-attempts =
    { $count ->
        [one] { $count } attempt
       *[other] { $count } attempts
    }
# $msgSeq is Tencent's sequence number for the broadcast (text).
history-msg-seq = MsgSeq { $msgSeq }
# A broadcast's details, as screen readers announce them. $time is when it was written down.
history-details =
    .aria-label = Details of the broadcast of { $time }
history-details-loading = Loading…
# $error is the reason (a sentence from the app).
history-details-error = Couldn't read the details: { $error }
history-attempts-title = Attempts
history-no-attempts = No attempt left this computer.
history-body-title = Body as sent (JSON)
history-body =
    .aria-label = Body as sent, in JSON
# The search field over the list, and the hint inside it.
history-search = Search
history-search-field =
    .placeholder = Text, Random, MsgSeq or outbox id
# Filter: where a broadcast came from (this window, the emergency button, the schedule, bdesk).
history-filter-source = Source
history-all-sources = All sources
# Date filters: the first and the last day to list (both included).
history-filter-since = From
history-filter-until = To
# The export buttons, as screen readers announce them together.
history-export =
    .aria-label = Export
history-export-csv = Export CSV
history-export-json = Export JSON
# Beside the export buttons.
history-export-hint = What the filters list, saved to your Downloads folder.
# After an export. $count is how many broadcasts the file holds; $path is the file's full path.
history-exported =
    { $count ->
        [one] Saved { $count } broadcast to { $path }
       *[other] Saved { $count } broadcasts to { $path }
    }
# Added when more matched than one file holds. $count as above.
history-exported-truncated = Only the newest { $count } are in it: narrow the filters to export older ones.
# $error is the reason (a sentence from the app).
history-export-error = Couldn't export: { $error }
# Button in a broadcast's details, once it has ended: opens a confirmation first.
history-send-again = Send again…
history-send-again-title = Send this broadcast again?
# The confirmation's text. $profile is the profile it goes through (its colour and name); $outcome is how
# the first one ended: sent, not-sent or unknown.
history-send-again-body =
    { $outcome ->
        [sent] It goes out again through { $profile } as a new message, with a new Random. Viewers already saw it once: they will see it twice.
        [not-sent] It goes out through { $profile } as a new message, with a new Random. The first one was not sent.
       *[other] It goes out again through { $profile } as a new message, with a new Random. If the first one arrived, viewers will see it twice.
    }
history-send-again-confirm = Send as a new message
# Columns of the attempts table: its number, when it started, the server, what kind of answer, Tencent's
# error code, Tencent's error text, and how long it took.
attempt-n = #
attempt-time = Time
attempt-host = Host
attempt-class = Answer
attempt-code = Code
attempt-info = Details
attempt-latency = Time taken
# $ms is a number of milliseconds (text).
attempt-latency-ms = { $ms } ms

## Emergency: the header's button (on every screen), its keyboard shortcut, and the panel they open

# Header button, on every screen: opens the emergency panel. Keep it one short word.
emergency-button = Emergency
# Its tooltip. $shortcut is the keyboard shortcut as text, e.g. "Ctrl+Shift+F12" or "⇧⌘F12".
emergency-button-tooltip = Emergency broadcast ({ $shortcut })
emergency-title = Emergency broadcast
# The box that names where the broadcast goes, as screen readers announce it. $name is the profile's name.
emergency-target =
    .aria-label = Goes to { $name }
# Small caption above the profile's name in that box.
emergency-goes-to = Goes to
# Beside where the profile points (a region, an endpoint's host, or "This computer"). $sdkappid is the
# Chat app's number (text).
emergency-sdkappid = SDKAppID { $sdkappid }
emergency-sandbox-note = This is the sandbox: it runs on this computer, nobody is watching and nothing reaches Tencent.
# When no profile is chosen: nothing can be sent.
emergency-no-profile = No profile is in use, so there is nowhere to send. Choose one in the header, or add one in Profiles.
# Button under that text: opens the Profiles view.
emergency-manage-profiles = Open Profiles
emergency-loading = Loading templates…
# $error is the reason (a sentence from the app).
emergency-templates-error = Couldn't read the templates: { $error }
# Shown when no template is marked for emergencies ("Compose" is the view's name).
emergency-no-templates = No template is marked for emergencies yet. In Compose, save a message as a template and mark it for emergencies: it will be listed here, ready to send. For now, type a one-off message.
# Label over the choice of message: the templates marked for emergencies, and a one-off message.
emergency-message = Message
emergency-one-off = One-off message
# The one-off message's text field, as screen readers announce it.
emergency-one-off-text =
    .aria-label = Text of the one-off message
# The send button, which sends only when held down. $name is the profile's name.
emergency-hold = Hold to send to { $name }
# Link under the outcome: starts again with an empty form (each opening sends once).
emergency-send-another = Send another
# Under the panel. $shortcut is the keyboard shortcut as text, e.g. "Ctrl+Shift+F12".
emergency-shortcut-ready = { $shortcut } opens this panel from anywhere, even while another app is in front.
# When the shortcut could not be set up. $shortcut as above; $reason is one of the three sentences below.
emergency-shortcut-unavailable = { $shortcut } cannot open this panel from other apps here: { $reason } It still works while this window is in front; or use the Emergency button.
emergency-shortcut-wayland = Wayland does not let apps use global shortcuts.
emergency-shortcut-no-display = there is no X display to set it up with.
# $detail is what the system answered (in English), possibly empty.
emergency-shortcut-failed = the system refused it; another app may use these keys. { $detail }

# Under a button that acts only when held down. $seconds is how long, as text (e.g. "1.2").
hold-hint = Press and hold for { $seconds } seconds — with the mouse, Space or Enter.
# After letting go too early.
hold-too-short = Let go too early: nothing was sent. Hold until the bar is full.

## A broadcast as viewers see it (the elements of a Tencent message)

message-empty = (empty message)
# Tencent's name for a message's extra data field; keep as is.
message-cloud-custom-data = CloudCustomData
# A "face" (sticker) element. $index is the sticker's number (text).
message-face = Face #{ $index }
# A location element with no description.
message-location = Location
# A custom-data element, and the names of its fields (Tencent's field names; keep them).
message-custom = Custom
message-custom-desc = Desc
message-custom-data = Data
message-custom-ext = Ext
message-custom-sound = Sound
# Kinds of media attachment (files are named, not loaded).
message-image = Image
message-audio = Audio
message-file = File
message-video = Video
# $uuid is the image's identifier.
message-image-uuid = UUID { $uuid }
# One size of an image. $type is the size's kind (below); $width × $height in pixels (text); $size its file size, e.g. "2.0 MB".
message-image-size = { $type } · { $width }×{ $height } · { $size }
message-image-original = Original
message-image-large = Large
message-image-thumbnail = Thumbnail
# An image size of a kind the app does not know. $type is Tencent's number for it (text).
message-image-type = Type { $type }
# $seconds is the length in seconds; $size the file size, e.g. "50.0 KB".
message-audio-detail = { $seconds } s · { $size }
# $name is the file's name; $size its size.
message-file-detail = { $name } · { $size }
# $seconds is the length in seconds; $format the video's format (e.g. mp4); $size the file size.
message-video-detail = { $seconds } s · { $format } · { $size }
# The video's preview picture. $width × $height in pixels (text).
message-video-thumbnail = Thumbnail · { $width }×{ $height }

## Schedule view (announcements sent later, at a local date and time in a time zone, maybe repeating)

# Button: opens the form for a new scheduled item.
schedule-add = Schedule a broadcast…
schedule-hint = Each item goes out through the profile it was scheduled for, while this app or bdesk run-scheduler runs.
# $error is the reason (a sentence from the app).
schedule-error = Couldn't read the schedule: { $error }
schedule-list =
    .aria-label = Scheduled broadcasts, the next first
# A time in an item's own time zone. $time is the date and time (formatted); $zone its IANA name (Europe/Berlin).
schedule-in-zone = { $time } ({ $zone })
# The same moment on this computer's clock, when it reads differently. $time is the date and time there.
schedule-here = { $time } on this computer
# The live countdown to the next send. $clock is hours:minutes:seconds (4:03:09).
schedule-countdown = in { $clock }
# The same, a day or more ahead. $days is a whole number of days; $clock hours:minutes:seconds.
schedule-countdown-days =
    { $days ->
        [one] in { $days } day { $clock }
       *[other] in { $days } days { $clock }
    }
# The countdown reached zero: the scheduler is taking it.
schedule-countdown-due = due now
# How an item repeats.
schedule-repeat-once = Once
schedule-repeat-daily = Every day
# $days lists the chosen days of the week (Mon, Fri).
schedule-repeat-weekly = Every week on { $days }
# When a repeating item stops. $date is the last date (formatted).
schedule-end-until = until { $date }
# $count is how many times it is sent in all.
schedule-end-count =
    { $count ->
        [one] once
       *[other] { $count } times
    }
# $repeat is how it repeats, $end when it stops.
schedule-repeat-with-end = { $repeat }, { $end }
# What happens when an item could not go out on time (the computer slept, nothing ran).
# $late is a duration (15 minutes).
schedule-missed-send-if-late = If missed: sent if at most { $late } late, else skipped
schedule-missed-skip = If missed: skipped
schedule-missed-ask = If missed: held until you decide
# A local time that does not exist that day (the clocks go forward over it). $zone is the zone's name;
# $sentAt the local time it is sent at instead (03:30).
schedule-note-gap = That time does not exist on that day in { $zone } (the clocks go forward): it is sent at { $sentAt }.
# A local time that exists twice that day (the clocks go back). $zone is the zone's name; $offset the UTC
# offset of the first (+02:00), $laterOffset of the second.
schedule-note-fold = That time happens twice on that day in { $zone } (the clocks go back): it is sent the first time, at UTC{ $offset }, not at UTC{ $laterOffset }.
# A message in one line: $text is its text, $kinds lists its other elements' names (Image, Custom data).
schedule-message-with = { $text } + { $kinds }

# An item's status, in exact words. $time is a date and time in the item's zone.
schedule-status-scheduled = Will be sent at { $time }
schedule-status-editing = Held while it is being edited: it is not sent until the edit is saved or closed
schedule-status-sending = Sending
# $time is when it was sent, in the item's zone; $msgSeq Tencent's sequence number for it (text).
schedule-status-sent = Sent at { $time } (MsgSeq { $msgSeq })
schedule-status-not-sent = Not sent
schedule-status-unknown = Outcome unknown
# An occurrence that could not go out on time, held for the producer (policy "ask").
schedule-status-missed = Missed — waiting for you
# Late beyond its policy, or skipped by the producer. $late is how late it was (17 minutes).
schedule-status-skipped = Skipped: { $late } late
schedule-status-cancelled = Cancelled
# Nothing is left to send and nothing was sent (a repeat that ended).
schedule-status-done = Nothing left to send
# Before the outcome of a repeating item's latest send.
schedule-last-time = Last time:
# $error is the reason (a sentence from the app).
schedule-facts-error = Couldn't read what happened to it: { $error }

# Buttons of an item.
schedule-show-details = Details
schedule-hide-details = Hide details
schedule-edit = Edit…
schedule-duplicate = Duplicate…
schedule-cancel = Cancel…
# The details region. $name is the item's label or message.
schedule-details =
    .aria-label = Details of { $name }
schedule-details-loading = Reading…
# $error is the reason (a sentence from the app).
schedule-details-error = Couldn't read its details: { $error }
schedule-upcoming-title = Next sends
schedule-no-upcoming = Nothing more will be sent.
schedule-runs-title = Past sends
schedule-no-runs = Nothing has been sent yet.
# Before one past send's outcome. $time is when it was due, in the item's zone.
schedule-run-due = Due { $time }:

# Cancelling an item, after a confirmation.
schedule-cancel-title = Cancel this scheduled broadcast?
# $name is the item's label or message; $profile the profile it goes through.
schedule-cancel-body = { $name } through { $profile } will not be sent. The schedule keeps it, marked cancelled.
# Added when one of its sends is already with the send pipeline.
schedule-cancel-sending = A send of it has already started: that one goes on (cancel it from History while it is queued).
schedule-cancel-confirm = Cancel the broadcast

# An occurrence held for the producer (policy "ask"). $late is how late it is (40 minutes).
schedule-decide-hint = It could not go out on time ({ $late } late). Send it now, or skip it?
schedule-decide-send = Send now
schedule-decide-skip = Skip
# After the decision.
schedule-decided-send = Sent now: its outcome shows here and in History.
schedule-decided-skip = Skipped: it will not be sent.

# Why an occurrence was skipped or not sent without anyone sending it. $late is how late it was;
# $max the lateness its policy allows (15 minutes).
schedule-skipped-too-late = Skipped: { $late } late (it allows at most { $max })
schedule-skipped-producer = Skipped by you
schedule-skipped-profile-gone = Not sent: its profile was deleted
# $profile is the profile's name.
schedule-skipped-no-key = Not sent: no key is saved for { $profile }
schedule-skipped-keychain = Not sent: the keychain could not be asked for the key (locked or refused)
schedule-skipped-invalid-message = Not sent: the message no longer passes the rules
# $error is the reason (a sentence from the app).
schedule-skipped-failed = Not sent: { $error }

## "While you were away": what the schedule did while nobody watched (shown at launch and on return)

schedule-away-title = While you were away
# $count is how many sends it lists.
schedule-away-subtitle =
    { $count ->
        [one] What became of { $count } scheduled send.
       *[other] What became of { $count } scheduled sends.
    }
# An item with no label. $profile is the profile it goes through.
schedule-away-unnamed = A broadcast through { $profile }
# $time is when it was due (in its zone); $profile the profile it goes through.
schedule-away-due = due { $time } · { $profile }
# Under "Sent at …" when it went out late. $late is how late (17 minutes).
schedule-away-late = { $late } late
# Button: marks everything listed as seen.
schedule-away-got-it = Got it

# The form's live preview. While the draft breaks a rule (Rust's problems follow):
schedule-check-not-yet = Not yet:
# Before the sends after the first one.
schedule-check-then = Then:
# A send whose time the gap/fold rule moved. $time is that send's date and time; $note what happened.
schedule-check-note = { $time }: { $note }
schedule-check-far = This is more than a year ahead: confirm that the date is meant.
# Another item of the same profile due too close for the profile's rate. $other is its label;
# $time when it is due; $seconds about how many seconds later one of them goes; $times how many of
# this item's sends are that close.
schedule-check-clash =
    { $times ->
        [one] { $other } is due at { $time } through the same profile: its rate sends one of the two about { $seconds } s late.
       *[other] { $other } is due at { $time } through the same profile: its rate sends one of the two about { $seconds } s late, { $times } times.
    }
# $other when that item has no label.
schedule-check-clash-unnamed = Another scheduled broadcast

## Schedule form (a new scheduled item, an edit or a duplicate)

schedule-form-title-new = Schedule a broadcast
schedule-form-title-edit = Edit a scheduled broadcast
schedule-form-title-duplicate = Schedule a copy
schedule-form-subtitle-new = It goes out at the time you set, through the profile you choose here.
schedule-form-subtitle-edit = Your changes replace the item in place.
# Shown while the edit holds the item.
schedule-form-held = It is held while this form is open: it will not be sent until you save or close.
schedule-form-profile = Profile
schedule-form-profile-hint = Fixed once scheduled: choosing another profile later does not move it.
schedule-form-profile-fixed = A scheduled item's profile cannot change: cancel it and schedule a copy for another profile.
# A choice of profile that is the sandbox. $name is its name.
schedule-form-profile-sandbox = { $name } (sandbox)
schedule-form-message = Message
# Where the message comes from.
schedule-form-source-composer = The composer's message
schedule-form-source-item = Its own message
schedule-form-source-template = A template
schedule-form-source-text = A text
schedule-form-template =
    .aria-label = Template
schedule-form-template-choose = Choose a template…
schedule-form-text =
    .aria-label = Text of the message
schedule-form-no-template = Choose a template to see its message.
schedule-form-no-text = Type the text to send.
schedule-form-no-composer = The composer holds no message yet.
schedule-form-message-invalid = This message cannot be sent as it is:
schedule-form-date = Date
schedule-form-time = Time
# After Rust says the date is more than a year ahead.
schedule-form-confirm-far = Yes, this date is meant
schedule-form-zone = Time zone
schedule-form-zone-hint = The date and time are read in this zone. Type part of a name to find it (Berlin, Seoul, New York).
# Button: sets the zone to this computer's. $zone is its name.
schedule-zone-use-system = Use { $zone }
schedule-zone-matches =
    .aria-label = Matching time zones
schedule-zone-no-match = No time zone by that name.
schedule-form-repeat = Repeat
schedule-form-weekly = Every week on…
schedule-form-days =
    .aria-label = Days of the week
schedule-form-end =
    .aria-label = Until
schedule-form-end-never = Never ends
schedule-form-end-until = Until a date
schedule-form-until =
    .aria-label = Last date
schedule-form-end-count = A number of times
schedule-form-count =
    .aria-label = Number of times
schedule-form-missed = If it is missed
schedule-form-missed-hint = When it could not go out on time: the computer slept or nothing was running. Within a minute it is always sent.
# Followed by a number field and "minutes late".
schedule-form-missed-send = Send if at most
schedule-form-late-minutes =
    .aria-label = Minutes late at most
schedule-form-missed-minutes = minutes late, else skip
schedule-form-missed-skip = Skip it
schedule-form-missed-ask = Hold it until I decide
schedule-form-label = Label
# $max is the most characters a label may have.
schedule-form-label-hint = A name for the list, such as “Doors open”; at most { $max } characters.
schedule-form-save = Save changes
schedule-form-schedule = Schedule

## About view

about-tagline = Broadcasts to every audio-video group of a { -tencent-chat } app at once.
about-loading = Loading…
# $error is the reason (a sentence from the app).
about-error = Couldn't read the app's details: { $error }
about-version = Version
# The source-control commit (a short git hash) this build was made from.
about-commit = Commit
about-build = Build
# The kind of build: for developers, or the one producers install.
about-build-debug = Development
about-build-release = Release
about-app-id = App ID
# The folder where profiles, schedule and history are kept.
about-data-folder = Data folder
about-secret-keys = Secret keys
about-secret-keys-where = In your system keychain only — never in the data folder, logs or this window.
# Label of the language select in About (the languages are listed in their own names).
about-language = Language
about-language-hint = The window follows your system's language until you choose one here.
# About's part on the app in the background: the start-at-login switch and what closing does.
about-background = In the background
about-start-at-login = Start Broadcast Desk when I log in
about-start-at-login-hint = It starts in the background: scheduled sends go out and the tray shows the next one. Open the window from the tray or by starting Broadcast Desk again.
# $error is the reason (a sentence from the app).
about-start-at-login-error = Starting at login could not be read or changed: { $error }
about-closing-hint = Closing the window while sends are scheduled keeps Broadcast Desk running in the tray, so they still go out; Quit in the tray's menu asks first.

## Formats

# A file size. $size is the number, already formatted (e.g. "2.0"); $unit is B, KB or MB (1 KB = 1,024 bytes).
format-bytes =
    { $unit ->
        [KB] { $size } KB
        [MB] { $size } MB
       *[B] { $size } B
    }
