# 창 밖에서 앱이 보여 주는 텍스트: 트레이 메뉴, 종료 전 확인, 예약 발송 결과의 OS 알림.
# Rust가 창과 같은 언어로 렌더링합니다(src-tauri/shell/src/background/texts.rs).

## 트레이 아이콘과 메뉴

tray-tooltip = Broadcast Desk
tray-next = 다음: { $label }, { $time } ({ $countdown })
tray-nothing = 예약된 발송 없음
tray-no-label = 예약된 브로드캐스트
tray-countdown-now = 지금 발송
tray-countdown-minutes = { $minutes }분 후
tray-countdown-hours = { $hours }시간 { $minutes }분 후
tray-countdown-days = { $days }일 후
tray-open = Broadcast Desk 열기
tray-emergency = 긴급…
tray-quit = 종료

## 예약 발송이 남아 있을 때 종료

quit-title = Broadcast Desk를 종료할까요?
quit-message = 아직 보내지 않은 예약 항목이 { $count }개 있습니다. 다음 발송은 { $time }: { $label }. Broadcast Desk가 닫혀 있는 동안에는 아무것도 발송되지 않으며, 다시 시작하면 놓친 발송은 각 항목의 놓친 발송 정책을 따릅니다.
quit-confirm = 그래도 종료
quit-keep = 계속 실행

## 예약 중에 창을 닫을 때

closed-title = Broadcast Desk가 계속 실행 중입니다
closed-body = 아직 보내지 않은 예약 항목이 { $count }개 있습니다. 트레이 아이콘에서 또는 Broadcast Desk를 다시 실행해 창을 열 수 있습니다.

## 예약 발송 결과 알림

notify-sent-title = 발송됨: { $label }
notify-sent-body = { $time } 예정, { $profile }(으)로 발송 (MsgSeq { $msgseq }).
notify-not-sent-title = 발송되지 않음: { $label }
notify-not-sent-body = { $reason } { $time } 예정, { $profile }.
notify-unknown-title = 결과 알 수 없음: { $label }
notify-unknown-body = 시청자에게 전달되었는지 알 수 없습니다. 기록에서 확인하고 결정하세요: 전달됨으로 표시하거나 다시 보내세요.
notify-skipped-title = 건너뜀: { $label }
notify-skipped-body = { $reason } { $time } 예정이었습니다.
notify-held-title = 결정 필요: { $label }
notify-held-body = 예정 시각({ $time })을 놓쳤습니다. Broadcast Desk를 열어 지금 보내거나 건너뛰세요.

## 예약 발송을 건너뛰었거나 보내지 못한 이유

notify-skip-too-late = { $late } 늦어서 놓친 발송 정책이 허용하는 { $max }를 넘었습니다.
notify-skip-policy = { $late } 늦었고, 놓친 발송 정책이 늦은 발송을 건너뜁니다.
notify-skip-producer = 직접 건너뛰었습니다.
notify-skip-profile-gone = 프로필이 삭제되었습니다.
notify-skip-no-key = 프로필에 저장된 비밀 키가 없습니다.
notify-skip-keychain = 키체인에서 프로필의 키를 가져올 수 없습니다.
notify-skip-invalid-message = 메시지가 더 이상 규칙을 통과하지 못합니다.
notify-skip-failed = 발송을 위해 기록할 수 없었습니다: { $message }
notify-not-sent-unexplained = Tencent가 받아들이지 않았습니다. 기록에서 모든 시도를 볼 수 있습니다.

## 시간

duration-seconds = { $seconds }초
duration-minutes = { $minutes }분
duration-hours = { $hours }시간 { $minutes }분
