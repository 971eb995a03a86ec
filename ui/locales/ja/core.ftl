# Texts that Rust renders too: bdesk prints the English ones, the window shows them in the producer's
# language. Each language's core.ftl has exactly the same message ids (a test checks it).
#
# Keep Tencent's product names as Tencent writes them (Tencent Cloud Chat, SDKAppID, UserSig, Chat
# console) and its console paths word for word: producers follow them click by click.
#
# Japanese: "App admin" is App管理者 (Tencent's Japanese docs); the profile's account is 管理者アカウント;
# the secret key is 秘密鍵. The console path in tencent-10007 stays in English (as the console shows
# it) with a Japanese gloss in brackets.

## Tencent's answers, by its ErrorCode (send_broadcast_msg, account_check and the UserSig checks).
## .title says what happened in one line; .remedy says what to do.

tencent-0 =
    .title = 送信しました。
    .remedy = 対応は不要です。

tencent-10002 =
    .title = Tencent側で内部エラーが発生しました。
    .remedy = 数秒後に再試行してください。同じメッセージが二重に配信されることはありません。

tencent-10003 =
    .title = URL内のコマンドをTencentが認識できませんでした。
    .remedy = カスタムエンドポイントやプロキシを使用している場合は、パスが変更されずに転送されているか確認してください。

tencent-10004 =
    .title = メッセージのパラメータがTencentに拒否されました。
    .remedy = Tencentのエラーテキストで該当するフィールドを確認し、修正してから再送信してください。

tencent-10007 =
    .title = ブロードキャストの権限がありません。
    .remedy = Chatコンソールで「Feature configuration > Group configuration > Group feature configuration > Broadcast messaging of audio-video group」（機能設定 > グループ設定 > グループ機能設定 > 音声・ビデオグループのブロードキャストメッセージ）のスイッチをオンにし（Pro版、Pro Plus版、Enterprise版のいずれかが必要）、管理者アカウントがこのSDKAppIDのApp管理者であることを確認してください。

tencent-10023 =
    .title = ご利用のエディションで許可された頻度を超えて送信しています。
    .remedy = 送信できるのは、Pro版で1秒あたり1件、Pro Plus版とEnterprise版で1秒あたり5件までです（コンソールの設定どおり）。少し待つか、複数のメッセージを1件にまとめてください。

tencent-60002 =
    .title = リクエストURLをTencentが読み取れませんでした。
    .remedy = カスタムエンドポイントやプロキシを使用している場合は、URLが変更されずに転送されているか確認してください。

tencent-60003 =
    .title = メッセージをJSONとしてTencentが読み取れませんでした。
    .remedy = メッセージ本文の形式が正しくありません。フォームから作り直して再送信してください。

tencent-60004 =
    .title = アカウントまたは署名がTencentに拒否されました。
    .remedy = プロファイルの管理者アカウントと秘密鍵を確認してください。

tencent-60005 =
    .title = アカウントまたは署名がTencentに拒否されました。
    .remedy = プロファイルの管理者アカウントと秘密鍵を確認してください。

tencent-60006 =
    .title = SDKAppIDが無効です。
    .remedy = ChatコンソールからSDKAppIDをもう一度コピーし、リージョンを確認してください。

tencent-60007 =
    .title = このアプリのREST API呼び出しが多すぎます。
    .remedy = 少し待ってから再試行してください。自動送信の頻度を下げてください。

tencent-60008 =
    .title = Tencent側でタイムアウトしたか、リクエストを読み取れませんでした。
    .remedy = 再試行してください。繰り返し発生する場合は、カスタムエンドポイントやプロキシを確認してください。

tencent-60009 =
    .title = リクエストが誤ったTencentのサービスに届きました。
    .remedy = カスタムエンドポイントやプロキシを使用している場合は、パスが変更されずに転送されているか確認してください。

tencent-60010 =
    .title = この操作にはApp管理者が必要です。
    .remedy = ChatコンソールでApp管理者として登録されているアカウントを使用してください。

tencent-60011 =
    .title = このSDKAppIDへの呼び出しが多すぎます。
    .remedy = 少し待ってから再試行してください。自動送信の頻度を下げてください。

tencent-60012 =
    .title = リクエストにSDKAppIDが含まれていません。
    .remedy = プロファイルでSDKAppIDを設定してください。カスタムエンドポイントやプロキシも確認してください。

tencent-60015 =
    .title = アカウントのフィールドが文字列ではありません。
    .remedy = From_Accountは文字列で指定する必要があります。修正してから再送信してください。

tencent-60016 =
    .title = このSDKAppIDは無効化されています。
    .remedy = Chatコンソールでアプリのステータスを確認してください。

tencent-60017 =
    .title = Tencentがこのアプリに対してこのリクエストを無効にしています。
    .remedy = Chatコンソールで、またはTencent Cloudのサポートに問い合わせて、アプリのステータスと機能を確認してください。

tencent-60018 =
    .title = リクエストが多すぎます。
    .remedy = 少し待ってから再試行してください。

tencent-60019 =
    .title = リクエストが多すぎます。
    .remedy = 少し待ってから再試行してください。

tencent-60020 =
    .title = 有料エディションの有効期限が切れています。
    .remedy = Chatコンソールで、このアプリのPro版、Pro Plus版またはEnterprise版を更新（継続購入）してください。

tencent-60021 =
    .title = このコンピューターのIPアドレスからの呼び出しをTencentが受け付けていません。
    .remedy = Chatコンソールで、このネットワークのパブリックIPをアプリの許可IPアドレスに追加してください。

tencent-70001 =
    .title = UserSigの有効期限が切れました。
    .remedy = Broadcast Deskが新しいUserSigを生成して1回だけ再試行します。繰り返し発生する場合は、このコンピューターの時計を確認してください。

tencent-70002 =
    .title = UserSigが含まれていませんでした。
    .remedy = カスタムエンドポイントやプロキシを使用している場合は、クエリ文字列が変更されずに転送されているか確認してください。

tencent-70003 =
    .title = UserSigが無効です。
    .remedy = プロファイルの秘密鍵とSDKAppIDを確認してください。

tencent-70005 =
    .title = UserSigを読み取れませんでした。
    .remedy = プロファイルの秘密鍵とSDKAppIDを確認してください。

tencent-70009 =
    .title = UserSigが誤った鍵で署名されています。
    .remedy = 秘密鍵が別のアプリのものである可能性があります。ChatコンソールからこのSDKAppIDの鍵をコピーしてください。

tencent-70013 =
    .title = URL内のidentifierがUserSig内のものと一致しません。
    .remedy = 不具合またはプロキシによってURLが書き換えられています。送信した時刻を添えて報告してください。

tencent-70014 =
    .title = URL内のSDKAppIDがUserSig内のものと一致しません。
    .remedy = 不具合またはプロキシによってURLが書き換えられています。送信した時刻を添えて報告してください。

tencent-70016 =
    .title = このSDKAppIDの鍵がTencentに見つかりません。
    .remedy = SDKAppIDを確認し、プロファイルのリージョンがアプリを作成したリージョンと一致しているか確認してください。

tencent-70020 =
    .title = このリージョンのTencentには、このSDKAppIDが存在しません。
    .remedy = リージョンを確認してください。アプリを作成したリージョン（Chatコンソールに表示されています）である必要があります。

tencent-70050 =
    .title = 署名の検証に何度も失敗したため、Tencentが1分間リクエストを拒否しています。
    .remedy = 60秒待ってから送信してください。再び発生する場合は、秘密鍵が間違っている可能性が高いです。

tencent-70051 =
    .title = 管理者アカウントがブラックリストに登録されています。
    .remedy = 別の管理者アカウントを使用するか、Tencent Cloudのサポートにお問い合わせください。

tencent-70052 =
    .title = UserSigが無効になりました（有効期限切れ、またはアカウントが強制ログアウトされました）。
    .remedy = Broadcast Deskが新しいUserSigを生成して1回だけ再試行します。繰り返し発生する場合は、このコンピューターの時計を確認してください。

tencent-70169 =
    .title = Tencent内部でタイムアウトが発生しました。
    .remedy = 数秒後に再試行してください。同じメッセージが二重に配信されることはありません。

tencent-70202 =
    .title = Tencent内部でタイムアウトが発生しました。
    .remedy = 数秒後に再試行してください。同じメッセージが二重に配信されることはありません。

tencent-70402 =
    .title = パラメータがTencentに拒否されました。
    .remedy = Tencentのエラーテキストで該当するフィールドを確認し、修正してから再送信してください。

tencent-70403 =
    .title = この操作にはApp管理者が必要です。
    .remedy = ChatコンソールでApp管理者として登録されているアカウントを使用してください。

tencent-70500 =
    .title = Tencent側で内部エラーが発生しました。
    .remedy = 数秒後に再試行してください。

tencent-80002 =
    .title = メッセージが長すぎます。
    .remedy = メッセージを短くしてください。MsgBodyとCloudCustomDataの合計を12,000バイト以内に収める必要があります。

tencent-93000 =
    .title = JSONパケットが長すぎます。
    .remedy = メッセージを短くしてください。MsgBodyとCloudCustomDataの合計を12,000バイト以内に収める必要があります。

# An ErrorCode this version does not know.
tencent-unknown =
    .title = Broadcast Deskが認識できないエラーコードがTencentから返されました。
    .remedy = Tencentのエラーテキストを確認し、TencentのChatエラーコード一覧（ドキュメント 1047/34348）でこのコードを調べてください。

## Requests that got no Tencent answer at all, by what went wrong on the way.

transport-connection-refused =
    .title = サーバーに接続を拒否されました。
    .remedy = エンドポイントを確認してください。ローカルのエミュレーターやプロキシの場合は、起動しているか確認してください。

transport-dns =
    .title = サーバー名を解決できませんでした。
    .remedy = インターネット接続とDNSを確認してください。予備ホストがある場合、Broadcast Deskはすでにそちらも試しています。

transport-connect-timeout =
    .title = サーバーへの接続がタイムアウトしました。
    .remedy = インターネット接続とファイアウォールを確認してください。メッセージは送信されていません。

transport-tls =
    .title = 安全な接続を確立できませんでした（証明書またはTLSのエラー）。
    .remedy = エンドポイント、このコンピューターの時計、HTTPSを傍受するネットワークがないかを確認してください。メッセージは送信されていません。

transport-connect =
    .title = サーバーに接続できませんでした。
    .remedy = インターネット接続とエンドポイントを確認してください。メッセージは送信されていません。

transport-timeout =
    .title = 時間内に応答がありませんでした。メッセージが配信されたかどうかはわかりません。
    .remedy = 5分以内であれば、同じメッセージを再送信しても問題ありません。同じRandomを持つ重複メッセージはTencentが破棄します。

transport-connection-lost =
    .title = 応答を受け取る前に接続が切れました。メッセージが配信されたかどうかはわかりません。
    .remedy = 5分以内であれば、同じメッセージを再送信しても問題ありません。同じRandomを持つ重複メッセージはTencentが破棄します。

transport-http-status =
    .title = サーバーがTencentの結果ではなく、HTTPエラーを返しました。
    .remedy = 数秒後に再試行してください。解消しない場合は、エンドポイントやプロキシを確認してください。

transport-bad-response =
    .title = サーバーの応答がTencentの結果ではありませんでした。
    .remedy = エンドポイントを確認してください。TencentのREST API以外のものが応答しています。

transport-other =
    .title = 予期しない理由でリクエストが失敗しました。
    .remedy = 再試行してください。解消しない場合は、送信した時刻を添えて報告してください。

## Test connection: problems that are not a Tencent error code.

# The profile's default sender (the account viewers see as the sender) does not exist in the app.
# $account: the account ID as typed.
connection-default-sender-missing =
    .title = デフォルトの送信者「{ $account }」はこのアプリに存在しません。
    .remedy = Chatコンソールで（またはaccount_import APIで）このアカウントをインポートするか、プロファイルのデフォルトの送信者を変更してください。それまでは、このアカウントを使う送信はすべて拒否されます。

# An account that was asked about does not exist. $account: the account ID.
connection-account-missing =
    .title = アカウント「{ $account }」はこのアプリに存在しません。
    .remedy = このアカウントを送信者に指定してメッセージを送る前に、Chatコンソールで（またはaccount_import APIで）インポートしてください。

# Tencent's clock (from its answer) and this computer's differ by more than a minute; this computer's
# clock is behind (…-behind) or ahead of (…-ahead) Tencent's.
# $amount: a whole number; $unit: second, minute, hour or day.
# Japanese has only the plural category "other", so there is no select on $amount.
connection-clock-behind =
    .title = このコンピューターの時計がTencentより{ $unit ->
        [second] { $amount }秒
        [minute] { $amount }分
        [hour] { $amount }時間
       *[day] { $amount }日
    }遅れています。
    .remedy = システム設定で日付と時刻の自動設定をオンにし（または時計を同期し）、もう一度テストしてください。TencentはすべてのUserSigを自社の時計で判定します。

connection-clock-ahead =
    .title = このコンピューターの時計がTencentより{ $unit ->
        [second] { $amount }秒
        [minute] { $amount }分
        [hour] { $amount }時間
       *[day] { $amount }日
    }進んでいます。
    .remedy = システム設定で日付と時刻の自動設定をオンにし（または時計を同期し）、もう一度テストしてください。TencentはすべてのUserSigを自社の時計で判定します。

# Tencent said a UserSig made a moment ago had expired, and its answer carried no time to compare.
connection-clock-unknown =
    .title = 作成したばかりのUserSigが期限切れだとTencentが判定しました。このコンピューターの時計がずれています。
    .remedy = システム設定で日付と時刻の自動設定をオンにし（または時計を同期し）、もう一度テストしてください。

# Something other than the network or Tencent stopped the test; the detail below says what.
connection-untested =
    .title = 接続をテストできませんでした。
    .remedy = 下の詳細を確認してください。

## Checking a broadcast body (the composer and bdesk validate). Field names in backticks are
## Tencent's own JSON names: keep them as they are in every language.
## $name: a JSON field name. $found: what the value is: null, boolean, number, string, list, object.

message-duplicate-key = `{ $key }`が同じオブジェクト内に複数回あります。どちらが有効になるかはJSONリーダーによって異なるため、1回だけ記述してください
message-not-object = メッセージは{"{"}"MsgBody": [...]{"}"}のようなJSONオブジェクトにしてください。現在は{ $found ->
        [null] null
        [boolean] true/false
        [number] 数値
        [string] 文字列
        [list] リスト
       *[object] オブジェクト
    }です
message-element-not-object = MsgBodyの各要素は{"{"}"MsgType": "TIMTextElem", "MsgContent": {"{"}...{"}"}{"}"}のようなオブジェクトにしてください。現在は{ $found ->
        [null] null
        [boolean] true/false
        [number] 数値
        [string] 文字列
        [list] リスト
       *[object] オブジェクト
    }です
message-image-size-not-object = ImageInfoArrayの各エントリは{"{"}Type, Size, Width, Height, URL{"}"}のオブジェクトにしてください。現在は{ $found ->
        [null] null
        [boolean] true/false
        [number] 数値
        [string] 文字列
        [list] リスト
       *[object] オブジェクト
    }です
message-from-empty = `From_Account`が空です。管理者アカウントとして送信する場合は、この項目を省略してください
# $bytes: the account's length; $max: the limit (32).
message-from-too-long = `From_Account`が{ $bytes }バイトあります。アカウントIDは最大{ $max }バイトです
# $at: the byte offset of the space.
message-from-space = `From_Account`の{ $at }バイト目にスペースがあります。貼り付けたスペースが入ると、別のアカウントを指すことになります
# $character: the character (or its code point, U+0009, when it is invisible).
message-from-character = `From_Account`の{ $at }バイト目に{ $character }が含まれています。アカウントIDにはスペースを除く印字可能なASCII文字を使用してください（英字、数字、_、- が最も安全です）
message-empty-body = `MsgBody`に要素がありません。1つ以上追加してください（通常はTIMTextElem）
# $bytes: the message's size; $limit: 12,000; $over: by how much.
message-too-long = メッセージが{ $bytes }バイト（MsgBodyとCloudCustomDataの合計）あり、Tencentの上限{ $limit }バイトを超えています。{ $over }バイト短くするか、複数のメッセージに分けてください
message-text-empty = `Text`が空です。テキストのないブロードキャストは必ず誤りです（フィールド名のスペルミスがよくある原因です）
message-text-blank = `Text`が空白だけです。テキストのないブロードキャストは必ず誤りです（フィールド名のスペルミスがよくある原因です）
# $first: the index of the custom element already in the body.
message-custom-twice = TIMCustomElemは1つのメッセージに1つまでですが、MsgBody[{ $first }]がすでにTIMCustomElemです。データをまとめるか、2件のメッセージに分けて送信してください
message-image-format = `ImageFormat`は1（JPG）、2（GIF）、3（PNG）、4（BMP）、255（その他）のいずれかにしてください。現在の値：{ $got }
message-image-sizes-empty = `ImageInfoArray`には1つ以上のエントリが必要です（Type 1：原画像、2：大画像、3：サムネイル）
message-image-size-type = `Type`は1（原画像）、2（大画像）、3（サムネイル）のいずれかにしてください。現在の値：{ $got }
message-image-size-twice = `Type` { $type }はすでにImageInfoArray[{ $first }]にあります。各サイズは1回しか指定できません
# $flag: the one allowed value (2).
message-download-flag = `{ $name }`は{ $flag }にしてください（視聴者はURLからファイルをダウンロードします）。現在の値：{ $got }
# $bound: 90 for latitude, 180 for longitude.
message-coordinate = `{ $name }`は-{ $bound }から{ $bound }の範囲にしてください。現在の値：{ $got }
message-url-empty = `{ $name }`が空です。視聴者のアプリがファイルをダウンロードするhttps://のアドレスを指定してください
message-url-characters = `{ $name }`にスペース、制御文字、またはバックスラッシュが含まれています。パーセントエンコードしてください（スペースは%20）
message-url-not-absolute = `{ $name }`はhttps://（またはhttp://）で始まる絶対URLにしてください
# $detail: the URL parser's own words (English).
message-url-invalid = `{ $name }`は有効なURLではありません（{ $detail }）
message-url-no-host = `{ $name }`にホスト名がありません
# $suggestion: the field name that differs only in upper/lower case.
message-unknown-field-case = 不明なフィールド`{ $key }`：`{ $suggestion }`の間違いではありませんか？フィールド名は大文字と小文字が区別されます
# $allowed: the field names allowed at that place, comma-separated.
message-unknown-field = 不明なフィールド`{ $key }`。ここで使えるフィールド：{ $allowed }
message-required = `{ $name }`は必須です
# $expected: string, whole-number, number, msg-type, content or image-sizes.
message-wrong-type = `{ $name }`は{ $expected ->
        [string] 文字列（引用符で囲んだテキスト）
        [whole-number] 整数
        [number] 数値
        [msg-type] "TIMTextElem"のような文字列
        [content] 要素のフィールドを持つオブジェクト
       *[image-sizes] {"{"}Type, Size, Width, Height, URL{"}"}エントリのリスト
    }にしてください。現在は{ $found ->
        [null] null
        [boolean] true/false
        [number] 数値
        [string] 文字列
        [list] リスト
       *[object] オブジェクト
    }です
message-fraction = `{ $name }`は整数にしてください。{ $got }には小数部分があります
# $plain: the same number written plainly (100 rather than 1e2).
message-plain-number = `{ $name }`は通常の整数表記で書いてください（{ $got }ではなく{ $plain }）
message-negative = `{ $name }`に負の値は指定できません。現在の値：{ $got }
message-number-range = `{ $name }`は{ $min }から{ $max }までの整数にしてください。現在の値：{ $got }
# $suggestion: the MsgType that differs only in upper/lower case.
message-unknown-type-case = 不明なMsgType`{ $type }`：`{ $suggestion }`の間違いではありませんか？タイプ名は大文字と小文字が区別されます
# $types: every MsgType, comma-separated.
message-unknown-type = 不明なMsgType`{ $type }`。次のいずれかを使用してください：{ $types }


## A profile's fields (the profile form and bdesk profile add/edit). Shown beside the field, so
## they do not name it; bdesk puts the field's name in front.

field-required = 必須項目です
# $max: the limit (64); $count: this name's length in characters.
field-name-too-long = { $max }文字以内にしてください（現在{ $count }文字）
# $codepoint: the character's code point, e.g. U+200B.
field-name-hidden = 不可視文字や文字の向きを変える文字は使用できません（{ $codepoint }が含まれています）。名前は確認画面に表示されるため、見たとおりの文字である必要があります
# $name: the name typed.
field-name-taken = 「{ $name }」という名前のプロファイルがすでにあります
# $other: the existing profile's name, which reads the same as $name.
field-name-lookalike = 同じに見える「{ $other }」という名前のプロファイルがすでにあります（名前は大文字・小文字や全角・半角を区別せずに比較されます）
# $value: what was typed.
field-color-format = #rrggbb形式の16進数カラーで指定してください（入力値：「{ $value }」）
field-color-sandbox = この紫色はサンドボックスを示す色です。別の色を選んでください
# $regions: the region ids, comma-separated.
field-region-unknown = 不明なリージョン「{ $region }」です。次のいずれかを指定してください：{ $regions }
field-url-insecure = http://が使われています。http://はこのコンピューター内（127.0.0.1、::1、localhost：エミュレーターまたはローカルプロキシ）に限り使用できます。https://を使用してください
field-url-credentials = ユーザー名やパスワードを含めることはできません
# $detail: what is wrong, in the URL checker's words (English).
field-url-malformed = { $detail }
# $max: the largest SDKAppID the app accepts.
field-sdkappid-range = 1から{ $max }の範囲で指定してください。Chatコンソールからコピーしてください
field-account-too-long = { $bytes }バイトあります。アカウントIDは最大{ $max }バイトです
field-account-space = { $at }バイト目にスペースがあります。貼り付けたスペースが入ると、別のアカウントを指すことになります
field-account-character = { $at }バイト目に{ $character }が含まれています。アカウントIDにはスペースを除く印字可能なASCII文字を使用してください（英字、数字、_、- が最も安全です）
# $min, $max: seconds (1800 = 30 minutes, 604800 = 7 days).
field-lifetime-range = { $min }秒（30分）から{ $max }秒（7日）の範囲で指定してください
field-rate-range = コンソールの設定に合わせて、1秒あたり{ $min }～{ $max }回で指定してください
field-sandbox-fixed = 内蔵サンドボックスはアプリ内で動作するため、この項目は変更できません。変更できるのは名前、色、エディション、デフォルトの送信者のみです
field-sandbox-stays = 内蔵サンドボックスをサンドボックス以外に変更することはできません

## テンプレートの名前（bdesk template add/rename/duplicate）。名前のその他のルールは上のプロファイルと同じで、
## 同様に項目の横に表示されます。

# $name: 入力された名前。
field-template-name-taken = 「{ $name }」という名前のテンプレートがすでにあります
# $other: 既存のテンプレートの名前（$name と同じに見えるもの）。
field-template-name-lookalike = 同じに見える「{ $other }」という名前のテンプレートがすでにあります（名前は大文字・小文字や全角・半角を区別せずに比較されます）
field-schedule-at-format = 「{ $value }」は日時ではありません。2026-12-01T20:00 の形で入力してください
field-schedule-zone-unknown = 「{ $value }」はこのコンピューターが知らないタイムゾーンです。Asia/Tokyo や Europe/Berlin のような IANA 名を使ってください
field-schedule-no-weekdays = 曜日を1つ以上選んでください
field-schedule-until-format = 終了日が日付ではありません。2026-12-31 の形で入力してください
field-schedule-until-before-start = 終了日が最初の送信より前です
field-schedule-count-zero = 少なくとも1回は送信する必要があります
field-schedule-in-the-past = { $zone } の { $when } はすでに過ぎています（現地は現在 { $now }）。日付と時刻を確認してください
field-schedule-far-ahead = { $zone } の { $when } は { $days } 日より先です。この日付で正しいか確認してください
field-schedule-late-range = 許容する遅れは { $min } 分から { $max } 時間の間で指定してください
field-schedule-label-too-long = ラベルは最大 { $max } 文字です

## 画像、サウンド、ファイル、動画（または動画のサムネイル）に貼り付けたメディアURL：ファイルの先頭のバイトを読んでも
## 分からなかったこと、または誤っていたこと。対象の要素のフィールド（URL、Size、Width、Second、FileNameなど）の横に
## 表示されるため、フィールド名は書きません。何もアップロードせず、アプリはURLが指すファイルを読むだけです。

# $detail: URLパーサーのメッセージ原文（英語）。
media-url-invalid = 有効なURLではありません（{ $detail }）
# $scheme: URLのスキーム（例：ftp）。
media-url-scheme = https://で始まる必要があります（このアドレスは{ $scheme }://で始まっています）
media-url-insecure = http://が使われています。アプリがhttp://で読み込むのはこのコンピューター（127.0.0.1、::1、localhost）だけです。ファイルのhttps://のアドレスを使用してください
media-url-credentials = ユーザー名またはパスワードが含まれており、すべての視聴者に渡ってしまいます。ログイン不要のリンクを使用してください
# $host: リダイレクト先のホスト。
media-redirect-insecure = http://で{ $host }にリダイレクトされます。アプリがhttp://のリダイレクトに従うのはこのコンピューターへの場合だけです。ファイルのhttps://のアドレスを使用してください
# $detail: リダイレクト先のアドレスの問題（英語）。
media-redirect-invalid = アプリが従わないアドレスにリダイレクトされます（{ $detail }）
# $max: 従うリダイレクトの回数（5）。
media-redirect-too-many = { $max }回を超えてリダイレクトされます。最終的な行き先のアドレスを使用してください
# $status: HTTPステータスコード。
media-http-status = { $status ->
        [401] サーバーがログインを求めています（HTTP 401）。視聴者のアプリはログインできないため、公開リンクを使用してください
        [403] サーバーがファイルの提供を拒否しました（HTTP 403）。リンクの期限切れか非公開の可能性があります
        [404] このアドレスには何もありません（HTTP 404）。リンクを確認してください
        [410] ファイルはこのアドレスから削除されています（HTTP 410）
       *[other] サーバーがファイルではなくHTTP { $status }を返しました
    }
# $kind: 読み込みの失敗の仕方：dns、connection-refused、connect-timeout、tls、connection-lost、またはその他。
media-fetch-failed = { $kind ->
        [dns] サーバー名が見つかりません。アドレスを確認してください
        [connection-refused] サーバーが接続を拒否しました
        [connect-timeout] 時間内にサーバーに接続できませんでした
        [tls] 安全な接続に失敗しました。このコンピューターはサーバーの証明書を信頼していません
        [connection-lost] ファイルの読み込み中に接続が切れました
       *[other] このアドレスからファイルを読み込めませんでした
    }
# $seconds: 制限時間。
media-timeout = サーバーが{ $seconds }秒以内に応答を終えませんでした。それまでに分かった値は入力済みです。残りを入力してください
# $type: サーバーのContent-Type（例：text/plain）。$expected: image、sound、またはvideo。
media-content-type = サーバーはこのファイルを{ $expected ->
        [image] 画像
        [sound] オーディオ
       *[video] 動画
    }ではなく{ $type }として示しています。示された種類に従う視聴者のアプリは受け付けない可能性があります
# $found: アドレスがウェブページを返す場合はpage、それ以外はother。
media-not-image = { $found ->
        [page] このアドレスが返すのは画像そのものではなくウェブページです。画像自体のアドレスをコピーしてください
       *[other] アプリが読み込める画像ではありません（JPG、PNG、GIF、BMP、WebP、HEIC、TIFF）
    }
media-not-sound = { $found ->
        [page] このアドレスが返すのはサウンドファイルそのものではなくウェブページです。ファイル自体のアドレスをコピーしてください
       *[other] アプリが読み込めるサウンドファイルではありません（MP3、M4A/AAC、WAV、Ogg、FLAC、AIFF）
    }
media-not-video = { $found ->
        [page] このアドレスが返すのは動画そのものではなくウェブページです。動画ファイル自体のアドレスをコピーしてください
       *[other] アプリが認識できる動画ではありません（MP4、MOV、WebM、MKV、AVI、FLV）
    }
# $mib: アプリが読み込んだ量（MiB）。
media-size-unknown = サーバーがファイルのサイズを示しておらず、ファイルはアプリが読み込む{ $mib } MiBより大きいです。サイズをバイト単位で入力してください
# $bytes: ファイルのサイズ。
media-size-too-big = ファイルは{ $bytes }バイトで、このフィールドに入る上限（4 GiB）を超えています
# $kib: アプリが読み込んだファイルの量（KiB）。
media-dimensions-not-found = アプリが読み込んだ画像データ{ $kib } KiBの中に見つかりませんでした。ピクセル単位で入力してください
media-dimensions-unreadable = 画像のヘッダーを読み込めませんでした（破損しているか、アプリが知らない形式です）。ピクセル単位で入力してください
# $format: ファイル形式（例：AMR、WEBM）。
media-duration-unsupported = アプリは{ $format }ファイルの長さを読み込めません。秒単位で入力してください
media-duration-not-found = アプリが読み込んだファイルデータ{ $kib } KiBの中に長さが見つかりませんでした。秒単位で入力してください
media-duration-unreadable = ファイルのヘッダーを読み込めませんでした（破損しているか、アプリが知らない形式です）。長さを秒単位で入力してください
media-duration-zero = ファイルに長さが0と記録されています（ライブストリームまたはフラグメント化されたMP4かもしれません）。秒単位で入力してください
media-file-name-unknown = アドレスにもサーバーの応答にもファイル名がありません。拡張子付きの名前を入力してください（例：report.pdf）

## コマンドが失敗した理由を、プロデューサーの言語で伝えられる場合に使います（システムからの英語の詳細は bdesk とログに残ります）。

# システムのキーチェーン（LinuxのSecret Service、macOSのキーチェーン、Windowsの資格情報マネージャー）がありません。
# $platform: linux、macos、windows または other。
keychain-unavailable = { $platform ->
        [linux] 実行中のキーチェーンサービスがありません。gnome-keyringまたはKWalletのSecret Serviceをインストールして起動し、既定の（ログイン）キーリングがあることを確認してください。
       *[other] このユーザーセッションではシステムのキーチェーンを使用できません。
    }
keychain-locked = システムのキーチェーンがロックされています。ロックを解除してから再試行してください。
keychain-denied = システムのキーチェーンへのアクセスが拒否されました。システムに尋ねられたらBroadcast Deskを許可してから再試行してください。
keychain-platform = システムのキーチェーンでエラーが発生しました。再試行し、解決しない場合はキーチェーンサービスを再起動してください。
# $profile: プロファイルの名前。
error-missing-key = プロファイル「{ $profile }」に秘密鍵が保存されていません。プロファイルでChatコンソールの鍵を入力してください。
error-profile-not-found = このプロファイルはもう存在しません。別のウィンドウまたはbdeskで削除された可能性があります。
error-send-cancelled = ブロードキャストは送信前に取り消されました。送信されていません。
error-scheduler-busy = このデータフォルダーの予約送信はすでに{ $who ->
        [app] Broadcast Desk アプリ
       *[other] bdesk run-scheduler
    }が実行しています（プロセス { $pid }）。実行できるのは1つだけです。
error-scheduler-busy-unknown = このデータフォルダーの予約送信はすでに別のプロセスが実行しています。実行できるのは1つだけです。
error-schedule-changed = 編集中の { $when } に送信が始まったため、変更は保存されませんでした。送信された内容を確認してから、もう一度編集してください。
error-schedule-not-editable = もう編集できません。{ $status ->
        [cancelled] 取り消されています。
        [done] 送るものが残っていません。
       *[other] 現在の状態: { $status }。
    }
error-schedule-not-held = もう判断を待っていません。{ $state ->
        [skipped] スキップされました。
        [sent] 送信されました。
        [notSent] 送信しましたが受け付けられませんでした。送信履歴を確認してください。
        [unknown] 送信しましたが結果が不明です。送信履歴を確認してください。
       *[other] 送信中です。
    }
error-not-queued = もう取り消せません。{ $delivery ->
        [sending] すでに送信の試行が出ており、視聴者の画面に表示されている可能性があります。
        [sent] すでに送信されています。
        [unknown] 結果が不明です。代わりに扱いを決めてください。
       *[other] すでに終了しています。
    }
