# ウィンドウの外でアプリが表示するテキスト：トレイのメニュー、終了前の確認、予約送信の結果の OS 通知。
# Rust がウィンドウと同じ言語で表示します（src-tauri/shell/src/background/texts.rs）。

## トレイアイコンとメニュー

tray-tooltip = Broadcast Desk
tray-next = 次：{ $label }、{ $time }（{ $countdown }）
tray-nothing = 予約された送信はありません
tray-no-label = 予約されたブロードキャスト
tray-countdown-now = まもなく送信
tray-countdown-minutes = { $minutes } 分後
tray-countdown-hours = { $hours } 時間 { $minutes } 分後
tray-countdown-days = { $days } 日後
tray-open = Broadcast Desk を開く
tray-emergency = 緊急…
tray-quit = 終了

## 予約送信が残っているときの終了

quit-title = Broadcast Desk を終了しますか？
quit-message = まだ送信されていない予約項目が { $count } 件あります。次の送信は { $time }：{ $label }。Broadcast Desk を閉じている間は何も送信されません。再び起動すると、逃した送信はそれぞれの「送信を逃したとき」の設定に従います。
quit-confirm = 終了する
quit-keep = 実行を続ける

## 予約があるときにウィンドウを閉じる

closed-title = Broadcast Desk は実行中です
closed-body = まだ送信されていない予約項目が { $count } 件あります。トレイアイコンから、または Broadcast Desk をもう一度起動するとウィンドウを開けます。

## 予約送信の結果の通知

notify-sent-title = 送信済み：{ $label }
notify-sent-body = { $time } の予定、{ $profile } で送信しました（MsgSeq { $msgseq }）。
notify-not-sent-title = 未送信：{ $label }
notify-not-sent-body = { $reason } { $time } の予定、{ $profile }。
notify-unknown-title = 結果不明：{ $label }
notify-unknown-body = 視聴者に届いたかどうか分かりません。履歴で確認して判断してください：配信済みにするか、もう一度送信します。
notify-skipped-title = スキップ：{ $label }
notify-skipped-body = { $reason } { $time } の予定でした。
notify-held-title = 判断待ち：{ $label }
notify-held-body = 予定時刻（{ $time }）を過ぎました。Broadcast Desk を開いて今すぐ送信するかスキップしてください。

## 予約送信がスキップされた、または送信されなかった理由

notify-skip-too-late = { $late } 遅れ、「送信を逃したとき」の設定が許す { $max } を超えました。
notify-skip-policy = { $late } 遅れ、「送信を逃したとき」の設定により遅れた送信はスキップされます。
notify-skip-producer = あなたがスキップしました。
notify-skip-profile-gone = プロファイルが削除されました。
notify-skip-no-key = プロファイルに秘密鍵が保存されていません。
notify-skip-keychain = キーチェーンからプロファイルの鍵を取得できませんでした。
notify-skip-invalid-message = メッセージがルールを満たさなくなりました。
notify-skip-failed = 送信のために記録できませんでした：{ $message }
notify-not-sent-unexplained = Tencent が受け付けませんでした。履歴にすべての試行が表示されます。

## 時間

duration-seconds = { $seconds } 秒
duration-minutes = { $minutes } 分
duration-hours = { $hours } 時間 { $minutes } 分
