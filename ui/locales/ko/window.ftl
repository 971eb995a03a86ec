### Broadcast Desk — 창 자체의 텍스트, 한국어.
###
### Broadcast Desk는 Tencent Cloud Chat 앱의 모든 오디오/비디오 그룹에 메시지 하나(“방송 메시지”)를 한 번에
### 보내는 라이브 방송 프로듀서용 데스크톱 앱입니다. 읽는 사람은 일하는 중인, 흔히 방송 도중인 프로듀서입니다.
### 문장은 짧고 쉽게 씁니다.
###
### 번역자 참고:
### - 원본은 en/window.ftl입니다. 이 파일은 원본과 메시지 ID 및 속성이 정확히 같아야 합니다.
### - Tencent 제품명과 프로토콜 이름은 그대로 둡니다: Tencent Cloud Chat, Chat 콘솔, SDKAppID, UserSig,
###   MsgSeq, CloudCustomData, From_Account.
### - { $name }은 앱이 채우는 값입니다(각 메시지 위에 설명). 그대로 두되 문장에 맞는 위치로 옮깁니다.
###   주석에 “텍스트”라고 된 숫자는 이미 서식이 적용된 상태로 들어옵니다.
### - 한국어에는 복수형 구분이 없으므로 { $count -> … } 선택식에는 *[other]만 둡니다.
### - 변수 뒤에는 받침에 따라 바뀌는 조사(을/를, 이/가, 은/는, 으로/로)를 붙이지 않습니다. 값이 영어 이름일 수
###   있기 때문입니다. “에”, “에서”, “의”처럼 받침과 무관한 조사를 쓰거나 “프로필”, “계정” 같은 명사를 붙입니다.
### - 용어는 core.ftl과 같게 씁니다: 프로필, 리전, 비밀 키, 관리자 계정, 기본 발신자, 샌드박스, 에디션,
###   엔드포인트, 방송 메시지, 연결 테스트. “system keychain”은 “시스템 키체인”으로 씁니다.
### - Rust도 렌더링하는 메시지(Tencent의 설명, 프로필 필드 및 검사 메시지)는 이 파일이 아니라 core.ftl에 있습니다.

## 창 전체에서 쓰는 이름

-app-name = Broadcast Desk
-tencent-chat = Tencent Cloud Chat
-chat-console = Chat 콘솔

# 앱 이름. 사이드바 맨 위의 로고 옆과 정보 화면에 표시됩니다.
app-name = { -app-name }

## 틀: 사이드바, 헤더, 각 화면의 제목

# 화면 이름: 사이드바 항목이자 화면 맨 위의 제목.
view-compose = 작성
view-scheduled = 예약
view-history = 기록
view-profiles = 프로필
view-sandbox = 샌드박스
view-about = 정보
# 첫 프로필이 생기기 전까지 어느 화면에서든 헤더에 표시되는 제목.
view-welcome = 시작하기

# 사이드바 항목의 툴팁. $view: 화면 이름(위). $shortcut: 키보드 단축키 텍스트(예: "Ctrl+1", "⌘1").
nav-item-tooltip = { $view } ({ $shortcut })

# 사이드바 내비게이션. 화면 낭독기가 읽는 이름.
nav-main =
    .aria-label = 주 메뉴

# 프로필을 읽지 못했을 때 모든 화면 위에 표시되는 배너. $error: 원인(앱이 만든 문장).
app-profiles-error = 프로필을 읽지 못했습니다: { $error }
# 그 배너의 버튼: 프로필을 다시 읽습니다.
app-try-again = 다시 시도

# 헤더의 언어 선택 메뉴(지구본 아이콘과 각 언어 고유의 이름으로 된 언어 목록).
language-picker =
    .title = 언어
    .aria-label = 언어

## 헤더: 다음 방송 메시지를 보낼 프로필(“프로필” = 프로듀서가 메시지를 보내는 Chat 앱 하나)

# 헤더의 프로필 이름 위에 있는 작은 캡션.
header-sending-to = 전송 대상
# 프로필이 없거나 선택되지 않았을 때 프로필 이름 대신 표시.
header-no-profile = 프로필 없음
# 프로필은 있지만 선택되지 않았을 때 “프로필 없음” 옆의 링크: 프로필 화면을 엽니다.
header-choose = 선택
# 프로필이 아직 없을 때 “프로필 없음” 옆의 링크: 첫 프로필 양식을 엽니다.
header-set-up = 설정하기
# 헤더의 프로필을 누르면 열리는 메뉴. 화면 낭독기가 읽는 이름.
header-profile-menu =
    .aria-label = 프로필 전환
# 그 메뉴 맨 위, 프로필 목록 위의 캡션.
header-send-through = 보낼 프로필
# 그 메뉴에서 샌드박스 이름 뒤에 붙는 작은 표시.
header-menu-sandbox = 샌드박스
# 그 메뉴의 마지막 항목: 프로필 화면을 엽니다.
header-manage-profiles = 프로필 관리…

## 시작 패널(첫 프로필이 생길 때까지 표시)

welcome-title = { -app-name }에 오신 것을 환영합니다
welcome-lead = { -tencent-chat } 앱의 모든 오디오/비디오 그룹에 메시지 하나를 한 번에 보냅니다. 지금 바로, 또는 방송에 필요한 바로 그 순간에.
# 첫 번째 선택지: 샌드박스. 앱 안에서 실행되는, Tencent 서버를 대신하는 모의 서버입니다.
welcome-sandbox-title = 샌드박스 사용해 보기
welcome-sandbox-text = Tencent 계정이 없어도 됩니다. Tencent를 대신하는 모의 서버가 이 컴퓨터에서만 실행됩니다. 테스트 방송 메시지를 보내고 시청자가 받게 될 내용을 그대로 확인하세요.
# 두 번째 선택지: 프로듀서의 Chat 앱.
welcome-set-up-title = 내 Chat 앱 설정
welcome-set-up-text = 앱의 리전, SDKAppID, 관리자 계정, 비밀 키를 입력합니다. 키는 파일이 아닌 시스템 키체인에만 보관됩니다.
# 샌드박스를 열지 못했을 때 표시. $error: 원인(앱이 만든 문장).
welcome-sandbox-error = 샌드박스를 열지 못했습니다: { $error }

## 작성, 예약(예약은 아직 개발 중인 기능: 앞으로 무엇이 표시될지 안내)

compose-no-profile-title = 작성을 시작하려면 프로필을 추가하세요
compose-no-profile-body = 방송 메시지는 { -tencent-chat } 앱 하나의 모든 오디오/비디오 그룹으로 전송됩니다. 먼저 { -app-name }에 어느 앱인지 알려 주세요: 리전, SDKAppID, 관리자 계정.
# 버튼: 프로필 화면을 엽니다.
compose-go-to-profiles = 프로필로 이동

scheduled-empty-title = 예약된 항목 없음
scheduled-empty-body = 방송 전에 예약해 둔 공지가 전송 예정 시각과 함께 여기에 표시됩니다.

## 작성 화면(프로듀서가 방송 메시지를 쓰는 곳: 요소, 입력하는 동안의 검사, 미리 보기, 템플릿, 보내기).
## “요소”는 메시지를 이루는 한 부분입니다: 텍스트, 이미지, 사용자 정의 데이터 등.

compose-tabs =
    .aria-label = 메시지 편집 방식
compose-tab-form = 양식
compose-tab-json = JSON 원문
compose-templates = 템플릿…
compose-save-template = 템플릿으로 저장…
compose-save-template-invalid = 먼저 메시지의 문제를 고치세요. 템플릿은 보낼 수 있는 메시지여야 합니다.
# 메시지 위의 버튼: 이 메시지로 예약 양식을 엽니다.
compose-schedule = 예약…
compose-schedule-invalid = 먼저 메시지의 문제를 고치세요. 보낼 수 있는 메시지만 예약할 수 있습니다.

compose-sender = 발신자
compose-sender-hint = 시청자에게 방송 메시지를 보낸 사람으로 표시되는 계정입니다.
# $account: 프로필의 기본 발신자 계정 ID.
compose-sender-default = { $account }(프로필의 기본 발신자)
# $account: 프로필의 관리자 계정 ID.
compose-sender-admin = { $account }(관리자 계정)
compose-sender-other = 다른 계정…
compose-sender-account = 발신자 계정 ID
compose-sender-checking = Tencent에 확인하는 중…
# $account: 입력한 계정 ID.
compose-sender-exists = 이 앱에 { $account } 계정이 있습니다.
# $account: 입력한 계정 ID.
compose-sender-missing = 이 앱에 { $account } 계정이 없어 Tencent가 방송 메시지를 거부합니다. { -chat-console }에서 계정을 가져오거나 다른 발신자를 선택하세요.
# $problem: 문제, $remedy: 해결 방법(앱이 만든 문장).
compose-sender-unchecked = 계정을 확인하지 못했습니다: { $problem } { $remedy }
# $error: 원인(앱이 만든 문장).
compose-sender-check-failed = 계정을 확인하지 못했습니다: { $error }

compose-elements =
    .aria-label = 메시지의 요소
# $position: 메시지 안에서의 순서(1, 2, …).
compose-element-position = #{ $position }
compose-type-text = 텍스트
compose-type-custom = 사용자 정의
compose-type-face = 이모티콘
compose-type-location = 위치
compose-type-image = 이미지
compose-type-sound = 음성
compose-type-file = 파일
compose-type-video = 동영상
# .aria-label의 $type: 요소 종류, $position: 순서, $count: 요소 수.
compose-move-up =
    .title = 위로 이동(Alt+↑)
    .aria-label = { $type } 요소({ $count }개 중 { $position }번째) 위로 이동
compose-move-down =
    .title = 아래로 이동(Alt+↓)
    .aria-label = { $type } 요소({ $count }개 중 { $position }번째) 아래로 이동
compose-remove =
    .title = 삭제
    .aria-label = { $type } 요소({ $count }개 중 { $position }번째) 삭제
compose-more-fields = 추가 필드
compose-add = 요소 추가
compose-add-menu =
    .aria-label = 요소 종류
# $type: 요소 종류.
compose-announce-added = { $type } 요소를 끝에 추가했습니다.
# $type: 요소 종류, $position: 새 위치, $count: 요소 수.
compose-announce-moved = { $type } 요소를 { $count }개 중 { $position }번째로 옮겼습니다.
# $type: 요소 종류.
compose-announce-removed = { $type } 요소를 삭제했습니다.

compose-field-text = 텍스트
compose-field-custom-data = 데이터
compose-hint-custom-data = 시청자 앱이 읽는 데이터입니다(주로 JSON). 메시지 하나에 사용자 정의 요소는 하나만 넣을 수 있습니다.
compose-field-custom-desc = 설명
compose-hint-custom-desc = 오프라인 푸시 알림에 표시됩니다.
compose-field-custom-ext = 확장 필드
compose-field-custom-sound = 푸시 알림음
compose-field-face-index = 이모티콘 번호
# $min, $max: 허용되는 가장 작은 수와 가장 큰 수(텍스트).
compose-hint-face-index = { $min }부터 { $max }까지의 정수: 앱 이모티콘 세트에서의 번호입니다.
compose-field-face-data = 데이터
compose-field-location-desc = 장소
compose-field-latitude = 위도
compose-field-longitude = 경도
# $max: 0을 기준으로 양쪽의 최대 각도.
compose-hint-degrees = 단위는 도이며 -{ $max }부터 { $max }까지입니다.
compose-field-image-url = 이미지 URL
compose-field-image-sizes = 크기
compose-hint-image-sizes = 원본, 큰 이미지, 썸네일을 각각 한 번씩만 넣을 수 있습니다. 원본 하나로도 충분합니다.
# $position: 목록에서의 순서(1, 2, …).
compose-image-size-entry = 크기 { $position }
compose-image-size-add = 크기 추가
compose-image-size-remove = 이 크기 삭제
compose-field-image-size = 종류
compose-field-image-format = 형식
# $name: 형식(JPG, PNG 등), $value: Tencent의 번호.
compose-image-format = { $name }({ $value })
# $value: Tencent의 번호.
compose-image-format-other = 기타({ $value })
# $name: 크기(원본, 큰 이미지, 썸네일), $value: Tencent의 번호.
compose-image-size = { $name }({ $value })
compose-choose = 선택…
compose-field-url = URL
compose-field-size = 파일 크기(바이트)
compose-field-width = 너비(픽셀)
compose-field-height = 높이(픽셀)
compose-field-uuid = ID(UUID)
compose-hint-uuid = 시청자 앱이 이 값으로 파일을 캐시합니다. 선택 사항입니다.
compose-hint-image-uuid = 시청자 앱이 이 값으로 이미지를 캐시합니다. URL에서 채우기를 누르면 주소로부터 만들어집니다.
compose-field-sound-url = 음성 URL
compose-field-seconds = 길이(초)
compose-field-file-url = 파일 URL
compose-field-file-name = 파일 이름
compose-hint-file-name = 확장자까지 씁니다. 예: report.pdf
compose-field-video-url = 동영상 URL
compose-field-video-format = 동영상 형식
compose-hint-video-format = 예: mp4
compose-field-thumb-url = 썸네일 URL
compose-field-thumb-size = 썸네일 파일 크기(바이트)
compose-field-thumb-width = 썸네일 너비(픽셀)
compose-field-thumb-height = 썸네일 높이(픽셀)
compose-field-thumb-format = 썸네일 형식
compose-hint-thumb-format = 예: JPG
compose-field-download-flag = 다운로드 플래그
# $flag: Tencent가 받는 유일한 값(숫자).
compose-hint-download-flag = 항상 { $flag }: 시청자 앱이 URL에서 파일을 내려받습니다.
# $seconds: 파일을 읽는 데 걸릴 수 있는 최대 시간(초).
compose-hint-media-url = 시청자 앱이 파일을 내려받는 주소입니다. URL에서 채우기는 파일의 앞부분을 읽어(최대 { $seconds }초) 알아낸 값을 채웁니다. 아무것도 업로드하지 않습니다.
compose-hint-media-url-plain = 시청자 앱이 파일을 내려받는 주소입니다. URL에서 채우기는 파일의 앞부분을 읽어 알아낸 값을 채웁니다. 아무것도 업로드하지 않습니다.
compose-cloud-custom-data = 클라우드 사용자 정의 데이터
compose-hint-cloud-custom-data = 메시지와 함께 저장되고 전달되는 앱용 데이터입니다. 크기 제한에 포함됩니다.

compose-probe = URL에서 채우기
compose-probe-busy = 읽는 중…
# $fields: 채운 필드의 Tencent 이름 목록(예: UUID, ImageFormat, Size).
compose-probe-filled = 파일에서 { $fields } 필드를 채웠습니다.
# $fields: 채운 필드 목록.
compose-probe-partly = 파일에서 { $fields } 필드를 채웠습니다. 알아내지 못한 값은 해당 필드 옆에 적어 두었습니다.
compose-probe-nothing = 이 주소에서 채울 수 있는 값이 없습니다. 필드 옆의 안내를 확인하세요.
# $error: 원인(앱이 만든 문장).
compose-probe-failed = 주소를 읽지 못했습니다: { $error }

compose-raw-label = JSON 형식의 메시지
compose-raw-hint = Tencent가 받는 본문이며 Random은 없습니다(보낼 때마다 새로 정해짐). 여기에 붙여 넣은 내용은 양식에 표시됩니다.
compose-raw-fits = 양식에서 모두 표시할 수 있습니다.
# $paths: JSON 안의 위치 목록(예: MsgBody[0].MsgContent.Foo).
compose-raw-unshown = 양식에서 { $paths } 부분을 표시할 수 없으므로, 이 텍스트 그대로 검사하고 저장하고 보냅니다.
# $error: 원인(앱이 만든 문장).
compose-raw-not-json = 아직 JSON이 아닙니다: { $error }
# $count: 문제 수.
compose-raw-problems = 문제 { $count }개
compose-path-whole = 메시지 전체
# $paths: 위치 목록.
compose-raw-notice = 양식에서 { $paths } 부분을 표시할 수 없으므로, JSON 원문 그대로 검사하고 저장하고 보냅니다.
compose-raw-notice-not-json = JSON 원문에 JSON이 아닌 텍스트가 있어 표시하거나 보낼 수 없습니다.
compose-raw-notice-checking = 양식에서 JSON 원문을 표시할 수 있는지 확인하는 중…
compose-raw-edit = JSON 원문 편집
compose-raw-drop = 해당 부분을 지우고 양식 사용
compose-raw-discard = JSON 원문 버리기

compose-size-label = 메시지 크기
# $bytes: 메시지 크기, $limit: Tencent의 제한(둘 다 바이트, 텍스트).
compose-bytes = { $bytes } / { $limit }바이트
compose-bytes-near = Tencent의 제한에 가깝습니다
# $over: 초과한 바이트 수(텍스트).
compose-bytes-over = Tencent의 제한보다 { $over }바이트 많습니다
compose-send = 보내기…
compose-shortcut-ctrl = Ctrl+Enter
compose-checking = 검사하는 중…
compose-why-not-json = JSON 원문이 JSON이 아니어서 보낼 수 없습니다.
# $count: 메시지의 문제 수.
compose-why-invalid = 보내려면 위에 표시된 문제 { $count }개를 고치세요.
# $profile: 보낼 프로필의 이름.
compose-ready = 준비되었습니다. 보내기를 누르면 { $profile } 프로필로 보내기 전에 한 번 더 확인합니다.
compose-ready-sandbox = 준비되었습니다. 샌드박스로 보내므로 실제 시청자에게는 보이지 않습니다.
# $error: 원인(앱이 만든 문장).
compose-draft-not-saved = 다음 실행을 위해 이 메시지를 보관하지 못했습니다: { $error }

compose-preview-title = 미리 보기
compose-audience = 받는 사람: 보내는 순간 오디오/비디오 그룹에 접속해 있는 멤버. 오디오/비디오 그룹은 기본적으로 메시지 기록을 저장하지 않으므로 나중에 들어온 시청자는 볼 수 없습니다.
compose-audience-sdk = 방송 메시지를 받으려면 시청자 앱이 Chat SDK { $native } 이상(강화판) 또는 Web SDK { $web } 이상이어야 합니다.
compose-preview-waiting = 메시지에 문제가 없으면 미리 보기가 표시됩니다.
compose-preview-failed = 이 메시지는 미리 볼 수 없습니다. 양식과 보내기에는 영향이 없습니다.
compose-request-title = 요청
# $query: 요청의 쿼리 문자열(UserSig는 표시하지 않음).
compose-request-query = 쿼리: { $query }(UserSig는 보낼 때 추가됨)
# $bytes: 본문 크기(텍스트).
compose-request-body = 정확한 본문({ $bytes }바이트)
compose-request-random = 여기의 Random은 예시입니다. 보낼 때마다 새로 정해집니다.
# $error: 원인(앱이 만든 문장).
compose-request-error = 요청을 만들지 못했습니다: { $error }

compose-confirm-title = 이 방송 메시지를 보낼까요?
# $profile: 색과 이름으로 표시되는 프로필.
compose-confirm-to = { $profile } 프로필의 모든 오디오/비디오 그룹으로 보냅니다.
compose-confirm-where = 서버
# $region: 리전 이름, $host: 서버 호스트 이름.
compose-confirm-region = { $region } · { $host }
compose-confirm-from = 발신자
compose-confirm-elements = 요소
compose-confirm-size = 크기
compose-confirm-sandbox = 샌드박스입니다. 앱 안의 Tencent 모의 서버가 받으며 실제 시청자에게는 보이지 않습니다.
compose-confirm-live = 이 그룹에 접속해 있는 시청자에게 바로 표시되며 되돌릴 수 없습니다.
compose-confirm-send = 방송 메시지 보내기

# $name: 템플릿 이름.
compose-replace-title = 메시지를 “{ $name }” 템플릿으로 바꿀까요?
compose-replace-body = 작성 중인 메시지가 템플릿의 메시지로 바뀝니다.
compose-replace-confirm = 바꾸기

## 템플릿(이름을 붙여 저장해 두고 다시 쓰는 메시지)

templates-title = 템플릿
templates-empty = 아직 템플릿이 없습니다. 메시지를 작성한 뒤 템플릿으로 저장을 선택하세요.
# $error: 원인(앱이 만든 문장).
templates-read-error = 템플릿을 읽지 못했습니다: { $error }
templates-close = 닫기
templates-use = 사용
templates-rename = 이름 변경…
templates-duplicate = 복제…
templates-delete = 삭제…
templates-emergency = 긴급
templates-emergency-badge = 긴급
templates-emergency-hint = 긴급 패널에 표시됩니다.
templates-name = 이름
templates-rename-save = 이름 변경
templates-duplicate-save = 복제
# $name: 템플릿 이름.
templates-copy-name = { $name } 사본
# $name: 템플릿 이름.
templates-delete-title = “{ $name }” 템플릿을 삭제할까요?
templates-delete-body = 템플릿이 삭제됩니다. 이 템플릿으로 이미 보낸 방송 메시지는 기록에 남습니다.
templates-delete-confirm = 템플릿 삭제
templates-save-title = 템플릿으로 저장
templates-save = 템플릿 저장
# $name: 템플릿 이름.
templates-saved = “{ $name }” 이름으로 저장했습니다.
templates-done = 완료
templates-message-refused = 이 메시지는 템플릿으로 저장할 수 없습니다:

## 프로필 화면(프로필 하나 = Chat 앱 하나, 프로필마다 색상으로 구분)

profiles-intro = 프로필 하나가 Chat 앱 하나입니다. 전송 대상이 표시되는 모든 곳에 프로필 색상이 나타나므로 운영 앱을 테스트 앱으로 착각할 일이 없습니다.
# 버튼: 기본 제공 샌드박스 프로필을 추가하고 샌드박스 화면을 엽니다.
profiles-try-sandbox = 샌드박스 사용해 보기
# 버튼: 새 프로필 양식을 엽니다. 새 프로필 양식의 저장 버튼이기도 합니다.
profiles-add = 프로필 추가
# 현재 방송 메시지를 보내는 프로필의 이름 옆 배지.
profiles-in-use = 사용 중
# 각 프로필의 버튼.
profiles-use = 사용
profiles-edit = 편집
profiles-duplicate = 복제
profiles-delete = 삭제
# 프로필 정보의 레이블: 요청이 전송되는 곳(Tencent 리전 또는 엔드포인트 URL).
profiles-region = 리전
profiles-endpoint = 엔드포인트
# 샌드박스의 “위치”: 앱 안에서 실행됩니다.
profiles-this-computer = 이 컴퓨터
profiles-sdkappid = SDKAppID
# 요청에 서명하는 관리자 계정.
profiles-admin = 관리자
profiles-edition = 에디션
# 화면 낭독기가 키 상태 앞에 읽는 텍스트(예: "비밀 키: macOS Keychain에 키 저장됨").
profiles-key-label = 비밀 키:
# “저장된 키 없음” 옆의 링크: 프로필 양식을 키 입력란에서 엽니다.
profiles-add-key = 키 추가

# 프로필을 삭제하기 전에 묻는 대화 상자의 제목. $name: 프로필 이름.
profiles-delete-title = ‘{ $name }’ 프로필을 삭제할까요?
# 그 대화 상자의 삭제 버튼.
profiles-delete-confirm = 프로필 삭제
# 샌드박스일 때의 대화 상자 본문. $name: 프로필 이름(굵게 표시).
profiles-delete-body-sandbox = { $name } 프로필이 { -app-name }에서 삭제됩니다. 샌드박스에는 삭제할 키가 없으며, 언제든 다시 열 수 있습니다.
# 키가 있는 프로필일 때의 대화 상자 본문. $name: 프로필 이름(굵게 표시). $keychain: 시스템 키체인의 이름
# (예: "macOS Keychain", "Windows Credential Manager", "Secret Service").
profiles-delete-body-key-stored = { $name } 프로필이 { -app-name }에서 삭제됩니다. 이 프로필의 비밀 키도 { $keychain }에서 삭제됩니다.
# 키가 저장되어 있는지 알 수 없는 프로필일 때의 대화 상자 본문. $name, $keychain: 위와 같음.
profiles-delete-body-key-maybe = { $name } 프로필이 { -app-name }에서 삭제됩니다. 저장된 키가 있다면 { $keychain }에서도 삭제됩니다.
# 그 대화 상자의 경고. $count: 이 프로필로 보내려고 차례를 기다리는 방송 메시지 수.
profiles-delete-queued =
    { $count ->
       *[other] 이 프로필로 나가려고 기다리는 방송 메시지 { $count }건이 취소되어 전송되지 않습니다. 기록에는 남습니다.
    }
# 그 대화 상자. $count: 이 프로필로 보내는 예약 항목 수.
profiles-delete-scheduled =
    { $count ->
       *[other] 이 프로필로 보내는 예약 항목 { $count }건이 취소되어 더 이상 전송되지 않습니다. 예약 목록에는 취소됨으로 남습니다.
    }
# 그 대화 상자. $count: 지금 이 프로필로 전송 중인 방송 메시지 수.
profiles-delete-sending =
    { $count ->
       *[other] 지금 이 프로필로 전송 중인 방송 메시지 { $count }건은 그대로 끝까지 진행되며, 결과는 기록에 남습니다.
    }
# $error: 원인(앱이 만든 문장).
profiles-delete-usage-error = 이 프로필을 쓰는 방송 메시지를 확인하지 못했습니다: { $error }

## 프로필의 키 상태(키 자체는 표시하지 않음)

# $keychain: 시스템 키체인의 이름(예: "macOS Keychain", "Secret Service").
key-state-stored = { $keychain }에 키 저장됨
key-state-missing = 저장된 키 없음
# 샌드박스는 실행할 때마다 새로 만든 키로 서명합니다.
key-state-built-in = 기본 제공 키(샌드박스)
# Chat 콘솔의 키(16진수 64자)처럼 보이지 않는 키를 저장한 뒤 표시. $length: 저장한 키의 글자 수.
key-warning-wrong-length =
    { $length ->
       *[other] 저장했지만, { -chat-console }의 키는 16진수 64자인데 이 키는 { $length }자입니다. 키 전체를 복사했는지 확인하세요. ‘연결 테스트’로 확인할 수 있습니다.
    }
# 위와 같지만, 키가 64자이면서 0–9와 a–f 이외의 문자가 있을 때.
key-warning-not-hex = 저장했지만, { -chat-console }의 키는 16진수 64자인데 이 키에는 다른 문자가 섞여 있습니다. 키 전체를 복사했는지 확인하세요. ‘연결 테스트’로 확인할 수 있습니다.

## 에디션(Chat 에디션에 따라 방송 메시지 전송 속도가 정해짐. “초당 N건” = 초당 메시지 수)

# 프로필 양식의 에디션 목록 항목. Pro, Pro Plus, Enterprise는 Tencent의 에디션 이름입니다.
edition-option-pro = Pro — 초당 1건
edition-option-pro-plus = Pro Plus — 초당 5건
edition-option-enterprise = Enterprise — 초당 5건
edition-option-custom = 사용자 지정 속도 — 콘솔 설정값
# 프로필 목록에 표시되는 프로필의 에디션.
edition-summary-pro = Pro · 초당 1건
edition-summary-pro-plus = Pro Plus · 초당 5건
edition-summary-enterprise = Enterprise · 초당 5건
# $rate: Chat 콘솔이 이 앱에 허용하는 초당 방송 메시지 수.
edition-summary-custom = 사용자 지정 · 초당 { $rate }건

## Tencent 리전(Chat 앱이 있는 데이터 센터)

region-china = 중국
region-singapore = 싱가포르
region-seoul = 서울
region-tokyo = 도쿄
region-frankfurt = 프랑크푸르트
region-mumbai = 뭄바이
region-silicon-valley = 실리콘밸리
region-jakarta = 자카르타

## 연결 테스트(프로필의 설정과 키를 Tencent에 무해하게 확인)

# 버튼, 그리고 확인하는 동안 버튼에 표시되는 텍스트.
connection-test = 연결 테스트
connection-testing = 테스트 중…
# 확인 성공. $host(고정폭 글꼴로 표시): 응답한 서버. $ms: 왕복 시간(밀리초).
connection-ok-in = { $host }에 연결됨({ $ms }ms)
# 위와 같지만 왕복 시간을 모를 때. $host(고정폭 글꼴): 응답한 서버.
connection-ok = { $host }에 연결됨
# 응답에 호스트 이름이 없을 때 서버 이름 대신 표시.
connection-tencent = Tencent
# $account: 기본 발신자의 계정 ID(Tencent의 From_Account).
connection-default-sender-exists = 기본 발신자 ‘{ $account }’ 계정이 이 앱에 있습니다.
# 프로필에 아직 키가 없음.
connection-missing-key-title = 저장된 키 없음 — 먼저 키를 추가하세요
connection-missing-key-body = 비밀 키로 모든 요청에 서명합니다. { -chat-console }에서 복사하세요.
# 링크: 프로필의 키 입력란으로 커서를 옮깁니다.
connection-add-key = 키 추가하기
# 확인 자체를 실행하지 못함. 원인은 다음 줄에 표시됩니다.
connection-error-title = 연결을 테스트하지 못했습니다
# 확인에 실패했고 앱이 더 알려 줄 내용이 없음.
connection-failed = 연결 테스트에 실패했습니다.

# 확인이나 전송에 실패했을 때: Tencent 오류 코드. $code: 숫자 텍스트(자릿수 구분 기호 없음).
tencent-error-code = Tencent 오류 { $code }

# 응답이 어떤 종류의 문제였는지(실패한 확인에 붙는 작은 레이블).
error-class-ok = 정상
error-class-retry-later = Tencent 서버 혼잡 — 잠시 후 다시 시도하세요
# Tencent 서명(UserSig)이 만료됨.
error-class-resign = 서명 만료됨
error-class-config = 설정을 수정해야 합니다
error-class-message = 메시지를 수정해야 합니다
error-class-transport = 네트워크 문제

## 대화 상자와 양식 필드(모든 대화 상자와 양식에서 공통)

dialog-cancel = 취소
# 대화 상자 모서리의 × 버튼. 화면 낭독기가 읽는 이름.
dialog-close =
    .aria-label = 닫기
# 필드 레이블 뒤의 작은 태그.
field-optional = 선택 사항

## 프로필 양식(새 프로필과 프로필 편집 대화 상자)

form-title-new = 새 프로필
# $name: 프로필 이름.
form-title-edit = { $name } 편집
# 제목 아래의 부제.
form-subtitle-new = { -tencent-chat } 앱 하나의 위치, 서명 계정, 전송 속도를 정합니다.
form-subtitle-edit = 변경 사항은 다음 전송부터 적용됩니다.
form-subtitle-sandbox = 기본 제공 샌드박스
form-sandbox-notice = 샌드박스는 앱에 기본 제공됩니다. 서버가 이 컴퓨터에서 실행되고 실행할 때마다 새로 만든 키로 서명하므로 주소, SDKAppID, 키를 설정할 필요가 없습니다. 이름, 색상, 에디션, 기본 발신자는 자유롭게 바꿀 수 있습니다.

# 프로필 이름, 그리고 빈 입력란에 표시되는 예시.
form-name = 이름
    .placeholder = 예: 라이브 쇼 — 운영

form-colour = 색상
# $name: 앱 엔진이 주는 팔레트 색상 이름(영어). 알려진 이름은 모두 나열되어 있습니다.
colour-name =
    { $name ->
        [Red] 빨강
        [Orange] 주황
        [Amber] 호박색
        [Green] 초록
        [Teal] 청록
        [Blue] 파랑
        [Pink] 분홍
        [Slate] 청회색
       *[other] { $name }
    }
# 팔레트 뒤의 색상 선택기. $colour: 선택한 색상(#rrggbb).
form-colour-custom =
    .title = 사용자 지정 색상
    .aria-label = 사용자 지정 색상 { $colour }
# 사용자 지정 색상을 아직 고르지 않았을 때의 같은 선택기.
form-colour-pick =
    .aria-label = 사용자 지정 색상 선택

# 프로필의 요청이 전송되는 곳: Tencent 리전 중 하나, 또는 사용자 지정 URL(프록시나 에뮬레이터).
form-chat-server = Chat 서버
form-target-region = Tencent 리전
form-target-custom = 사용자 지정 엔드포인트
form-region = 리전
# 리전 목록 아래. $host: 서버의 호스트 이름(예: adminapisgp.im.qcloud.com).
form-region-hint = 요청이 { $host }에 전송됩니다
form-endpoint = 엔드포인트 URL
    .placeholder = https://
# 127.0.0.1은 이 컴퓨터입니다. 에뮬레이터는 테스트용으로 Tencent 서버를 대신하는 모의 서버입니다.
form-endpoint-hint = https://…, 또는 에뮬레이터용으로 127.0.0.1에 한해 http://
form-sdkappid = SDKAppID
    .placeholder = 1400000000
# 모든 요청에 서명하는 관리자 계정(Tencent의 “App 관리자” 계정 ID).
form-admin = 관리자 계정
form-edition = 에디션
form-edition-hint = 방송 메시지 전송 속도가 정해집니다.
# 사용자 지정 에디션: Chat 콘솔이 허용하는 초당 방송 메시지 수.
form-rate = 초당 방송 메시지 수
# $min, $max: 콘솔에서 설정할 수 있는 가장 낮은 속도와 가장 높은 속도.
form-rate-hint-range = { $min }~{ $max }, 콘솔에 설정된 값
form-rate-hint = 콘솔에 설정된 값
# 방송 메시지에 발신자가 지정되지 않았을 때 시청자에게 발신자로 보이는 계정.
form-default-sender = 기본 발신자
form-default-sender-hint = 메시지에 발신자가 지정되지 않았을 때 시청자에게 보이는 계정입니다. 비워 두면 관리자 계정이 사용됩니다.
# $accounts: 샌드박스의 계정 ID 목록(예: "sandbox_admin, host, moderator").
form-default-sender-hint-sandbox = 메시지에 발신자가 지정되지 않았을 때 시청자에게 보이는 계정입니다. 샌드박스 계정: { $accounts }.

# 요청에 서명하는 Chat 콘솔의 비밀 키. 시스템 키체인에만 저장됩니다.
# “Basic configuration”은 Chat 콘솔의 메뉴 이름입니다. 콘솔에서 찾을 수 있도록 영어를 그대로 두고 뜻을 덧붙입니다.
form-key = 비밀 키
form-key-hint-new = { -chat-console }의 ‘Basic configuration’(기본 설정)에서 복사하세요. 시스템 키체인에만 보관됩니다. 나중에 추가해도 됩니다.
form-key-input =
    .placeholder = 비밀 키 붙여넣기
# 키 입력란 아래. $keychain: 시스템 키체인의 이름(예: "macOS Keychain").
form-key-hint = { $keychain }에 바로 저장되며, { -app-name }에서는 다시 표시되지 않습니다.
# 앱이 키체인 이름을 알기 전에 그 이름 대신 표시.
form-key-system-keychain = 시스템 키체인
# 양식에 표시되는 키 상태. $keychain: 위와 같음.
form-key-stored = { $keychain }에 저장됨
form-key-built-in = 기본 제공
form-key-replace = 교체
form-key-remove = 삭제
form-key-save = 키 저장
# 키를 저장, 교체, 삭제한 뒤의 확인 메시지.
form-key-saved = 키를 저장했습니다.
form-key-replaced = 키를 교체했습니다.
form-key-removed = 키를 삭제했습니다.
# 키를 삭제하기 전에 묻는 대화 상자: 제목, 버튼, 본문.
form-key-remove-title = 키를 삭제할까요?
form-key-remove-confirm = 키 삭제
# $name: 프로필 이름(굵게 표시). $keychain: 시스템 키체인의 이름(예: "macOS Keychain").
form-key-remove-body = { $name } 프로필의 비밀 키가 { $keychain }에서 삭제됩니다. 키를 다시 추가할 때까지 이 프로필로는 메시지를 보내거나 연결을 테스트할 수 없습니다.

# 거의 바꾸지 않는 설정을 접어 둔 섹션.
form-advanced = 고급
# UserSig: Tencent가 모든 요청에 요구하는 서명. 앱이 키로 생성합니다.
form-lifetime = UserSig 유효 시간(분)
# $default, $min, $max: 말로 쓴 기간(예: "4시간", "30분", "7일").
form-lifetime-hint-range = { -app-name }가 생성하는 각 서명의 유효 시간입니다. 비워 두면 기본값({ $default })이 적용됩니다. 범위: { $min }~{ $max }.
form-lifetime-hint = { -app-name }가 생성하는 각 서명의 유효 시간입니다. 비워 두면 기본값이 적용됩니다.

form-connection = 연결
form-connection-hint = 저장된 설정과 키를 아무것도 바꾸지 않는 계정 조회로 확인합니다.
# 양식의 오류 배너에서, 양식에 입력란이 없는 설정의 문제를 표시.
# $field: 설정의 기술적 이름(예: "target"). $problem: 무엇이 잘못되었는지 설명하는 문장.
form-problem-elsewhere = { $field }: { $problem }
# 편집할 때의 저장 버튼(새 프로필의 저장 버튼은 “프로필 추가”).
form-save-changes = 변경 사항 저장

## 샌드박스 화면(앱 안에서 실행되는, Tencent 서버를 대신하는 모의 서버. 보낸 메시지는 아무도 보지 못함)

# 샌드박스 프로필 이름이 표시되는 모든 곳에서 이름 옆에 붙는 배지.
sandbox-badge = 샌드박스
# 화면 맨 위의 배너. $sandbox: 굵게 표시된 “샌드박스”라는 단어(화면 이름).
sandbox-banner = { $sandbox } — 메시지는 이 컴퓨터에서 실행되는 Tencent 모의 서버로 전송되며, 어떤 시청자에게도 보이지 않습니다.
sandbox-open-title = 샌드박스 열기
# ‘Sandbox’는 앱이 만드는 프로필의 실제 이름이므로 영어 그대로 둡니다.
sandbox-open-body = 기본 제공 ‘Sandbox’ 프로필을 추가하고 보낼 프로필로 지정합니다. Tencent 계정이 필요 없으며, 이 컴퓨터 밖으로는 아무것도 나가지 않습니다.
sandbox-open-button = 샌드박스 열기
sandbox-send-title = 테스트 방송 메시지 보내기
# $profile: 샌드박스 프로필(색상과 이름).
sandbox-send-through = { $profile } 프로필로 전송
sandbox-message = 메시지
# 메시지 입력란에 처음 들어 있는 예시 텍스트. 프로듀서가 바꿀 수 있습니다.
sandbox-example-message = 오늘 밤 방송에 오신 것을 환영합니다! 🎬
# 발신자의 계정 ID(Tencent의 From_Account).
sandbox-from = 발신자
sandbox-send = 보내기
sandbox-sending = 보내는 중…
sandbox-facts-title = 샌드박스 구성
sandbox-facts-address = 주소
sandbox-facts-accounts = 계정
# 샌드박스가 받은 방송 메시지 목록. 시청자에게 보이는 모습 그대로 표시됩니다.
sandbox-deliveries-title = 시청자 화면
# $count: 샌드박스가 받은 방송 메시지 수.
sandbox-deliveries-count =
    { $count ->
       *[other] 방송 메시지 { $count }건
    }
# $error: 원인(앱이 만든 문장).
sandbox-deliveries-error = 전달 내역을 읽지 못했습니다: { $error }
sandbox-deliveries-empty = 아직 전달된 메시지가 없습니다. 테스트 방송 메시지를 보내면 여기에 표시됩니다.
sandbox-deliveries =
    .aria-label = 전달 내역, 최신순
# 받은 방송 메시지의 시각 옆. $msgSeq: Tencent가 매긴 순번(텍스트).
sandbox-delivery-msg-seq = MsgSeq { $msgSeq }

## 방송 메시지의 결과. 창에서 보내는 모든 곳(샌드박스의 빠른 전송, 나중에는 작성 화면)과 기록 화면에 표시됩니다.
## 결과는 정확히 세 가지이며 절대 뒤섞이지 않습니다: 전송됨, 전송 안 됨, 결과 알 수 없음.

# 아웃박스에 기록되어 차례를 기다리는 중(앱은 에디션의 속도에 맞춰 간격을 두고 보냅니다).
send-result-queued = 대기 중
send-result-queued-place = { $ahead ->
    [0] 다음 차례입니다. 약 { $secs }초 후에 나갑니다.
   *[other] 앞에 { $ahead }건이 먼저 나갑니다. 이 메시지는 약 { $secs }초 후에 나갑니다.
}
send-result-queued-hint = 나가기 전까지는 취소할 수 있습니다.
# 버튼: 대기 중인 방송 메시지를 나가기 전에 취소합니다. 그리고 취소하는 동안 표시되는 문구.
send-result-cancel = 방송 메시지 취소
send-result-cancelling = 취소하는 중…
# Tencent가 방송 메시지를 받아들임. $msgSeq: Tencent가 매긴 순번(텍스트 또는 "—").
# $elapsedMs: 전송에 걸린 시간(밀리초).
send-result-sent = 전송됨 · MsgSeq { $msgSeq } · { $elapsedMs }ms
# 방송 메시지가 확실히 나가지 않음. 이유와 해결 방법이 다음 줄에 이어집니다.
send-result-not-sent = 전송 안 됨
# 프로듀서가(이 창, 다른 창 또는 bdesk에서) 나가기 전에 취소함.
send-result-cancelled = 전송 안 됨 — 취소됨
# 전송 시도가 Tencent에 도달했을 수 있지만 전달 여부를 알려 주는 응답이 없음. 프로듀서만 정할 수 있습니다.
send-result-unknown = 결과 알 수 없음
send-result-unknown-body = 전송 시도가 Tencent에 도달했을 수 있지만, 전달되었는지 알려 주는 응답이 없었습니다. 그룹을 확인한 뒤 결정하세요.

# 방송 메시지에 관한 사실의 이름표(결과를 알 수 없는 메시지, 기록 화면의 세부 정보).
fact-outcome = 결과
fact-msg-seq = MsgSeq
fact-profile = 프로필
# 보낸 서버(호스트 이름과 포트).
fact-target = 보낸 서버
fact-random = Random
# 어디에서 보냈는지: 이 창, 긴급 버튼, 예약 또는 bdesk.
fact-source = 보낸 곳
# 보낸 컴퓨터의 사용자 계정.
fact-os-user = 컴퓨터 사용자
# 아무것도 나가기 전, 아웃박스에 기록된 시각.
fact-written-down = 기록 시각
# 앱이 보낸 횟수(매번 같은 Random을 가진 같은 메시지).
fact-attempts = 시도 횟수
fact-first-attempt = 첫 시도
fact-last-error = 마지막 오류
fact-cancelled = 취소 시각
fact-ended = 종료 시각
# 다시 보낼 때 만들어진 새 방송 메시지의 ID.
fact-resent-as = 다시 보낸 메시지

# 결과를 알 수 없는 메시지에 대한 프로듀서의 두 가지 결정. 첫째: 그룹에 메시지가 도착해 있음.
outcome-mark-delivered = 전달됨으로 표시
# 둘째: 먼저 확인 대화 상자를 엽니다.
outcome-send-again = 다시 보내기…
outcome-send-again-title = 새 메시지로 다시 보낼까요?
outcome-send-again-body = 새 Random을 가진 새 메시지로 나가므로 Tencent가 중복으로 걸러 내지 않습니다. 처음 메시지가 실제로 도착했다면 시청자에게 같은 메시지가 두 번 보입니다.
outcome-send-again-confirm = 새 메시지로 보내기
# 결정한 뒤.
outcome-marked-delivered = 전달됨으로 표시했습니다.
outcome-sent-again = 새 메시지로 다시 보냈습니다.

# 프로듀서의 결정을 기다리는 결과가 있을 때 헤더에 표시되는 버튼. $count: 그 개수.
attention-button = 결정 필요 { $count }건
    .aria-label =
        { $count ->
           *[other] 결정이 필요한 방송 메시지 { $count }건
        }
# 그 버튼이 여는 목록.
attention-title = 결정할 결과
attention-intro = 아래 메시지는 모두 시청자에게 도달했을 수 있습니다. 그룹을 확인한 뒤 전달됨으로 표시하거나 다시 보내세요.
attention-empty = 더 결정할 항목이 없습니다.

# 방송 메시지의 상태를 나타내는 짧은 이름표(기록 화면의 목록과 결과 필터).
delivery-queued = 대기 중
# 전송 시도가 나갔고 아직 응답이 없음.
delivery-sending = 전송 중
delivery-sent = 전송됨
delivery-not-sent = 전송 안 됨
delivery-unknown = 결과 알 수 없음
# 나가기 전에 취소되어 전송되지 않음.
delivery-cancelled = 취소됨
# 결과를 알 수 없던 메시지에 대해 프로듀서가 결정한 뒤.
delivery-marked-delivered = 전달됨으로 표시
delivery-sent-again = 다시 보냄

# 방송 메시지를 보낸 곳.
source-window = 앱 창
source-emergency = 긴급
source-scheduled = 예약
# bdesk는 앱의 명령줄 도구입니다. 이름은 그대로 둡니다.
source-cli = bdesk

## 기록 화면(이 창, bdesk, 예약에서 보낸 모든 방송 메시지, 최신순)

history-empty-title = 아직 보낸 방송 메시지가 없습니다
history-empty-body = 보낸 방송 메시지는 모두 여기에 기록됩니다: 보낸 시각, 대상 앱, Tencent의 응답.
# 목록 위의 필터 줄. 화면 낭독기가 읽는 이름.
history-filters =
    .aria-label = 필터
history-filter-outcome = 결과
history-filter-profile = 프로필
history-all-outcomes = 모든 결과
history-all-profiles = 모든 프로필
# 필터에 맞는 항목이 없을 때.
history-no-match = 이 필터에 맞는 방송 메시지가 없습니다.
# $error: 원인(앱이 만든 문장).
history-error = 기록을 읽지 못했습니다: { $error }
history-list =
    .aria-label = 방송 메시지, 최신순
# 목록이 꽉 찼을 때 아래에 있는 버튼: 더 오래된 방송 메시지도 표시합니다.
history-more = 더 보기
# $count: 앱이 보낸 횟수.
history-attempts =
    { $count ->
       *[other] 시도 { $count }회
    }
# $msgSeq: Tencent가 매긴 순번(텍스트).
history-msg-seq = MsgSeq { $msgSeq }
# 방송 메시지의 세부 정보. 화면 낭독기가 읽는 이름. $time: 기록된 시각.
history-details =
    .aria-label = { $time } 방송 메시지의 세부 정보
history-details-loading = 불러오는 중…
# $error: 원인(앱이 만든 문장).
history-details-error = 세부 정보를 읽지 못했습니다: { $error }
history-attempts-title = 전송 시도
history-no-attempts = 이 컴퓨터에서 나간 시도가 없습니다.
history-body-title = 보낸 본문(JSON)
history-body =
    .aria-label = 보낸 그대로의 본문(JSON)
# 목록 위의 검색란과 그 안의 안내 문구.
history-search = 검색
history-search-field =
    .placeholder = 텍스트, Random, MsgSeq 또는 outbox ID
# 필터: 방송 메시지를 보낸 곳(이 창, 긴급 버튼, 예약, bdesk).
history-filter-source = 보낸 곳
history-all-sources = 모든 곳
# 날짜 필터: 목록에 넣을 첫날과 마지막 날(둘 다 포함).
history-filter-since = 시작일
history-filter-until = 종료일
# 내보내기 버튼들. 화면 낭독기가 함께 읽는 이름.
history-export =
    .aria-label = 내보내기
history-export-csv = CSV로 내보내기
history-export-json = JSON으로 내보내기
# 내보내기 버튼 옆.
history-export-hint = 필터에 맞는 목록을 다운로드 폴더에 저장합니다.
# 내보낸 뒤. $count: 파일에 든 방송 메시지 수. $path: 파일의 전체 경로.
history-exported =
    { $count ->
       *[other] 방송 메시지 { $count }건을 저장했습니다: { $path }
    }
# 파일 하나에 담을 수 있는 것보다 많이 맞았을 때 덧붙임. $count: 위와 같음.
history-exported-truncated = 최신 { $count }건만 들어 있습니다. 더 오래된 것을 내보내려면 필터를 좁히세요.
# $error: 원인(앱이 만든 문장).
history-export-error = 내보내지 못했습니다: { $error }
# 끝난 방송 메시지의 세부 정보에 있는 버튼: 먼저 확인을 엽니다.
history-send-again = 다시 보내기…
history-send-again-title = 이 방송 메시지를 다시 보낼까요?
# 확인 문구. $profile: 보낼 프로필(색상과 이름). $outcome: 처음 메시지의 결과: sent, not-sent 또는 unknown.
history-send-again-body =
    { $outcome ->
        [sent] 새 Random을 가진 새 메시지로 { $profile } 프로필을 통해 다시 나갑니다. 시청자는 이미 한 번 보았으므로 두 번 보게 됩니다.
        [not-sent] 새 Random을 가진 새 메시지로 { $profile } 프로필을 통해 나갑니다. 처음 메시지는 전송되지 않았습니다.
       *[other] 새 Random을 가진 새 메시지로 { $profile } 프로필을 통해 다시 나갑니다. 처음 메시지가 도착했다면 시청자는 두 번 보게 됩니다.
    }
history-send-again-confirm = 새 메시지로 보내기
# 전송 시도 표의 열: 번호, 시작 시각, 서버, 응답의 종류, Tencent 오류 코드, Tencent 오류 텍스트, 걸린 시간.
attempt-n = #
attempt-time = 시각
attempt-host = 호스트
attempt-class = 응답
attempt-code = 코드
attempt-info = 세부 내용
attempt-latency = 걸린 시간
# $ms: 밀리초(텍스트).
attempt-latency-ms = { $ms }ms

## 긴급: 헤더의 버튼(모든 화면), 키보드 단축키, 그리고 이들이 여는 패널

# 모든 화면의 헤더에 있는 버튼: 긴급 패널을 엽니다. 짧은 한 단어로.
emergency-button = 긴급
# 버튼의 툴팁. $shortcut: 텍스트로 된 키보드 단축키. 예: "Ctrl+Shift+F12", "⇧⌘F12".
emergency-button-tooltip = 긴급 방송 메시지({ $shortcut })
emergency-title = 긴급 방송 메시지
# 방송 메시지가 어디로 가는지 알려 주는 상자. 화면 낭독기가 읽는 이름. $name: 프로필 이름.
emergency-target =
    .aria-label = 전송 대상: { $name }
# 그 상자에서 프로필 이름 위의 작은 설명.
emergency-goes-to = 전송 대상
# 프로필이 가리키는 곳(리전, 엔드포인트 호스트 또는 “이 컴퓨터”) 옆. $sdkappid: Chat 앱의 번호(텍스트).
emergency-sdkappid = SDKAppID { $sdkappid }
emergency-sandbox-note = 샌드박스입니다. 이 컴퓨터에서 실행되며, 보는 사람이 없고 Tencent에는 아무것도 전달되지 않습니다.
# 선택된 프로필이 없을 때: 아무것도 보낼 수 없습니다.
emergency-no-profile = 사용 중인 프로필이 없어 보낼 곳이 없습니다. 헤더에서 프로필을 고르거나 프로필 화면에서 추가하세요.
# 그 문구 아래의 버튼: 프로필 화면을 엽니다.
emergency-manage-profiles = 프로필 열기
emergency-loading = 템플릿을 불러오는 중…
# $error: 원인(앱이 만든 문장).
emergency-templates-error = 템플릿을 읽지 못했습니다: { $error }
# 긴급용으로 표시된 템플릿이 없을 때(“작성”은 화면 이름).
emergency-no-templates = 아직 긴급용으로 표시된 템플릿이 없습니다. 작성 화면에서 메시지를 템플릿으로 저장하고 긴급용으로 표시하면, 바로 보낼 수 있게 여기에 나옵니다. 지금은 일회성 메시지를 입력하세요.
# 메시지 선택 위의 제목: 긴급용으로 표시된 템플릿과 일회성 메시지.
emergency-message = 메시지
emergency-one-off = 일회성 메시지
# 일회성 메시지의 입력란. 화면 낭독기가 읽는 이름.
emergency-one-off-text =
    .aria-label = 일회성 메시지 내용
# 길게 누르고 있어야만 보내는 전송 버튼. $name: 프로필 이름.
emergency-hold = 길게 눌러 보내기 — 대상: { $name }
# 결과 아래의 링크: 빈 양식으로 다시 시작합니다(패널을 한 번 열 때마다 한 번 보냄).
emergency-send-another = 하나 더 보내기
# 패널 아래쪽. $shortcut: 텍스트로 된 키보드 단축키. 예: "Ctrl+Shift+F12".
emergency-shortcut-ready = { $shortcut } 키로 어디서든 이 패널을 엽니다. 다른 앱이 앞에 있어도 됩니다.
# 단축키를 설정하지 못했을 때. $shortcut: 위와 같음. $reason: 아래 세 문장 중 하나.
emergency-shortcut-unavailable = 이 시스템에서는 다른 앱 사용 중에 { $shortcut } 키로 이 패널을 열 수 없습니다: { $reason } 이 창이 앞에 있을 때는 작동합니다. 또는 긴급 버튼을 쓰세요.
emergency-shortcut-wayland = Wayland에서는 앱이 전역 단축키를 쓸 수 없습니다.
emergency-shortcut-no-display = 단축키를 등록할 X 디스플레이가 없습니다.
# $detail: 시스템이 돌려준 답(영어). 비어 있을 수 있음.
emergency-shortcut-failed = 시스템이 거부했습니다. 다른 앱이 이 키를 쓰고 있을 수 있습니다. { $detail }

# 길게 누르고 있어야만 작동하는 버튼 아래. $seconds: 누르고 있어야 하는 시간(텍스트, 예: "1.2").
hold-hint = 마우스, Space 또는 Enter로 { $seconds }초 동안 길게 누르세요.
# 너무 일찍 손을 뗐을 때.
hold-too-short = 너무 일찍 뗐습니다. 아무것도 보내지 않았습니다. 막대가 가득 찰 때까지 누르고 계세요.

## 시청자에게 보이는 방송 메시지(Tencent 메시지의 요소)

message-empty = (빈 메시지)
# 메시지의 추가 데이터 필드에 대한 Tencent의 이름. 그대로 둡니다.
message-cloud-custom-data = CloudCustomData
# “이모티콘”(스티커) 요소. $index: 이모티콘 번호(텍스트).
message-face = 이모티콘 #{ $index }
# 설명이 없는 위치 요소.
message-location = 위치
# 사용자 정의 데이터 요소와 그 필드 이름(Tencent의 필드 이름이므로 그대로 둡니다).
message-custom = 사용자 정의
message-custom-desc = Desc
message-custom-data = Data
message-custom-ext = Ext
message-custom-sound = Sound
# 미디어 첨부 파일의 종류(파일은 이름만 표시하고 불러오지 않음).
message-image = 이미지
message-audio = 음성
message-file = 파일
message-video = 동영상
# $uuid: 이미지의 식별자.
message-image-uuid = UUID { $uuid }
# 이미지의 크기 하나. $type: 크기 종류(아래). $width × $height: 픽셀(텍스트). $size: 파일 크기(예: "2.0 MB").
message-image-size = { $type } · { $width }×{ $height } · { $size }
message-image-original = 원본
message-image-large = 큰 이미지
message-image-thumbnail = 썸네일
# 앱이 모르는 종류의 이미지 크기. $type: 그 종류에 대한 Tencent의 번호(텍스트).
message-image-type = 유형 { $type }
# $seconds: 길이(초). $size: 파일 크기(예: "50.0 KB").
message-audio-detail = { $seconds }초 · { $size }
# $name: 파일 이름. $size: 파일 크기.
message-file-detail = { $name } · { $size }
# $seconds: 길이(초). $format: 동영상 형식(예: mp4). $size: 파일 크기.
message-video-detail = { $seconds }초 · { $format } · { $size }
# 동영상의 미리 보기 이미지. $width × $height: 픽셀(텍스트).
message-video-thumbnail = 썸네일 · { $width }×{ $height }

## 예약 화면 (시간대의 현지 날짜와 시각에 나중에 보내는 공지, 반복 가능)

schedule-add = 브로드캐스트 예약…
schedule-hint = 각 항목은 예약할 때 정한 프로필로, 이 앱이나 bdesk run-scheduler가 실행 중일 때 보내집니다.
schedule-error = 예약 목록을 읽지 못했습니다: { $error }
schedule-list =
    .aria-label = 예약된 브로드캐스트, 가장 가까운 것부터
# 항목 자체 시간대의 시각. $zone은 IANA 이름입니다.
schedule-in-zone = { $time } ({ $zone })
schedule-here = 이 컴퓨터 기준 { $time }
schedule-countdown = { $clock } 후
schedule-countdown-days =
    { $days ->
       *[other] { $days }일 { $clock } 후
    }
schedule-countdown-due = 지금 보낼 시각
schedule-repeat-once = 한 번
schedule-repeat-daily = 매일
schedule-repeat-weekly = 매주 { $days }
schedule-end-until = { $date }까지
schedule-end-count =
    { $count ->
       *[other] { $count }회
    }
schedule-repeat-with-end = { $repeat }, { $end }
schedule-missed-send-if-late = 놓친 경우: 최대 { $late } 늦으면 보내고, 그보다 늦으면 건너뜀
schedule-missed-skip = 놓친 경우: 건너뜀
schedule-missed-ask = 놓친 경우: 결정할 때까지 보류
schedule-note-gap = 그날 { $zone }에는 이 시각이 없습니다(시계가 앞으로 갑니다). { $sentAt }에 보냅니다.
schedule-note-fold = 그날 { $zone }에는 이 시각이 두 번 있습니다(시계가 뒤로 갑니다). UTC{ $laterOffset }가 아닌 첫 번째, UTC{ $offset }에 보냅니다.
schedule-message-with = { $text } + { $kinds }

schedule-status-scheduled = { $time }에 보낼 예정
schedule-status-editing = 편집 중이라 보류됨: 편집을 저장하거나 닫을 때까지 보내지 않습니다
schedule-status-sending = 보내는 중
schedule-status-sent = { $time }에 보냄 (MsgSeq { $msgSeq })
schedule-status-not-sent = 보내지 않음
schedule-status-unknown = 결과 알 수 없음
schedule-status-missed = 놓침 — 결정을 기다리는 중
schedule-status-skipped = 건너뜀: { $late } 늦음
schedule-status-cancelled = 취소됨
schedule-status-done = 더 보낼 것이 없음
schedule-last-time = 지난번:
schedule-facts-error = 어떻게 되었는지 읽지 못했습니다: { $error }

schedule-show-details = 자세히
schedule-hide-details = 자세히 숨기기
schedule-edit = 편집…
schedule-duplicate = 복제…
schedule-cancel = 취소…
schedule-details =
    .aria-label = { $name } 자세히
schedule-details-loading = 읽는 중…
schedule-details-error = 자세한 내용을 읽지 못했습니다: { $error }
schedule-upcoming-title = 다음 전송
schedule-no-upcoming = 더 보낼 것이 없습니다.
schedule-runs-title = 지난 전송
schedule-no-runs = 아직 보낸 것이 없습니다.
schedule-run-due = 예정 { $time }:

schedule-cancel-title = 이 예약 브로드캐스트를 취소할까요?
schedule-cancel-body = { $profile }(으)로 보낼 { $name }이(가) 보내지지 않습니다. 예약 목록에는 취소됨으로 남습니다.
schedule-cancel-sending = 이 항목의 전송 하나가 이미 시작되었습니다. 그 전송은 계속됩니다(대기 중이면 기록에서 취소하세요).
schedule-cancel-confirm = 브로드캐스트 취소

schedule-decide-hint = 제시간에 보내지 못했습니다({ $late } 늦음). 지금 보낼까요, 건너뛸까요?
schedule-decide-send = 지금 보내기
schedule-decide-skip = 건너뛰기
schedule-decided-send = 지금 보냈습니다. 결과는 여기와 기록에 표시됩니다.
schedule-decided-skip = 건너뛰었습니다. 보내지 않습니다.

schedule-skipped-too-late = 건너뜀: { $late } 늦음(최대 { $max }까지 허용)
schedule-skipped-producer = 직접 건너뜀
schedule-skipped-profile-gone = 보내지 않음: 프로필이 삭제되었습니다
schedule-skipped-no-key = 보내지 않음: { $profile }에 저장된 키가 없습니다
schedule-skipped-keychain = 보내지 않음: 키체인에서 키를 가져올 수 없었습니다(잠김 또는 거부)
schedule-skipped-invalid-message = 보내지 않음: 메시지가 더 이상 규칙을 통과하지 않습니다
schedule-skipped-failed = 보내지 않음: { $error }

## "자리를 비운 동안": 아무도 보지 않는 동안 예약이 한 일(시작할 때와 돌아왔을 때 표시)

schedule-away-title = 자리를 비운 동안
schedule-away-subtitle =
    { $count ->
       *[other] 예약 전송 { $count }건의 결과입니다.
    }
schedule-away-unnamed = { $profile }(으)로 보내는 브로드캐스트
schedule-away-due = 예정 { $time } · { $profile }
schedule-away-late = { $late } 늦음
schedule-away-got-it = 확인

schedule-check-not-yet = 아직 안 됨:
schedule-check-then = 그다음:
schedule-check-note = { $time }: { $note }
schedule-check-far = 1년 넘게 남은 날짜입니다. 이 날짜가 맞는지 확인하세요.
schedule-check-clash =
    { $times ->
        [one] { $other }이(가) 같은 프로필로 { $time }에 예정되어 있습니다. 속도 제한 때문에 둘 중 하나가 약 { $seconds }초 늦게 보내집니다.
       *[other] { $other }이(가) 같은 프로필로 { $time }에 예정되어 있습니다. 속도 제한 때문에 둘 중 하나가 약 { $seconds }초 늦게 보내집니다({ $times }회).
    }
schedule-check-clash-unnamed = 다른 예약 브로드캐스트

## 예약 양식 (새 예약 항목, 편집, 복제)

schedule-form-title-new = 브로드캐스트 예약
schedule-form-title-edit = 예약된 브로드캐스트 편집
schedule-form-title-duplicate = 사본 예약
schedule-form-subtitle-new = 정한 시각에 여기서 고른 프로필로 보냅니다.
schedule-form-subtitle-edit = 변경 내용이 이 항목을 그대로 바꿉니다.
schedule-form-held = 이 양식이 열려 있는 동안 보류됩니다. 저장하거나 닫을 때까지 보내지 않습니다.
schedule-form-profile = 프로필
schedule-form-profile-hint = 예약 후에는 고정됩니다. 나중에 다른 프로필을 골라도 옮겨지지 않습니다.
schedule-form-profile-fixed = 예약 항목의 프로필은 바꿀 수 없습니다. 취소하고 다른 프로필로 사본을 예약하세요.
schedule-form-profile-sandbox = { $name } (샌드박스)
schedule-form-message = 메시지
schedule-form-source-composer = 작성 중인 메시지
schedule-form-source-item = 이 항목의 메시지
schedule-form-source-template = 템플릿
schedule-form-source-text = 텍스트
schedule-form-template =
    .aria-label = 템플릿
schedule-form-template-choose = 템플릿 선택…
schedule-form-text =
    .aria-label = 메시지 텍스트
schedule-form-no-template = 템플릿을 고르면 메시지가 보입니다.
schedule-form-no-text = 보낼 텍스트를 입력하세요.
schedule-form-no-composer = 작성 중인 메시지가 아직 없습니다.
schedule-form-message-invalid = 이 메시지는 이대로 보낼 수 없습니다:
schedule-form-date = 날짜
schedule-form-time = 시각
schedule-form-confirm-far = 네, 이 날짜가 맞습니다
schedule-form-zone = 시간대
schedule-form-zone-hint = 날짜와 시각은 이 시간대로 읽습니다. 이름 일부를 입력해 찾으세요(Seoul, Berlin, New York).
schedule-zone-use-system = { $zone } 사용
schedule-zone-matches =
    .aria-label = 일치하는 시간대
schedule-zone-no-match = 그런 이름의 시간대가 없습니다.
schedule-form-repeat = 반복
schedule-form-weekly = 매주…
schedule-form-days =
    .aria-label = 요일
schedule-form-end =
    .aria-label = 끝
schedule-form-end-never = 끝나지 않음
schedule-form-end-until = 날짜까지
schedule-form-until =
    .aria-label = 마지막 날짜
schedule-form-end-count = 횟수
schedule-form-count =
    .aria-label = 횟수
schedule-form-missed = 놓친 경우
schedule-form-missed-hint = 제시간에 보내지 못했을 때(컴퓨터가 잠자기 중이었거나 아무것도 실행되지 않았을 때). 1분 이내면 항상 보냅니다.
schedule-form-missed-send = 최대
schedule-form-late-minutes =
    .aria-label = 최대 지연 분
schedule-form-missed-minutes = 분 늦으면 보내고, 그보다 늦으면 건너뛰기
schedule-form-missed-skip = 건너뛰기
schedule-form-missed-ask = 결정할 때까지 보류
schedule-form-label = 라벨
schedule-form-label-hint = 목록에 표시할 이름(예: “입장 시작”), 최대 { $max }자.
schedule-form-save = 변경 내용 저장
schedule-form-schedule = 예약

## 정보 화면

about-tagline = { -tencent-chat } 앱의 모든 오디오/비디오 그룹에 방송 메시지를 한 번에 보냅니다.
about-loading = 불러오는 중…
# $error: 원인(앱이 만든 문장).
about-error = 앱 정보를 읽지 못했습니다: { $error }
about-version = 버전
# 이 빌드를 만든 소스 커밋(짧은 git 해시).
about-commit = 커밋
about-build = 빌드
# 빌드 종류: 개발자용, 또는 프로듀서가 설치하는 빌드.
about-build-debug = 개발용
about-build-release = 릴리스
about-app-id = 앱 ID
# 프로필, 예약, 기록이 저장되는 폴더.
about-data-folder = 데이터 폴더
about-secret-keys = 비밀 키
about-secret-keys-where = 시스템 키체인에만 보관됩니다. 데이터 폴더, 로그, 이 창에는 절대 남지 않습니다.
# 정보 화면의 언어 선택 메뉴 레이블(언어는 각 언어 고유의 이름으로 표시).
about-language = 언어
about-language-hint = 여기서 언어를 고르기 전까지 창은 시스템 언어를 따릅니다.
about-background = 백그라운드
about-start-at-login = 로그인할 때 Broadcast Desk 시작
about-start-at-login-hint = 백그라운드에서 시작합니다: 예약 발송이 나가고 트레이에 다음 발송이 표시됩니다. 트레이에서 또는 Broadcast Desk를 다시 실행해 창을 여세요.
about-start-at-login-error = 로그인 시 시작 설정을 읽거나 바꿀 수 없습니다: { $error }
about-closing-hint = 예약 발송이 있는 동안 창을 닫으면 Broadcast Desk는 트레이에서 계속 실행되어 예약이 그대로 발송됩니다. 트레이 메뉴의 종료는 먼저 확인을 묻습니다.

## 형식

# 파일 크기. $size: 이미 서식이 적용된 숫자(예: "2.0"). $unit: B, KB, MB 중 하나(1 KB = 1,024바이트).
format-bytes =
    { $unit ->
        [KB] { $size } KB
        [MB] { $size } MB
       *[B] { $size } B
    }
