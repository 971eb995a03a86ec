### Broadcast Desk — the window's own text, in Japanese (made from ui/locales/en/window.ftl).
###
### Broadcast Desk is a desktop app for live-stream producers who send one message ("a broadcast") to
### every audio-video group of a Tencent Cloud Chat app at once. Readers are producers at work, often
### mid-show: keep sentences short and plain.
###
### For translators:
### - This file must have exactly the same message ids and attributes as en/window.ftl.
### - Keep Tencent's product names and protocol names as they are: Tencent Cloud Chat, Chat console
###   (Chatコンソール), SDKAppID, UserSig, MsgSeq, CloudCustomData, From_Account.
### - { $name } is a value the app fills in (described above each message); keep it, move it where the
###   sentence needs it. Numbers arrive already formatted where the comment says "text".
### - Japanese has only the plural category "other", so messages that select on a number in English
###   have a single form here.
### - Messages that Rust renders too (Tencent's explanations, profile-field and validation messages) are
###   in core.ftl, not here.
###
### Japanese terms, the same as in ja/core.ftl: profile = プロファイル, region = リージョン,
### secret key = 秘密鍵 (short: 鍵), admin account = 管理者アカウント, default sender = デフォルトの送信者,
### sandbox = サンドボックス, edition = エディション (Pro版, Pro Plus版, Enterprise版),
### endpoint = エンドポイント, emulator = エミュレーター, colour = 色, audio-video group = 音声・ビデオグループ,
### broadcast = ブロードキャスト. The system keychain = システムのキーチェーン. "msg/s" = 件/秒.
### The built-in sandbox profile is named "Sandbox" (in English) by the app, so it is quoted as 「Sandbox」.

## Names used across the window

-app-name = Broadcast Desk
-tencent-chat = Tencent Cloud Chat
-chat-console = Chatコンソール

# The app's name, beside its mark at the top of the sidebar and in About.
app-name = { -app-name }

## Frame: sidebar, header, and each view's title

# A view's name: its item in the sidebar and, at the top of the view, its title.
view-compose = 作成
view-scheduled = 送信予定
view-history = 送信履歴
view-profiles = プロファイル
view-sandbox = サンドボックス
view-about = このアプリについて
# The header's title until the first profile exists, whichever view is open.
view-welcome = ようこそ

# Tooltip of a sidebar item. $view is the view's name (above); $shortcut its keyboard shortcut as text,
# e.g. "Ctrl+1" or "⌘1".
nav-item-tooltip = { $view }（{ $shortcut }）

# The sidebar's navigation, as screen readers announce it.
nav-main =
    .aria-label = メインナビゲーション

# Banner over every view when the profiles could not be read. $error is the reason (a sentence from the app).
app-profiles-error = プロファイルを読み込めませんでした：{ $error }
# Button in that banner: reads the profiles again.
app-try-again = 再試行

# The header's language select (a globe icon and the languages in their own names).
language-picker =
    .title = 言語
    .aria-label = 言語

## Header: the profile the next broadcast goes to ("profile" = one Chat app the producer sends through)

# Small caption above the profile's name in the header.
header-sending-to = 送信先
# In place of a profile's name while none exists or none is chosen.
header-no-profile = プロファイルなし
# Link beside "No profile" when profiles exist but none is chosen: opens the Profiles view.
header-choose = 選択する
# Link beside "No profile" when there is no profile yet: opens the form for a first one.
header-set-up = 設定する
# The menu that opens from the header's profile, as screen readers announce it.
header-profile-menu =
    .aria-label = プロファイルを切り替え
# Caption at the top of that menu, above the list of profiles.
header-send-through = 送信に使うプロファイル
# Small hint after the sandbox's name in that menu.
header-menu-sandbox = サンドボックス
# Last item of that menu: opens the Profiles view.
header-manage-profiles = プロファイルを管理…

## Welcome panel (shown until the first profile exists)

welcome-title = { -app-name }へようこそ
welcome-lead = { -tencent-chat }アプリのすべての音声・ビデオグループに、1つのメッセージを一斉に送信します。今すぐ送ることも、番組で必要になったその時に送ることもできます。
# First choice: the sandbox, a stand-in for Tencent's server that runs inside the app.
welcome-sandbox-title = サンドボックスを試す
welcome-sandbox-text = Tencentのアカウントは不要です。Tencentの代わりとなるサーバーがこのコンピューター上だけで動作します。テストのブロードキャストを送信して、視聴者に届く内容をそのまま確認できます。
# Second choice: the producer's own Chat app.
welcome-set-up-title = 自分のChatアプリを設定する
welcome-set-up-text = リージョン、SDKAppID、管理者アカウント、秘密鍵を設定します。秘密鍵はファイルには保存されず、システムのキーチェーンに保管されます。
# Shown when the sandbox could not be opened. $error is the reason (a sentence from the app).
welcome-sandbox-error = サンドボックスを開けませんでした：{ $error }

## Compose and Scheduled (Scheduled is still to come: it says what it will hold)

compose-no-profile-title = 作成を始めるには、プロファイルを追加してください
compose-no-profile-body = ブロードキャストは、1つの{ -tencent-chat }アプリのすべての音声・ビデオグループに送信されます。まず、送信先のアプリ（リージョン、SDKAppID、管理者アカウント）を{ -app-name }に登録してください。
# Button: opens the Profiles view.
compose-go-to-profiles = プロファイルへ

scheduled-empty-title = 送信予定はありません
scheduled-empty-body = 番組の前に予約したお知らせは、送信される時刻とともにここに表示されます。

## Compose view (where a producer writes a broadcast: its elements, checked as it is typed, previewed,
## saved as a template, and sent). An "element" (要素) is one part of a message.

compose-tabs =
    .aria-label = メッセージの編集方法
compose-tab-form = フォーム
compose-tab-json = JSON（原文）
compose-templates = テンプレート…
compose-save-template = テンプレートとして保存…
compose-save-template-invalid = 先にメッセージの問題を直してください。テンプレートには送信できるメッセージだけを保存できます。
# メッセージ上のボタン：このメッセージで予約フォームを開きます。
compose-schedule = 予約…
compose-schedule-invalid = 先にメッセージの問題を直してください。送信できるメッセージだけを予約できます。

compose-sender = 送信者
compose-sender-hint = 視聴者にブロードキャストの送信者として表示されるアカウントです。
# $account is the profile's default sender's account ID.
compose-sender-default = { $account }（プロファイルのデフォルトの送信者）
# $account is the profile's admin account ID.
compose-sender-admin = { $account }（管理者アカウント）
compose-sender-other = 別のアカウント…
compose-sender-account = 送信者のアカウントID
compose-sender-checking = Tencentに確認しています…
# $account is the typed account ID.
compose-sender-exists = このアプリにアカウント { $account } があります。
# $account is the typed account ID.
compose-sender-missing = このアプリにアカウント { $account } がないため、Tencentはブロードキャストを拒否します。{ -chat-console }でアカウントをインポートするか、別の送信者を選んでください。
# $problem is what went wrong and $remedy what to do.
compose-sender-unchecked = アカウントを確認できませんでした：{ $problem } { $remedy }
# $error is the reason.
compose-sender-check-failed = アカウントを確認できませんでした：{ $error }

compose-elements =
    .aria-label = メッセージの要素
# $position is its place in the message.
compose-element-position = #{ $position }
compose-type-text = テキスト
compose-type-custom = カスタム
compose-type-face = 絵文字
compose-type-location = 位置情報
compose-type-image = 画像
compose-type-sound = 音声
compose-type-file = ファイル
compose-type-video = 動画
# In .aria-label, $type is the element's kind, $position its place, $count how many elements there are.
compose-move-up =
    .title = 上へ移動（Alt+↑）
    .aria-label = { $type }（{ $count }件中{ $position }番目）を上へ移動
compose-move-down =
    .title = 下へ移動（Alt+↓）
    .aria-label = { $type }（{ $count }件中{ $position }番目）を下へ移動
compose-remove =
    .title = 削除
    .aria-label = { $type }（{ $count }件中{ $position }番目）を削除
compose-more-fields = その他の項目
compose-add = 要素を追加
compose-add-menu =
    .aria-label = 要素の種類
# $type is the element's kind.
compose-announce-added = { $type }を末尾に追加しました。
# $type is the element's kind; $position its new place; $count how many elements there are.
compose-announce-moved = { $type }を{ $count }件中{ $position }番目に移動しました。
# $type is the element's kind.
compose-announce-removed = { $type }を削除しました。

compose-field-text = テキスト
compose-field-custom-data = データ
compose-hint-custom-data = 視聴者のアプリが読み取るデータです（多くはJSON）。カスタム要素は1つのメッセージに1つだけです。
compose-field-custom-desc = 説明
compose-hint-custom-desc = オフラインプッシュ通知に表示されます。
compose-field-custom-ext = 拡張フィールド
compose-field-custom-sound = プッシュ通知音
compose-field-face-index = 絵文字の番号
# $min and $max are the smallest and largest number allowed (text).
compose-hint-face-index = { $min }から{ $max }までの整数で、アプリの絵文字セットの番号です。
compose-field-face-data = データ
compose-field-location-desc = 場所
compose-field-latitude = 緯度
compose-field-longitude = 経度
# $max is the largest number of degrees either side of 0.
compose-hint-degrees = 単位は度で、-{ $max }から{ $max }までです。
compose-field-image-url = 画像のURL
compose-field-image-sizes = サイズ
compose-hint-image-sizes = 原寸・大・サムネイルをそれぞれ1回まで。原寸だけでも十分です。
# $position is its place in the list.
compose-image-size-entry = サイズ { $position }
compose-image-size-add = サイズを追加
compose-image-size-remove = このサイズを削除
compose-field-image-size = 種類
compose-field-image-format = 形式
# $name is the format (JPG, PNG…) and $value Tencent's number for it.
compose-image-format = { $name }（{ $value }）
# $value is Tencent's number for it.
compose-image-format-other = その他（{ $value }）
# $name is the size and $value Tencent's number for it.
compose-image-size = { $name }（{ $value }）
compose-choose = 選択…
compose-field-url = URL
compose-field-size = ファイルサイズ（バイト）
compose-field-width = 幅（ピクセル）
compose-field-height = 高さ（ピクセル）
compose-field-uuid = ID（UUID）
compose-hint-uuid = 視聴者のアプリはこの値でファイルをキャッシュします。任意です。
compose-hint-image-uuid = 視聴者のアプリはこの値で画像をキャッシュします。「URLから入力」でアドレスから作成できます。
compose-field-sound-url = 音声のURL
compose-field-seconds = 長さ（秒）
compose-field-file-url = ファイルのURL
compose-field-file-name = ファイル名
compose-hint-file-name = 拡張子も含めます（例：report.pdf）。
compose-field-video-url = 動画のURL
compose-field-video-format = 動画の形式
compose-hint-video-format = 例：mp4
compose-field-thumb-url = サムネイルのURL
compose-field-thumb-size = サムネイルのファイルサイズ（バイト）
compose-field-thumb-width = サムネイルの幅（ピクセル）
compose-field-thumb-height = サムネイルの高さ（ピクセル）
compose-field-thumb-format = サムネイルの形式
compose-hint-thumb-format = 例：JPG
compose-field-download-flag = ダウンロードフラグ
# $flag is the only value Tencent accepts (a number).
compose-hint-download-flag = 常に{ $flag }：視聴者のアプリはURLからファイルをダウンロードします。
# $seconds is how long reading the file may take at most.
compose-hint-media-url = 視聴者のアプリがダウンロードするアドレスです。「URLから入力」はファイルの先頭を読み取り（最大{ $seconds }秒）、分かった値を入力します。何もアップロードしません。
compose-hint-media-url-plain = 視聴者のアプリがダウンロードするアドレスです。「URLから入力」はファイルの先頭を読み取り、分かった値を入力します。何もアップロードしません。
compose-cloud-custom-data = クラウドカスタムデータ
compose-hint-cloud-custom-data = メッセージと一緒に保存・配信される、アプリ用のデータです。サイズの上限に含まれます。

compose-probe = URLから入力
compose-probe-busy = 読み取り中…
# $fields lists Tencent's names of the fields filled.
compose-probe-filled = ファイルから{ $fields }を入力しました。
# $fields lists the fields filled.
compose-probe-partly = ファイルから{ $fields }を入力しました。分からなかった値は各項目の横に示しています。
compose-probe-nothing = このアドレスからは何も入力できませんでした。項目の横の説明を確認してください。
# $error is the reason.
compose-probe-failed = アドレスを読み取れませんでした：{ $error }

compose-raw-label = JSON形式のメッセージ
compose-raw-hint = Tencentが受け取る本文です（Randomは含みません。送信のたびに新しく決まります）。ここに貼り付けた内容はフォームに表示されます。
compose-raw-fits = すべてフォームで表示できます。
# $paths lists the places in the JSON.
compose-raw-unshown = フォームでは{ $paths }を表示できないため、このテキストのまま確認・保存・送信します。
# $error is why.
compose-raw-not-json = まだJSONではありません：{ $error }
# $count is how many.
compose-raw-problems = 問題 { $count }件
compose-path-whole = メッセージ全体
# $paths lists the places.
compose-raw-notice = フォームでは{ $paths }を表示できないため、JSONのテキストのまま確認・保存・送信します。
compose-raw-notice-not-json = JSONタブにJSONではないテキストがあるため、表示も送信もできません。
compose-raw-notice-checking = JSONをフォームで表示できるか確認しています…
compose-raw-edit = JSONを編集
compose-raw-drop = その部分を削除してフォームを使う
compose-raw-discard = JSONのテキストを破棄

compose-size-label = メッセージのサイズ
# $bytes is the message's size and $limit Tencent's limit, both in bytes (text).
compose-bytes = { $bytes } / { $limit } バイト
compose-bytes-near = Tencentの上限に近づいています
# $over is how many bytes too many (text).
compose-bytes-over = Tencentの上限を{ $over }バイト超えています
compose-send = 送信…
compose-shortcut-ctrl = Ctrl+Enter
compose-checking = 確認しています…
compose-why-not-json = JSONタブのテキストがJSONではないため、送信できません。
# $count is how many problems the message has.
compose-why-invalid = 送信するには、上に示した{ $count }件の問題を直してください。
# $profile is the name of the profile it will go to.
compose-ready = 送信できます。「送信」を押すと、{ $profile }に送る前にもう一度確認します。
compose-ready-sandbox = 送信できます。送信先はサンドボックスなので、実際の視聴者には表示されません。
# $error is the reason.
compose-draft-not-saved = 次回の起動のためにこのメッセージを保存できませんでした：{ $error }

compose-preview-title = プレビュー
compose-audience = 表示される相手：送信した時点で音声・ビデオグループにいるオンラインのメンバーです。音声・ビデオグループは既定でメッセージ履歴を保存しないため、後から参加した視聴者には表示されません。
compose-audience-sdk = ブロードキャストを受信するには、視聴者のアプリが Chat SDK { $native } 以降（強化版）または Web SDK { $web } 以降である必要があります。
compose-preview-waiting = メッセージに問題がなくなると、プレビューが表示されます。
compose-preview-failed = このメッセージはプレビューできません。フォームと送信には影響しません。
compose-request-title = リクエスト
# $query is the request's query string, without the UserSig.
compose-request-query = クエリ：{ $query }（UserSigは送信時に追加されます）
# $bytes is its size (text).
compose-request-body = 正確な本文（{ $bytes } バイト）
compose-request-random = ここのRandomは例です。送信のたびに新しく決まります。
# $error is the reason.
compose-request-error = リクエストを作成できませんでした：{ $error }

compose-confirm-title = このブロードキャストを送信しますか？
# $profile is the profile, shown with its colour and name.
compose-confirm-to = { $profile }のすべての音声・ビデオグループに送信します。
compose-confirm-where = サーバー
# $region is the region's name and $host its server's host name.
compose-confirm-region = { $region } · { $host }
compose-confirm-from = 送信者
compose-confirm-elements = 要素
compose-confirm-size = サイズ
compose-confirm-sandbox = これはサンドボックスです。アプリ内のTencentの代替サーバーが受け取り、実際の視聴者には表示されません。
compose-confirm-live = これらのグループにいる視聴者にすぐに表示され、取り消すことはできません。
compose-confirm-send = ブロードキャストを送信

# $name is the template's name.
compose-replace-title = メッセージを「{ $name }」に置き換えますか？
compose-replace-body = 作成中のメッセージは、テンプレートのメッセージに置き換わります。
compose-replace-confirm = 置き換える

## Templates (messages saved under a name, to use again)

templates-title = テンプレート
templates-empty = テンプレートはまだありません。メッセージを作成して「テンプレートとして保存」を選んでください。
# $error is the reason.
templates-read-error = テンプレートを読み込めませんでした：{ $error }
templates-close = 閉じる
templates-use = 使う
templates-rename = 名前を変更…
templates-duplicate = 複製…
templates-delete = 削除…
templates-emergency = 緊急
templates-emergency-badge = 緊急
templates-emergency-hint = 緊急パネルに表示されます。
templates-name = 名前
templates-rename-save = 名前を変更
templates-duplicate-save = 複製
# $name is the template's name.
templates-copy-name = { $name } のコピー
# $name is the template's name.
templates-delete-title = テンプレート「{ $name }」を削除しますか？
templates-delete-body = テンプレートは削除されます。このテンプレートで送信済みのブロードキャストは送信履歴に残ります。
templates-delete-confirm = テンプレートを削除
templates-save-title = テンプレートとして保存
templates-save = テンプレートを保存
# $name is the template's name.
templates-saved = 「{ $name }」として保存しました。
templates-done = 完了
templates-message-refused = このメッセージはテンプレートとして保存できません：

## Profiles view (each profile is one Chat app, marked by its colour)

profiles-intro = 1つのプロファイルが1つのChatアプリに対応します。送信先になっている箇所にはすべてプロファイルの色が表示されるため、本番用のアプリをテスト用のアプリと取り違えることはありません。
# Button: adds the built-in sandbox profile and opens the Sandbox view.
profiles-try-sandbox = サンドボックスを試す
# Button: opens the form for a new profile. Also the form's save button for a new profile.
profiles-add = プロファイルを追加
# Badge beside the name of the profile broadcasts go to now.
profiles-in-use = 使用中
# Buttons on each profile.
profiles-use = 使用
profiles-edit = 編集
profiles-duplicate = 複製
profiles-delete = 削除
# Labels of a profile's facts: where its requests go (a Tencent region, or an endpoint URL).
profiles-region = リージョン
profiles-endpoint = エンドポイント
# The sandbox's "where": it runs inside the app.
profiles-this-computer = このコンピューター
profiles-sdkappid = SDKAppID
# The admin account that signs requests.
profiles-admin = 管理者アカウント
profiles-edition = エディション
# Read by screen readers before the key's state, e.g. "Secret key: Key stored in macOS Keychain".
profiles-key-label = 秘密鍵：
# Link beside "No key saved": opens the profile's form at its key field.
profiles-add-key = 鍵を追加

# Title of the dialog that asks before deleting a profile. $name is the profile's name.
profiles-delete-title = 「{ $name }」を削除しますか？
# Its destructive button.
profiles-delete-confirm = プロファイルを削除
# The dialog's text for the sandbox. $name is the profile's name (shown in bold).
profiles-delete-body-sandbox = { $name }を{ -app-name }から削除します。サンドボックスには削除する鍵はありません。いつでも再び開くことができます。
# The dialog's text for a profile with a key. $name is the profile's name (shown in bold); $keychain the
# system keychain's name, e.g. "macOS Keychain", "Windows Credential Manager", "Secret Service".
profiles-delete-body-key-stored = { $name }を{ -app-name }から削除します。秘密鍵も{ $keychain }から削除されます。
# The dialog's text for a profile with no key known to be stored. $name and $keychain as above.
profiles-delete-body-key-maybe = { $name }を{ -app-name }から削除します。鍵が保存されている場合は、{ $keychain }からも削除されます。
# Warning in that dialog. $count is how many scheduled broadcasts send through the profile.
# Warning in that dialog. $count is how many broadcasts through the profile wait for their turn.
profiles-delete-queued = このプロファイルから送信を待っているブロードキャスト{ $count }件は取り消され、送信されません。送信履歴には残ります。
# そのダイアログ。$count はこのプロファイルで送る予約項目の数。
profiles-delete-scheduled = このプロファイルで送る予約項目{ $count }件は取り消され、以後送信されません。予約一覧には取り消し済みとして残ります。
# In that dialog. $count is how many broadcasts through the profile are on their way right now.
profiles-delete-sending = このプロファイルから今まさに送信中のブロードキャスト{ $count }件は、そのまま最後まで進み、結果は送信履歴に残ります。
# $error is the reason (a sentence from the app).
profiles-delete-usage-error = このプロファイルを使うブロードキャストを確認できませんでした：{ $error }

## A profile's key, in words (the key itself is never shown)

# $keychain is the system keychain's name, e.g. "macOS Keychain", "Secret Service".
key-state-stored = { $keychain }に保存済み
key-state-missing = 鍵が保存されていません
# The sandbox signs with a key made up for each run.
key-state-built-in = 内蔵の鍵（サンドボックス）
# After saving a key that does not look like the Chat console's (64 hexadecimal characters).
# $length is how many characters the saved key has. (Japanese: one form for every number.)
key-warning-wrong-length = 保存しましたが、{ -chat-console }の鍵は16進数64文字です。この鍵は{ $length }文字です。すべてコピーされているか確認してください。「接続テスト」で確かめられます。
# As above, when the key has 64 characters but not only 0–9 and a–f.
key-warning-not-hex = 保存しましたが、{ -chat-console }の鍵は16進数64文字です。この鍵には16進数以外の文字が含まれています。すべてコピーされているか確認してください。「接続テスト」で確かめられます。

## Editions (the Chat edition decides how fast broadcasts may go out; "msg/s" = messages per second)

# Choices in the profile form's Edition list. Pro, Pro Plus and Enterprise are Tencent's edition names.
edition-option-pro = Pro版 — 1件/秒
edition-option-pro-plus = Pro Plus版 — 5件/秒
edition-option-enterprise = Enterprise版 — 5件/秒
edition-option-custom = カスタム — コンソールの設定値
# A profile's edition in the profile list.
edition-summary-pro = Pro版 · 1件/秒
edition-summary-pro-plus = Pro Plus版 · 5件/秒
edition-summary-enterprise = Enterprise版 · 5件/秒
# $rate is the number of broadcasts per second the Chat console allows for this app.
edition-summary-custom = カスタム · { $rate }件/秒

## Tencent's regions (the data centre a Chat app lives in)

region-china = 中国
region-singapore = シンガポール
region-seoul = ソウル
region-tokyo = 東京
region-frankfurt = フランクフルト
region-mumbai = ムンバイ
region-silicon-valley = シリコンバレー
region-jakarta = ジャカルタ

## Test connection (a harmless check of a profile's settings and key against Tencent)

# Button, and what it says while the check runs.
connection-test = 接続テスト
connection-testing = テスト中…
# The check worked. $host (shown in monospace) is the server that answered; $ms the round trip in milliseconds.
connection-ok-in = { $host }に接続しました（{ $ms } ms）
# As above, when the round trip is unknown. $host (monospace) is the server that answered.
connection-ok = { $host }に接続しました
# Stands for the server's name when the answer did not say which host it was.
connection-tencent = Tencent
# $account is the default sender's account ID (Tencent's From_Account).
connection-default-sender-exists = デフォルトの送信者「{ $account }」が存在することを確認しました。
# The profile has no key yet.
connection-missing-key-title = 鍵が保存されていません — 先に鍵を追加してください
connection-missing-key-body = 秘密鍵はすべてのリクエストの署名に使われます。{ -chat-console }からコピーしてください。
# Link: puts the caret in the profile's key field.
connection-add-key = 鍵を追加する
# The check could not run at all; the reason follows on the next line.
connection-error-title = 接続をテストできませんでした
# The check failed and the app has no more to say.
connection-failed = 接続テストに失敗しました。

# On a failed check or send: Tencent's error code. $code is the number as text (no digit grouping).
tencent-error-code = Tencentエラー { $code }

# What kind of problem an answer was (a small label on a failed check).
error-class-ok = OK
error-class-retry-later = Tencentが混雑しています — しばらくしてから再試行してください
# Tencent's signature (UserSig) had expired.
error-class-resign = 署名の有効期限切れ
error-class-config = 設定の修正が必要です
error-class-message = メッセージの修正が必要です
error-class-transport = ネットワークの問題

## Dialogs and form fields (shared by every dialog and form)

dialog-cancel = キャンセル
# The × button in a dialog's corner, as screen readers announce it.
dialog-close =
    .aria-label = 閉じる
# Small tag after a field's label.
field-optional = 任意

## Profile form (the dialog for a new profile and for editing one)

form-title-new = 新しいプロファイル
# $name is the profile's name.
form-title-edit = 「{ $name }」を編集
# Subtitles under the title.
form-subtitle-new = { -tencent-chat }アプリ1つ分の設定です：接続先、署名するアカウント、送信できる速度。
form-subtitle-edit = 変更は次回の送信から適用されます。
form-subtitle-sandbox = 内蔵サンドボックス
form-sandbox-notice = サンドボックスはアプリに内蔵されています。サーバーはこのコンピューター上で動作し、起動のたびに生成される鍵で署名するため、アドレス、SDKAppID、鍵の設定は不要です。名前、色、エディション、デフォルトの送信者は自由に変更できます。

# The profile's name, and an example in its empty field.
form-name = 名前
    .placeholder = 例：ライブ番組 — 本番

form-colour = 色
# $name is a palette colour's name as the app's engine gives it (in English); each known one is listed.
# The variant keys stay in English; only the shown names are translated.
colour-name =
    { $name ->
        [Red] 赤
        [Orange] オレンジ
        [Amber] 琥珀色
        [Green] 緑
        [Teal] 青緑
        [Blue] 青
        [Pink] ピンク
        [Slate] スレートグレー
       *[other] { $name }
    }
# The colour picker after the palette. $colour is the chosen colour as #rrggbb.
form-colour-custom =
    .title = カスタムカラー
    .aria-label = カスタムカラー { $colour }
# The same picker before a custom colour has been chosen.
form-colour-pick =
    .aria-label = カスタムカラーを選択

# Where the profile's requests go: one of Tencent's regions, or a custom URL (a proxy or the emulator).
form-chat-server = Chatサーバー
form-target-region = Tencentのリージョン
form-target-custom = カスタムエンドポイント
form-region = リージョン
# Under the region list. $host is the server's host name, e.g. adminapisgp.im.qcloud.com.
form-region-hint = リクエストの送信先：{ $host }
form-endpoint = エンドポイントURL
    .placeholder = https://
# 127.0.0.1 is this computer; the emulator is a stand-in for Tencent's server used for tests.
form-endpoint-hint = https://…、またはエミュレーター用に127.0.0.1へのhttp://
form-sdkappid = SDKAppID
    .placeholder = 1400000000
# The admin account (Tencent's "administrator" account ID) that signs every request.
form-admin = 管理者アカウント
form-edition = エディション
form-edition-hint = ブロードキャストを送信できる速度が決まります。
# For a custom edition: how many broadcasts per second the Chat console allows.
form-rate = 1秒あたりのブロードキャスト数
# $min and $max are the lowest and highest rates the console offers.
form-rate-hint-range = { $min }～{ $max }（コンソールの設定どおり）
form-rate-hint = コンソールの設定どおり
# The account viewers see as a broadcast's sender when the broadcast names none.
form-default-sender = デフォルトの送信者
form-default-sender-hint = メッセージで送信者が指定されていない場合に、視聴者に表示されるアカウントです。空欄の場合は管理者アカウントになります。
# $accounts lists the sandbox's account IDs, e.g. "sandbox_admin, host, moderator".
form-default-sender-hint-sandbox = メッセージで送信者が指定されていない場合に、視聴者に表示されるアカウントです。サンドボックスのアカウント：{ $accounts }。

# The secret key from the Chat console, which signs requests. It goes to the system keychain only.
# "Basic configuration" is the Chat console's page label; kept in English with a Japanese gloss.
form-key = 秘密鍵
form-key-hint-new = { -chat-console }の「Basic configuration」（基本設定）で確認できます。保存先はシステムのキーチェーンのみです。後から追加することもできます。
form-key-input =
    .placeholder = 秘密鍵を貼り付け
# Under the key field. $keychain is the system keychain's name, e.g. "macOS Keychain".
form-key-hint = { $keychain }に直接保存され、{ -app-name }で再び表示されることはありません。
# Stands for the keychain's name before the app knows it.
form-key-system-keychain = システムのキーチェーン
# The key's state in the form. $keychain as above.
form-key-stored = { $keychain }に保存済み
form-key-built-in = 内蔵
form-key-replace = 置き換え
form-key-remove = 削除
form-key-save = 鍵を保存
# Confirmations after saving, replacing or removing the key.
form-key-saved = 鍵を保存しました。
form-key-replaced = 鍵を置き換えました。
form-key-removed = 鍵を削除しました。
# Dialog that asks before removing the key: its title, its button, and its text.
form-key-remove-title = 鍵を削除しますか？
form-key-remove-confirm = 鍵を削除
# $name is the profile's name (in bold); $keychain the system keychain's name, e.g. "macOS Keychain".
form-key-remove-body = { $name }の秘密鍵を{ $keychain }から削除します。鍵を再び追加するまで、このプロファイルでの送信と接続テストはできなくなります。

# A folded section of rarely changed settings.
form-advanced = 詳細設定
# UserSig: the signature Tencent requires on every request, made by the app from the key.
form-lifetime = UserSigの有効期間（分）
# $default, $min and $max are durations in words, e.g. "4 hours", "30 minutes", "7 days".
form-lifetime-hint-range = { -app-name }が生成する各署名の有効期間です。空欄の場合はデフォルトの{ $default }になります。{ $min }～{ $max }の範囲で指定できます。
form-lifetime-hint = { -app-name }が生成する各署名の有効期間です。空欄の場合はデフォルト値になります。

form-connection = 接続
form-connection-hint = 影響のないアカウント確認を使って、保存済みの設定と鍵をチェックします。
# In the form's error banner, for a problem with a setting the form has no field for.
# $field is the setting's technical name (e.g. "target"); $problem the sentence saying what is wrong.
form-problem-elsewhere = { $field }：{ $problem }
# Save button when editing (a new profile's says "Add profile").
form-save-changes = 変更を保存

## Sandbox view (a stand-in for Tencent's server running inside the app; nobody sees what is sent)

# Badge beside the sandbox profile's name wherever it appears.
sandbox-badge = サンドボックス
# Banner at the top of the view. $sandbox is the word "Sandbox" in bold (the view's name).
sandbox-banner = { $sandbox } — メッセージは、このコンピューター上で動作するTencentの代替サーバーに送信されます。視聴者には表示されません。
sandbox-open-title = サンドボックスを開く
# The built-in profile's name is "Sandbox" (the app names it in English).
sandbox-open-body = 内蔵の「Sandbox」プロファイルを追加し、送信に使うプロファイルに設定します。Tencentのアカウントは不要で、データがこのコンピューターの外に送られることはありません。
sandbox-open-button = サンドボックスを開く
sandbox-send-title = テストのブロードキャストを送信
# $profile is the sandbox profile (its colour and name).
sandbox-send-through = { $profile }で送信
sandbox-message = メッセージ
# The example text the message box starts with; the producer can change it.
sandbox-example-message = 今夜の番組へようこそ！🎬
# The sender's account ID (Tencent's From_Account).
sandbox-from = 送信者
sandbox-send = 送信
sandbox-sending = 送信中…
sandbox-facts-title = サンドボックスの構成
sandbox-facts-address = アドレス
sandbox-facts-accounts = アカウント
# The list of broadcasts the sandbox received, shown as viewers would see them.
sandbox-deliveries-title = 視聴者に表示される内容
# $count is how many broadcasts the sandbox received. (Japanese: one form for every number.)
sandbox-deliveries-count = { $count }件のブロードキャスト
# $error is the reason (a sentence from the app).
sandbox-deliveries-error = 配信内容を読み込めませんでした：{ $error }
sandbox-deliveries-empty = まだ何も配信されていません。テストのブロードキャストを送信すると、ここに表示されます。
sandbox-deliveries =
    .aria-label = 配信一覧（新しい順）
# Beside each received broadcast's time. $msgSeq is Tencent's sequence number (text).
sandbox-delivery-msg-seq = MsgSeq { $msgSeq }

## A broadcast's outcome, wherever the window sends it (the sandbox's quick send; later the composer)
## and in History. There are exactly three outcomes, never blurred: sent, not sent, and outcome unknown.

# Written down in the outbox and waiting for its turn (the app paces sends to the edition's rate).
send-result-queued = 送信待ち
send-result-queued-place = { $ahead ->
    [0] 次に送信されます（約 { $secs } 秒後）。
   *[other] 先に { $ahead } 件が送信されます。このメッセージは約 { $secs } 秒後に送信されます。
}
send-result-queued-hint = 送信されるまでは取り消せます。
# Button: cancels the queued broadcast before it leaves; and what it says while it does.
send-result-cancel = ブロードキャストを取り消す
send-result-cancelling = 取り消し中…
# Tencent accepted the broadcast. $msgSeq is Tencent's sequence number for it (text, or "—");
# $elapsedMs how long the send took, in milliseconds.
send-result-sent = 送信済み · MsgSeq { $msgSeq } · { $elapsedMs } ms
# The broadcast certainly did not go out; why and what to do follow on the next lines.
send-result-not-sent = 送信されませんでした
# The producer (here, in another window or with bdesk) cancelled it before it left.
send-result-cancelled = 送信されませんでした — 取り消し済み
# An attempt may have reached Tencent and no answer said whether it did: only the producer can settle it.
send-result-unknown = 結果不明
send-result-unknown-body = 送信の試行がTencentに届いた可能性がありますが、配信されたかどうかを示す応答がありませんでした。グループを確認してから判断してください。

# Labels of a broadcast's facts (an unknown outcome, and History's details).
fact-outcome = 結果
fact-msg-seq = MsgSeq
fact-profile = プロファイル
# The server it was sent to (host name and port).
fact-target = 送信先サーバー
fact-random = Random
# Where it came from: this window, the emergency button, the schedule or bdesk.
fact-source = 送信元
# The computer's user account that sent it.
fact-os-user = コンピューターのユーザー
# When the broadcast was written down in the outbox, before anything left.
fact-written-down = 記録日時
# How many times the app tried to send it (the same message with the same Random each time).
fact-attempts = 試行回数
fact-first-attempt = 最初の試行
fact-last-error = 最後のエラー
fact-cancelled = 取り消し日時
fact-ended = 終了日時
# The id of the new broadcast it was sent again as.
fact-resent-as = 再送信したブロードキャスト

# The producer's two decisions on an unknown outcome. The first: the groups show it arrived.
outcome-mark-delivered = 配信済みにする
# The second opens a confirmation first.
outcome-send-again = 再送信…
outcome-send-again-title = 新しいメッセージとして再送信しますか？
outcome-send-again-body = 新しいRandomを持つ新しいメッセージとして送信されるため、Tencentは重複として破棄しません。最初のメッセージが届いていた場合、視聴者には同じメッセージが2回表示されます。
outcome-send-again-confirm = 新しいメッセージとして送信
# After a decision.
outcome-marked-delivered = 配信済みにしました。
outcome-sent-again = 新しいメッセージとして再送信しました。

# Header button, shown while some outcomes wait for the producer's decision. $count is how many.
attention-button = 要判断 { $count }件
    .aria-label =
        { $count ->
           *[other] 判断が必要なブロードキャストが{ $count }件あります
        }
# The list that button opens.
attention-title = 判断が必要な結果
attention-intro = いずれも視聴者に届いている可能性があります。グループを確認してから、配信済みにするか再送信してください。
attention-empty = 判断が必要なものはもうありません。

# How a broadcast stands, as a short label (History's list, its outcome filter).
delivery-queued = 送信待ち
# An attempt has left and no answer has come yet.
delivery-sending = 送信中
delivery-sent = 送信済み
delivery-not-sent = 未送信
delivery-unknown = 結果不明
# Not sent, because it was cancelled before it left.
delivery-cancelled = 取り消し済み
# An unknown outcome after the producer's decision.
delivery-marked-delivered = 配信済みにした
delivery-sent-again = 再送信済み

# Where a broadcast came from.
source-window = ウィンドウ
source-emergency = 緊急
source-scheduled = 予約送信
# bdesk is the app's command-line tool; keep the name.
source-cli = bdesk

## History view (every broadcast, from this window, bdesk and the schedule, newest first)

history-empty-title = まだブロードキャストを送信していません
history-empty-body = 送信したブロードキャストは、送信日時、送信先のアプリ、Tencentの応答とともに、すべてここに記録されます。
# The row of filters above the list, as screen readers announce it.
history-filters =
    .aria-label = 絞り込み
history-filter-outcome = 結果
history-filter-profile = プロファイル
history-all-outcomes = すべての結果
history-all-profiles = すべてのプロファイル
# Shown when the filters leave nothing.
history-no-match = この条件に合うブロードキャストはありません。
# $error is the reason (a sentence from the app).
history-error = 送信履歴を読み込めませんでした：{ $error }
history-list =
    .aria-label = ブロードキャスト（新しい順）
# Button under a full list: lists older broadcasts too.
history-more = さらに表示
# $count is how many times the app tried to send it.
history-attempts =
    { $count ->
       *[other] 試行{ $count }回
    }
# $msgSeq is Tencent's sequence number for the broadcast (text).
history-msg-seq = MsgSeq { $msgSeq }
# A broadcast's details, as screen readers announce them. $time is when it was written down.
history-details =
    .aria-label = { $time }のブロードキャストの詳細
history-details-loading = 読み込み中…
# $error is the reason (a sentence from the app).
history-details-error = 詳細を読み込めませんでした：{ $error }
history-attempts-title = 送信の試行
history-no-attempts = このコンピューターから出た試行はありません。
history-body-title = 送信した本文（JSON）
history-body =
    .aria-label = 送信したとおりの本文（JSON）
# The search field over the list, and the hint inside it.
history-search = 検索
history-search-field =
    .placeholder = テキスト、Random、MsgSeq、outbox ID
# Filter: where a broadcast came from (this window, the emergency button, the schedule, bdesk).
history-filter-source = 送信元
history-all-sources = すべての送信元
# Date filters: the first and the last day to list (both included).
history-filter-since = 開始日
history-filter-until = 終了日
# The export buttons, as screen readers announce them together.
history-export =
    .aria-label = エクスポート
history-export-csv = CSVでエクスポート
history-export-json = JSONでエクスポート
# Beside the export buttons.
history-export-hint = 絞り込んだ一覧を「ダウンロード」フォルダーに保存します。
# After an export. $count is how many broadcasts the file holds; $path is the file's full path.
history-exported = ブロードキャスト{ $count }件を保存しました：{ $path }
# Added when more matched than one file holds. $count as above.
history-exported-truncated = 含まれているのは新しい{ $count }件だけです。古いものをエクスポートするには、条件を絞り込んでください。
# $error is the reason (a sentence from the app).
history-export-error = エクスポートできませんでした：{ $error }
# Button in a broadcast's details, once it has ended: opens a confirmation first.
history-send-again = 再送信…
history-send-again-title = このブロードキャストを再送信しますか？
# The confirmation's text. $profile is the profile it goes through (its colour and name); $outcome is how
# the first one ended: sent, not-sent or unknown.
history-send-again-body =
    { $outcome ->
        [sent] 新しいRandomを持つ新しいメッセージとして、{ $profile }から再び送信されます。視聴者はすでに一度見ているため、2回表示されます。
        [not-sent] 新しいRandomを持つ新しいメッセージとして、{ $profile }から送信されます。最初のメッセージは送信されていません。
       *[other] 新しいRandomを持つ新しいメッセージとして、{ $profile }から再び送信されます。最初のメッセージが届いていた場合、視聴者には2回表示されます。
    }
history-send-again-confirm = 新しいメッセージとして送信
# Columns of the attempts table: its number, when it started, the server, what kind of answer, Tencent's
# error code, Tencent's error text, and how long it took.
attempt-n = #
attempt-time = 時刻
attempt-host = ホスト
attempt-class = 応答
attempt-code = コード
attempt-info = 詳細
attempt-latency = 所要時間
# $ms is a number of milliseconds (text).
attempt-latency-ms = { $ms } ms

## Emergency: the header's button (on every screen), its keyboard shortcut, and the panel they open

# Header button, on every screen: opens the emergency panel. Keep it one short word.
emergency-button = 緊急
# Its tooltip. $shortcut is the keyboard shortcut as text, e.g. "Ctrl+Shift+F12" or "⇧⌘F12".
emergency-button-tooltip = 緊急ブロードキャスト（{ $shortcut }）
emergency-title = 緊急ブロードキャスト
# The box that names where the broadcast goes, as screen readers announce it. $name is the profile's name.
emergency-target =
    .aria-label = 送信先：{ $name }
# Small caption above the profile's name in that box.
emergency-goes-to = 送信先
# Beside where the profile points (a region, an endpoint's host, or "This computer"). $sdkappid is the
# Chat app's number (text).
emergency-sdkappid = SDKAppID { $sdkappid }
emergency-sandbox-note = これはサンドボックスです。このコンピューター上で動作し、視聴者はおらず、Tencentには何も届きません。
# When no profile is chosen: nothing can be sent.
emergency-no-profile = 使用中のプロファイルがないため、送信先がありません。ヘッダーで選ぶか、「プロファイル」で追加してください。
# Button under that text: opens the Profiles view.
emergency-manage-profiles = プロファイルを開く
emergency-loading = テンプレートを読み込み中…
# $error is the reason (a sentence from the app).
emergency-templates-error = テンプレートを読み込めませんでした：{ $error }
# Shown when no template is marked for emergencies ("Compose" is the view's name).
emergency-no-templates = 緊急用に指定されたテンプレートはまだありません。「作成」でメッセージをテンプレートとして保存し、緊急用に指定すると、ここにすぐ送信できる状態で表示されます。今は一回限りのメッセージを入力してください。
# Label over the choice of message: the templates marked for emergencies, and a one-off message.
emergency-message = メッセージ
emergency-one-off = 一回限りのメッセージ
# The one-off message's text field, as screen readers announce it.
emergency-one-off-text =
    .aria-label = 一回限りのメッセージの本文
# The send button, which sends only when held down. $name is the profile's name.
emergency-hold = 長押しで{ $name }に送信
# Link under the outcome: starts again with an empty form (each opening sends once).
emergency-send-another = 別のメッセージを送信
# Under the panel. $shortcut is the keyboard shortcut as text, e.g. "Ctrl+Shift+F12".
emergency-shortcut-ready = { $shortcut }で、ほかのアプリが前面にあっても、どこからでもこのパネルを開けます。
# When the shortcut could not be set up. $shortcut as above; $reason is one of the three sentences below.
emergency-shortcut-unavailable = このシステムでは、ほかのアプリから{ $shortcut }でこのパネルを開けません：{ $reason }このウィンドウが前面にあるときは使えます。または「緊急」ボタンを使ってください。
emergency-shortcut-wayland = Waylandでは、アプリはグローバルショートカットを使えません。
emergency-shortcut-no-display = 登録先のXディスプレイがありません。
# $detail is what the system answered (in English), possibly empty.
emergency-shortcut-failed = システムに拒否されました。ほかのアプリがこのキーを使っている可能性があります。{ $detail }

# Under a button that acts only when held down. $seconds is how long, as text (e.g. "1.2").
hold-hint = マウス、Space、Enterのいずれかで{ $seconds }秒間長押ししてください。
# After letting go too early.
hold-too-short = 離すのが早すぎたため、何も送信されていません。バーがいっぱいになるまで押し続けてください。

## A broadcast as viewers see it (the elements of a Tencent message)

message-empty = （空のメッセージ）
# Tencent's name for a message's extra data field; keep as is.
message-cloud-custom-data = CloudCustomData
# A "face" (sticker) element. $index is the sticker's number (text).
message-face = 絵文字 #{ $index }
# A location element with no description.
message-location = 位置情報
# A custom-data element, and the names of its fields (Tencent's field names; keep them).
message-custom = カスタム
message-custom-desc = Desc
message-custom-data = Data
message-custom-ext = Ext
message-custom-sound = Sound
# Kinds of media attachment (files are named, not loaded).
message-image = 画像
message-audio = 音声
message-file = ファイル
message-video = 動画
# $uuid is the image's identifier.
message-image-uuid = UUID { $uuid }
# One size of an image. $type is the size's kind (below); $width × $height in pixels (text); $size its file size, e.g. "2.0 MB".
message-image-size = { $type } · { $width }×{ $height } · { $size }
message-image-original = 原画像
message-image-large = 大画像
message-image-thumbnail = サムネイル
# An image size of a kind the app does not know. $type is Tencent's number for it (text).
message-image-type = タイプ{ $type }
# $seconds is the length in seconds; $size the file size, e.g. "50.0 KB".
message-audio-detail = { $seconds }秒 · { $size }
# $name is the file's name; $size its size.
message-file-detail = { $name } · { $size }
# $seconds is the length in seconds; $format the video's format (e.g. mp4); $size the file size.
message-video-detail = { $seconds }秒 · { $format } · { $size }
# The video's preview picture. $width × $height in pixels (text).
message-video-thumbnail = サムネイル · { $width }×{ $height }

## 予約画面（タイムゾーンの現地日時にあとで送るお知らせ。繰り返しも可）

schedule-add = ブロードキャストを予約…
schedule-hint = 各項目は予約時に選んだプロファイルで、このアプリか bdesk run-scheduler が動いている間に送信されます。
schedule-error = 予約一覧を読み込めませんでした：{ $error }
schedule-list =
    .aria-label = 予約済みのブロードキャスト（近い順）
# 項目自身のタイムゾーンでの日時。$zone は IANA 名。
schedule-in-zone = { $time }（{ $zone }）
schedule-here = このコンピューターでは { $time }
schedule-countdown = あと { $clock }
schedule-countdown-days =
    { $days ->
       *[other] あと { $days } 日 { $clock }
    }
schedule-countdown-due = 送信時刻です
schedule-repeat-once = 1 回
schedule-repeat-daily = 毎日
schedule-repeat-weekly = 毎週 { $days }
schedule-end-until = { $date } まで
schedule-end-count =
    { $count ->
       *[other] { $count } 回
    }
schedule-repeat-with-end = { $repeat }、{ $end }
schedule-missed-send-if-late = 逃した場合：遅れが { $late } 以内なら送信、それ以上ならスキップ
schedule-missed-skip = 逃した場合：スキップ
schedule-missed-ask = 逃した場合：判断するまで保留
schedule-note-gap = その日の { $zone } にはこの時刻がありません（時計が進みます）。{ $sentAt } に送信します。
schedule-note-fold = その日の { $zone } ではこの時刻が 2 回あります（時計が戻ります）。UTC{ $laterOffset } ではなく 1 回目の UTC{ $offset } に送信します。
schedule-message-with = { $text } + { $kinds }

schedule-status-scheduled = { $time } に送信予定
schedule-status-editing = 編集中のため保留：編集を保存するか閉じるまで送信しません
schedule-status-sending = 送信中
schedule-status-sent = { $time } に送信済み（MsgSeq { $msgSeq }）
schedule-status-not-sent = 未送信
schedule-status-unknown = 結果不明
schedule-status-missed = 逃しました — 判断を待っています
schedule-status-skipped = スキップ：{ $late } 遅れ
schedule-status-cancelled = キャンセル済み
schedule-status-done = これ以上送るものはありません
schedule-last-time = 前回：
schedule-facts-error = 結果を読み込めませんでした：{ $error }

schedule-show-details = 詳細
schedule-hide-details = 詳細を隠す
schedule-edit = 編集…
schedule-duplicate = 複製…
schedule-cancel = キャンセル…
schedule-details =
    .aria-label = { $name } の詳細
schedule-details-loading = 読み込み中…
schedule-details-error = 詳細を読み込めませんでした：{ $error }
schedule-upcoming-title = 次の送信
schedule-no-upcoming = これ以上送信しません。
schedule-runs-title = 過去の送信
schedule-no-runs = まだ何も送信していません。
schedule-run-due = 予定 { $time }：

schedule-cancel-title = この予約ブロードキャストをキャンセルしますか？
schedule-cancel-body = { $profile } で送る { $name } は送信されません。予約一覧にはキャンセル済みとして残ります。
schedule-cancel-sending = この項目の送信がすでに 1 件始まっています。その送信は続きます（待機中なら履歴からキャンセルできます）。
schedule-cancel-confirm = ブロードキャストをキャンセル

schedule-decide-hint = 時刻どおりに送れませんでした（{ $late } 遅れ）。今すぐ送信しますか、スキップしますか？
schedule-decide-send = 今すぐ送信
schedule-decide-skip = スキップ
schedule-decided-send = 今送信しました。結果はここと履歴に表示されます。
schedule-decided-skip = スキップしました。送信しません。

schedule-skipped-too-late = スキップ：{ $late } 遅れ（許容は最大 { $max }）
schedule-skipped-producer = あなたがスキップしました
schedule-skipped-profile-gone = 未送信：プロファイルが削除されました
schedule-skipped-no-key = 未送信：{ $profile } にキーが保存されていません
schedule-skipped-keychain = 未送信：キーチェーンからキーを取得できませんでした（ロックまたは拒否）
schedule-skipped-invalid-message = 未送信：メッセージがルールを満たさなくなりました
schedule-skipped-failed = 未送信：{ $error }

## 「不在の間」：誰も見ていない間に予約が行ったこと（起動時と戻ったときに表示）

schedule-away-title = 不在の間
schedule-away-subtitle =
    { $count ->
       *[other] 予約送信 { $count } 件の結果です。
    }
schedule-away-unnamed = { $profile } で送るブロードキャスト
schedule-away-due = 予定 { $time } · { $profile }
schedule-away-late = { $late } 遅れ
schedule-away-got-it = 了解

schedule-check-not-yet = まだです：
schedule-check-then = その後：
schedule-check-note = { $time }：{ $note }
schedule-check-far = 1 年以上先の日付です。この日付で合っているか確認してください。
schedule-check-clash =
    { $times ->
        [one] { $other } が同じプロファイルで { $time } に予定されています。送信レートのため、どちらかが約 { $seconds } 秒遅れます。
       *[other] { $other } が同じプロファイルで { $time } に予定されています。送信レートのため、どちらかが約 { $seconds } 秒遅れます（{ $times } 回）。
    }
schedule-check-clash-unnamed = 別の予約ブロードキャスト

## 予約フォーム（新しい予約、編集、複製）

schedule-form-title-new = ブロードキャストを予約
schedule-form-title-edit = 予約済みブロードキャストを編集
schedule-form-title-duplicate = コピーを予約
schedule-form-subtitle-new = 設定した時刻に、ここで選んだプロファイルで送信します。
schedule-form-subtitle-edit = 変更はこの項目をそのまま置き換えます。
schedule-form-held = このフォームを開いている間は保留されます。保存するか閉じるまで送信しません。
schedule-form-profile = プロファイル
schedule-form-profile-hint = 予約後は固定です。あとで別のプロファイルを選んでも移りません。
schedule-form-profile-fixed = 予約項目のプロファイルは変更できません。キャンセルして、別のプロファイルでコピーを予約してください。
schedule-form-profile-sandbox = { $name }（サンドボックス）
schedule-form-message = メッセージ
schedule-form-source-composer = 作成中のメッセージ
schedule-form-source-item = この項目のメッセージ
schedule-form-source-template = テンプレート
schedule-form-source-text = テキスト
schedule-form-template =
    .aria-label = テンプレート
schedule-form-template-choose = テンプレートを選択…
schedule-form-text =
    .aria-label = メッセージのテキスト
schedule-form-no-template = テンプレートを選ぶとメッセージが表示されます。
schedule-form-no-text = 送信するテキストを入力してください。
schedule-form-no-composer = 作成中のメッセージはまだありません。
schedule-form-message-invalid = このメッセージはこのままでは送信できません：
schedule-form-date = 日付
schedule-form-time = 時刻
schedule-form-confirm-far = はい、この日付で合っています
schedule-form-zone = タイムゾーン
schedule-form-zone-hint = 日付と時刻はこのタイムゾーンで解釈します。名前の一部を入力して探せます（Tokyo、Berlin、New York）。
schedule-zone-use-system = { $zone } を使う
schedule-zone-matches =
    .aria-label = 一致するタイムゾーン
schedule-zone-no-match = その名前のタイムゾーンはありません。
schedule-form-repeat = 繰り返し
schedule-form-weekly = 毎週…
schedule-form-days =
    .aria-label = 曜日
schedule-form-end =
    .aria-label = 終了
schedule-form-end-never = 終了しない
schedule-form-end-until = 日付まで
schedule-form-until =
    .aria-label = 最終日
schedule-form-end-count = 回数
schedule-form-count =
    .aria-label = 回数
schedule-form-missed = 逃した場合
schedule-form-missed-hint = 時刻どおりに送れなかったとき（コンピューターがスリープしていた、何も動いていなかった）。1 分以内の遅れなら必ず送信します。
schedule-form-missed-send = 遅れが
schedule-form-late-minutes =
    .aria-label = 最大の遅れ（分）
schedule-form-missed-minutes = 分以内なら送信、それ以上ならスキップ
schedule-form-missed-skip = スキップする
schedule-form-missed-ask = 判断するまで保留する
schedule-form-label = ラベル
schedule-form-label-hint = 一覧に表示する名前（例：「開場」）。最大 { $max } 文字。
schedule-form-save = 変更を保存
schedule-form-schedule = 予約

## About view

about-tagline = { -tencent-chat }アプリのすべての音声・ビデオグループに、一斉にブロードキャストを送信します。
about-loading = 読み込み中…
# $error is the reason (a sentence from the app).
about-error = アプリの情報を読み込めませんでした：{ $error }
about-version = バージョン
# このビルドの元になったソースのコミット(git の短いハッシュ)。
about-commit = コミット
about-build = ビルド
# The kind of build: for developers, or the one producers install.
about-build-debug = 開発版
about-build-release = リリース版
about-app-id = アプリID
# The folder where profiles, schedule and history are kept.
about-data-folder = データフォルダー
about-secret-keys = 秘密鍵
about-secret-keys-where = システムのキーチェーンにのみ保存されます。データフォルダー、ログ、このウィンドウに保存・表示されることはありません。
# Label of the language select in About (the languages are listed in their own names).
about-language = 言語
about-language-hint = ここで言語を選ぶまでは、システムの言語で表示されます。
about-background = バックグラウンド
about-start-at-login = ログイン時に Broadcast Desk を起動
about-start-at-login-hint = バックグラウンドで起動します：予約送信は送られ、トレイに次の送信が表示されます。トレイから、または Broadcast Desk をもう一度起動するとウィンドウを開けます。
about-start-at-login-error = ログイン時の起動を読み取れないか変更できません：{ $error }
about-closing-hint = 予約送信があるときにウィンドウを閉じても、Broadcast Desk はトレイで実行を続け、予約は送信されます。トレイメニューの「終了」は先に確認します。

## Formats

# A file size. $size is the number, already formatted (e.g. "2.0"); $unit is B, KB or MB (1 KB = 1,024 bytes).
format-bytes =
    { $unit ->
        [KB] { $size } KB
        [MB] { $size } MB
       *[B] { $size } B
    }
