# 应用在窗口之外显示的文字：托盘菜单、退出前的确认，以及定时发送结果的系统通知。
# 由 Rust 以窗口当前的语言渲染（src-tauri/shell/src/background/texts.rs）。

## 托盘图标及其菜单

tray-tooltip = Broadcast Desk
tray-next = 下一条：{ $label }，{ $time }（{ $countdown }）
tray-nothing = 没有定时发送
tray-no-label = 一条定时广播
tray-countdown-now = 即将发送
tray-countdown-minutes = { $minutes } 分钟后
tray-countdown-hours = { $hours } 小时 { $minutes } 分钟后
tray-countdown-days = { $days } 天后
tray-open = 打开 Broadcast Desk
tray-emergency = 紧急…
tray-quit = 退出

## 仍有定时发送时退出

quit-title = 要退出 Broadcast Desk 吗？
quit-message = 还有 { $count } 条定时项目尚未发送，下一条在 { $time }：{ $label }。Broadcast Desk 关闭期间不会发送任何内容；再次启动后，错过的发送将按各自的错过发送策略处理。
quit-confirm = 仍然退出
quit-keep = 继续运行

## 有定时发送时关闭窗口

closed-title = Broadcast Desk 仍在运行
closed-body = 还有 { $count } 条定时项目尚未发送。可从托盘图标或再次启动 Broadcast Desk 重新打开窗口。

## 定时发送结果的通知

notify-sent-title = 已发送：{ $label }
notify-sent-body = 计划于 { $time }，通过 { $profile } 发送（MsgSeq { $msgseq }）。
notify-not-sent-title = 未发送：{ $label }
notify-not-sent-body = { $reason } 计划于 { $time }，{ $profile }。
notify-unknown-title = 结果未知：{ $label }
notify-unknown-body = 无法确定观众是否收到。请在历史记录中查看并决定：标记为已送达，或重新发送。
notify-skipped-title = 已跳过：{ $label }
notify-skipped-body = { $reason } 原计划于 { $time }。
notify-held-title = 等待您决定：{ $label }
notify-held-body = 已错过计划时间（{ $time }）。打开 Broadcast Desk 立即发送或跳过。

## 定时发送被跳过或未发送的原因

notify-skip-too-late = 晚了 { $late }，超过了错过发送策略允许的 { $max }。
notify-skip-policy = 晚了 { $late }，而错过发送策略会跳过迟到的发送。
notify-skip-producer = 您已跳过。
notify-skip-profile-gone = 它的配置已被删除。
notify-skip-no-key = 它的配置没有保存密钥。
notify-skip-keychain = 无法从钥匙串获取该配置的密钥。
notify-skip-invalid-message = 它的消息已不再符合规则。
notify-skip-failed = 无法记录以便发送：{ $message }
notify-not-sent-unexplained = Tencent 未接受；历史记录列出了每次尝试。

## 时长

duration-seconds = { $seconds } 秒
duration-minutes = { $minutes } 分钟
duration-hours = { $hours } 小时 { $minutes } 分钟
