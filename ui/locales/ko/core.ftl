# Rust도 렌더링하는 텍스트입니다. bdesk는 영어 텍스트를 출력하고, 창에는 프로듀서의 언어로 표시됩니다.
# 모든 언어의 core.ftl은 메시지 ID가 정확히 같아야 합니다(테스트로 확인함).
#
# Tencent 제품명은 Tencent가 쓰는 그대로 둡니다(Tencent Cloud Chat, SDKAppID, UserSig, Chat
# 콘솔). 콘솔 경로도 글자 그대로 유지합니다. 프로듀서는 이 경로를 한 단계씩 클릭하며 따라갑니다.

## Tencent의 응답, ErrorCode별 (send_broadcast_msg, account_check 및 UserSig 검사).
## .title은 무슨 일이 일어났는지 한 줄로, .remedy는 어떻게 해야 하는지 알려 줍니다.

tencent-0 =
    .title = 전송했습니다.
    .remedy = 따로 조치할 필요가 없습니다.

tencent-10002 =
    .title = Tencent 내부 오류가 발생했습니다.
    .remedy = 몇 초 후 다시 시도하세요. 같은 메시지가 두 번 전달되지는 않습니다.

tencent-10003 =
    .title = Tencent가 URL의 명령을 인식하지 못했습니다.
    .remedy = 사용자 지정 엔드포인트나 프록시를 사용한다면 경로를 바꾸지 않고 그대로 전달하는지 확인하세요.

tencent-10004 =
    .title = Tencent가 메시지의 파라미터 하나를 거부했습니다.
    .remedy = Tencent 오류 메시지에서 문제가 된 필드를 확인해 수정한 뒤 다시 보내세요.

tencent-10007 =
    .title = 방송 메시지를 보낼 권한이 없습니다.
    .remedy = 콘솔에서 ‘Feature configuration > Group configuration > Group feature configuration > Broadcast messaging of audio-video group’(뜻: 기능 설정 > 그룹 설정 > 그룹 기능 설정 > 오디오/비디오 그룹 방송 메시지) 스위치를 켜고(Pro, Pro Plus 또는 Enterprise 에디션 필요), 프로필의 관리자 계정이 이 SDKAppID의 App 관리자로 등록되어 있는지 확인하세요.

tencent-10023 =
    .title = 현재 에디션에서 허용하는 속도보다 빠르게 보내고 있습니다.
    .remedy = Pro는 초당 1건, Pro Plus와 Enterprise는 초당 5건까지 방송 메시지를 보낼 수 있습니다(콘솔 설정 기준). 잠시 기다리거나 여러 메시지를 하나로 합치세요.

tencent-60002 =
    .title = Tencent가 요청 URL을 읽지 못했습니다.
    .remedy = 사용자 지정 엔드포인트나 프록시를 사용한다면 URL을 바꾸지 않고 그대로 전달하는지 확인하세요.

tencent-60003 =
    .title = Tencent가 메시지를 JSON으로 읽지 못했습니다.
    .remedy = 메시지 본문의 형식이 잘못되었습니다. 입력 양식에서 다시 만들어 보내세요.

tencent-60004 =
    .title = Tencent가 계정 또는 서명을 거부했습니다.
    .remedy = 프로필의 관리자 계정과 비밀 키를 확인하세요.

tencent-60005 =
    .title = Tencent가 계정 또는 서명을 거부했습니다.
    .remedy = 프로필의 관리자 계정과 비밀 키를 확인하세요.

tencent-60006 =
    .title = SDKAppID가 유효하지 않습니다.
    .remedy = Chat 콘솔에서 SDKAppID를 다시 복사하고 리전을 확인하세요.

tencent-60007 =
    .title = 이 앱의 REST API 호출이 너무 많습니다.
    .remedy = 잠시 기다린 뒤 다시 시도하고, 자동 전송 빈도를 줄이세요.

tencent-60008 =
    .title = Tencent에서 시간이 초과되었거나 요청을 읽지 못했습니다.
    .remedy = 다시 시도하세요. 계속 발생하면 사용자 지정 엔드포인트나 프록시를 확인하세요.

tencent-60009 =
    .title = 요청이 엉뚱한 Tencent 서비스로 전달되었습니다.
    .remedy = 사용자 지정 엔드포인트나 프록시를 사용한다면 경로를 바꾸지 않고 그대로 전달하는지 확인하세요.

tencent-60010 =
    .title = 이 호출에는 App 관리자 계정이 필요합니다.
    .remedy = Chat 콘솔에 App 관리자로 등록된 계정을 사용하세요.

tencent-60011 =
    .title = 이 SDKAppID의 호출이 너무 많습니다.
    .remedy = 잠시 기다린 뒤 다시 시도하고, 자동 전송 빈도를 줄이세요.

tencent-60012 =
    .title = 요청에 SDKAppID가 없습니다.
    .remedy = 프로필에 SDKAppID를 입력하고, 사용자 지정 엔드포인트나 프록시도 확인하세요.

tencent-60015 =
    .title = 계정 필드가 문자열이 아닙니다.
    .remedy = From_Account는 텍스트여야 합니다. 수정한 뒤 다시 보내세요.

tencent-60016 =
    .title = 이 SDKAppID는 비활성화되어 있습니다.
    .remedy = Chat 콘솔에서 앱 상태를 확인하세요.

tencent-60017 =
    .title = Tencent가 이 앱에 대해 이 요청을 막아 두었습니다.
    .remedy = Chat 콘솔에서 앱 상태와 기능을 확인하거나 Tencent 고객 지원에 문의하세요.

tencent-60018 =
    .title = 요청이 너무 많습니다.
    .remedy = 잠시 기다린 뒤 다시 시도하세요.

tencent-60019 =
    .title = 요청이 너무 많습니다.
    .remedy = 잠시 기다린 뒤 다시 시도하세요.

tencent-60020 =
    .title = 유료 에디션이 만료되었습니다.
    .remedy = Chat 콘솔에서 이 앱의 Pro, Pro Plus 또는 Enterprise 에디션을 갱신하세요.

tencent-60021 =
    .title = Tencent가 이 컴퓨터의 IP 주소에서 오는 호출을 허용하지 않습니다.
    .remedy = Chat 콘솔에서 이 네트워크의 공인 IP를 앱의 허용 IP 목록에 추가하세요.

tencent-70001 =
    .title = UserSig가 만료되었습니다.
    .remedy = Broadcast Desk가 새 UserSig를 생성해 한 번 다시 시도합니다. 계속 발생하면 이 컴퓨터의 시계를 확인하세요.

tencent-70002 =
    .title = UserSig가 누락되었습니다.
    .remedy = 사용자 지정 엔드포인트나 프록시를 사용한다면 쿼리 문자열을 바꾸지 않고 그대로 전달하는지 확인하세요.

tencent-70003 =
    .title = UserSig가 유효하지 않습니다.
    .remedy = 프로필의 비밀 키와 SDKAppID를 확인하세요.

tencent-70005 =
    .title = UserSig를 해석할 수 없습니다.
    .remedy = 프로필의 비밀 키와 SDKAppID를 확인하세요.

tencent-70009 =
    .title = UserSig가 잘못된 키로 서명되었습니다.
    .remedy = 비밀 키가 다른 앱의 키일 가능성이 큽니다. Chat 콘솔에서 이 SDKAppID의 키를 복사하세요.

tencent-70013 =
    .title = URL의 식별자가 UserSig의 식별자와 다릅니다.
    .remedy = 버그나 프록시가 URL을 변경했습니다. 전송 시각과 함께 신고해 주세요.

tencent-70014 =
    .title = URL의 SDKAppID가 UserSig의 SDKAppID와 다릅니다.
    .remedy = 버그나 프록시가 URL을 변경했습니다. 전송 시각과 함께 신고해 주세요.

tencent-70016 =
    .title = Tencent에서 이 SDKAppID의 키를 찾지 못했습니다.
    .remedy = SDKAppID를 확인하고, 프로필의 리전이 앱을 생성한 리전과 같은지 확인하세요.

tencent-70020 =
    .title = 이 리전의 Tencent에는 이 SDKAppID가 없습니다.
    .remedy = 리전을 확인하세요. 앱을 생성한 리전이어야 합니다(Chat 콘솔에 표시됨).

tencent-70050 =
    .title = 서명 검증 실패가 너무 많아 Tencent가 1분 동안 요청을 거부합니다.
    .remedy = 60초 기다린 뒤 보내세요. 다시 발생하면 비밀 키가 틀렸을 가능성이 큽니다.

tencent-70051 =
    .title = 관리자 계정이 블랙리스트에 올라 있습니다.
    .remedy = 다른 관리자 계정을 사용하거나 Tencent 고객 지원에 문의하세요.

tencent-70052 =
    .title = UserSig가 더 이상 유효하지 않습니다(만료되었거나 계정이 강제 로그아웃됨).
    .remedy = Broadcast Desk가 새 UserSig를 생성해 한 번 다시 시도합니다. 계속 발생하면 이 컴퓨터의 시계를 확인하세요.

tencent-70169 =
    .title = Tencent 내부에서 시간이 초과되었습니다.
    .remedy = 몇 초 후 다시 시도하세요. 같은 메시지가 두 번 전달되지는 않습니다.

tencent-70202 =
    .title = Tencent 내부에서 시간이 초과되었습니다.
    .remedy = 몇 초 후 다시 시도하세요. 같은 메시지가 두 번 전달되지는 않습니다.

tencent-70402 =
    .title = Tencent가 파라미터 하나를 거부했습니다.
    .remedy = Tencent 오류 메시지에서 문제가 된 필드를 확인해 수정한 뒤 다시 보내세요.

tencent-70403 =
    .title = 이 호출에는 App 관리자 계정이 필요합니다.
    .remedy = Chat 콘솔에 App 관리자로 등록된 계정을 사용하세요.

tencent-70500 =
    .title = Tencent 내부 오류가 발생했습니다.
    .remedy = 몇 초 후 다시 시도하세요.

tencent-80002 =
    .title = 메시지가 너무 깁니다.
    .remedy = 메시지를 줄이세요. MsgBody와 CloudCustomData를 합쳐 12,000바이트 이내여야 합니다.

tencent-93000 =
    .title = JSON 패킷이 너무 깁니다.
    .remedy = 메시지를 줄이세요. MsgBody와 CloudCustomData를 합쳐 12,000바이트 이내여야 합니다.

# 이 버전이 모르는 ErrorCode.
tencent-unknown =
    .title = Tencent가 보낸 오류 코드를 Broadcast Desk가 알지 못합니다.
    .remedy = Tencent 오류 메시지를 읽고, Tencent Chat 오류 코드 목록(문서 1047/34348)에서 해당 코드를 찾아보세요.

## Tencent의 응답을 전혀 받지 못한 요청, 도중에 무엇이 잘못되었는지에 따라.

transport-connection-refused =
    .title = 서버가 연결을 거부했습니다.
    .remedy = 엔드포인트를 확인하세요. 로컬 에뮬레이터나 프록시라면 실행 중인지 확인하세요.

transport-dns =
    .title = 서버 이름을 확인할 수 없습니다(DNS 조회 실패).
    .remedy = 인터넷 연결과 DNS를 확인하세요. 예비 호스트가 있다면 Broadcast Desk가 이미 시도했습니다.

transport-connect-timeout =
    .title = 서버 연결 시간이 초과되었습니다.
    .remedy = 인터넷 연결과 방화벽을 확인하세요. 아무것도 전송되지 않았습니다.

transport-tls =
    .title = 보안 연결을 설정하지 못했습니다(인증서 또는 TLS 오류).
    .remedy = 엔드포인트와 컴퓨터 시계를 확인하고, HTTPS를 가로채는 네트워크가 있는지 확인하세요. 아무것도 전송되지 않았습니다.

transport-connect =
    .title = 서버에 연결할 수 없습니다.
    .remedy = 인터넷 연결과 엔드포인트를 확인하세요. 아무것도 전송되지 않았습니다.

transport-timeout =
    .title = 제시간에 응답이 없습니다. 메시지가 전달되었는지 알 수 없습니다.
    .remedy = 5분 이내라면 같은 메시지를 다시 보내도 안전합니다. Tencent는 Random 값이 같은 중복 메시지를 버립니다.

transport-connection-lost =
    .title = 응답을 받기 전에 연결이 끊어졌습니다. 메시지가 전달되었는지 알 수 없습니다.
    .remedy = 5분 이내라면 같은 메시지를 다시 보내도 안전합니다. Tencent는 Random 값이 같은 중복 메시지를 버립니다.

transport-http-status =
    .title = 서버가 Tencent 결과 대신 HTTP 오류로 응답했습니다.
    .remedy = 몇 초 후 다시 시도하세요. 계속되면 엔드포인트나 프록시를 확인하세요.

transport-bad-response =
    .title = 서버의 응답이 Tencent 결과가 아닙니다.
    .remedy = 엔드포인트를 확인하세요. Tencent REST API가 아닌 다른 서버가 응답했습니다.

transport-other =
    .title = 예기치 않은 이유로 요청이 실패했습니다.
    .remedy = 다시 시도하세요. 계속되면 전송 시각과 함께 신고해 주세요.

## 연결 테스트: Tencent 오류 코드가 아닌 문제.

# 프로필의 기본 발신자(시청자에게 발신자로 보이는 계정)가 앱에 존재하지 않음.
# $account: 입력한 그대로의 계정 ID.
connection-default-sender-missing =
    .title = 기본 발신자 ‘{ $account }’ 계정이 이 앱에 없습니다.
    .remedy = Chat 콘솔에서(또는 account_import API로) 이 계정을 가져오거나, 프로필의 기본 발신자를 바꾸세요. 그 전까지는 이 발신자를 쓰는 전송이 모두 거부됩니다.

# 조회한 계정이 존재하지 않음. $account: 계정 ID.
connection-account-missing =
    .title = ‘{ $account }’ 계정이 이 앱에 없습니다.
    .remedy = 메시지의 발신자로 지정하기 전에 Chat 콘솔에서(또는 account_import API로) 이 계정을 가져오세요.

# Tencent의 시계(응답에 포함된 시각)와 이 컴퓨터의 시계가 1분 넘게 차이 남. 이 컴퓨터의 시계가
# Tencent보다 느림(…-behind) 또는 빠름(…-ahead).
# $amount: 정수. $unit: second, minute, hour, day 중 하나.
# 한국어에는 복수형이 없으므로 $amount 선택식은 두지 않고 $unit 선택식만 둡니다.
connection-clock-behind =
    .title = 이 컴퓨터의 시계가 Tencent보다 { $unit ->
        [second] { $amount }초
        [minute] { $amount }분
        [hour] { $amount }시간
       *[day] { $amount }일
    } 느립니다.
    .remedy = 시스템 설정에서 날짜 및 시간 자동 설정을 켜고(또는 시계를 동기화하고) 다시 테스트하세요. Tencent는 모든 UserSig를 자체 시계 기준으로 판단합니다.

connection-clock-ahead =
    .title = 이 컴퓨터의 시계가 Tencent보다 { $unit ->
        [second] { $amount }초
        [minute] { $amount }분
        [hour] { $amount }시간
       *[day] { $amount }일
    } 빠릅니다.
    .remedy = 시스템 설정에서 날짜 및 시간 자동 설정을 켜고(또는 시계를 동기화하고) 다시 테스트하세요. Tencent는 모든 UserSig를 자체 시계 기준으로 판단합니다.

# 방금 만든 UserSig가 만료되었다고 Tencent가 응답했고, 응답에 비교할 시각이 없음.
connection-clock-unknown =
    .title = 방금 생성한 UserSig가 이미 만료되었다고 Tencent가 응답했습니다. 이 컴퓨터의 시계가 맞지 않습니다.
    .remedy = 시스템 설정에서 날짜 및 시간 자동 설정을 켜고(또는 시계를 동기화하고) 다시 테스트하세요.

# 네트워크나 Tencent가 아닌 다른 원인으로 테스트가 중단됨. 아래 세부 정보에 원인이 나옴.
connection-untested =
    .title = 연결을 테스트하지 못했습니다.
    .remedy = 아래 세부 정보를 확인하세요.

## 방송 메시지 본문 검사(작성기와 bdesk가 검사). 백틱 안의 필드 이름은 Tencent의
## JSON 이름이므로 모든 언어에서 그대로 둡니다.
## $name: JSON 필드 이름. $found: 값의 종류(null, boolean, number, string, list, object).

message-duplicate-key = `{ $key }` 키가 같은 객체에 두 번 이상 있습니다. JSON 파서마다 어느 값을 쓰는지 다르므로 한 번만 쓰세요
message-not-object = 메시지는 {"{"}"MsgBody": [...]{"}"} 형태의 JSON 객체여야 합니다. 현재 값은 { $found ->
        [null] null
        [boolean] true/false 값
        [number] 숫자
        [string] 문자열
        [list] 배열
       *[object] 객체
    }입니다
message-element-not-object = MsgBody의 각 요소는 {"{"}"MsgType": "TIMTextElem", "MsgContent": {"{"}...{"}"}{"}"} 형태의 객체여야 합니다. 현재 값은 { $found ->
        [null] null
        [boolean] true/false 값
        [number] 숫자
        [string] 문자열
        [list] 배열
       *[object] 객체
    }입니다
message-image-size-not-object = ImageInfoArray의 각 항목은 {"{"}Type, Size, Width, Height, URL{"}"} 형태의 객체여야 합니다. 현재 값은 { $found ->
        [null] null
        [boolean] true/false 값
        [number] 숫자
        [string] 문자열
        [list] 배열
       *[object] 객체
    }입니다
message-from-empty = `From_Account` 값이 비어 있습니다. 관리자 계정으로 보내려면 이 필드를 빼세요
# $bytes: 계정 ID의 길이. $max: 한도(32).
message-from-too-long = `From_Account` 값이 { $bytes }바이트입니다. 계정 ID는 최대 { $max }바이트입니다
# $at: 공백의 바이트 위치.
message-from-space = `From_Account`의 바이트 위치 { $at }에 공백이 있습니다. 붙여 넣은 공백이 있으면 다른 계정을 가리키게 됩니다
# $character: 해당 문자(보이지 않는 문자이면 U+0009 같은 코드 포인트).
message-from-character = `From_Account`의 바이트 위치 { $at }에 { $character } 문자가 있습니다. 계정 ID에는 공백 없는 출력 가능한 ASCII 문자만 쓸 수 있습니다(영문자, 숫자, _, - 사용을 권장)
message-empty-body = `MsgBody`에 요소가 없습니다. 요소를 하나 이상 추가하세요(보통 TIMTextElem)
# $bytes: 메시지 크기. $limit: 12,000. $over: 초과한 양.
message-too-long = 메시지가 { $bytes }바이트(MsgBody와 CloudCustomData 합계)로 Tencent 한도인 { $limit }바이트를 넘습니다. { $over }바이트를 줄이거나 여러 메시지로 나누세요
message-text-empty = `Text` 값이 비어 있습니다. 텍스트 없는 방송 메시지는 항상 실수입니다(필드 이름 오타인 경우가 많습니다)
message-text-blank = `Text` 값이 공백뿐입니다. 텍스트 없는 방송 메시지는 항상 실수입니다(필드 이름 오타인 경우가 많습니다)
# $first: 본문에 이미 있는 사용자 정의 요소의 인덱스.
message-custom-twice = TIMCustomElem은 메시지당 하나만 넣을 수 있는데 MsgBody[{ $first }] 요소가 이미 TIMCustomElem입니다. 데이터를 합치거나 메시지 두 개로 나눠 보내세요
message-image-format = `ImageFormat` 값은 1(JPG), 2(GIF), 3(PNG), 4(BMP), 255(기타) 중 하나여야 합니다. 현재 값: { $got }
message-image-sizes-empty = `ImageInfoArray`에 항목이 하나 이상 있어야 합니다(Type 1 원본, 2 큰 이미지, 3 썸네일)
message-image-size-type = `Type` 값은 1(원본), 2(큰 이미지), 3(썸네일) 중 하나여야 합니다. 현재 값: { $got }
message-image-size-twice = `Type` { $type } 항목이 이미 ImageInfoArray[{ $first }]에 있습니다. 크기마다 한 번만 넣을 수 있습니다
# $flag: 허용되는 유일한 값(2).
message-download-flag = `{ $name }` 값은 { $flag }이어야 합니다(시청자는 URL에서 파일을 다운로드합니다). 현재 값: { $got }
# $bound: 위도는 90, 경도는 180.
message-coordinate = `{ $name }` 값은 -{ $bound }에서 { $bound } 사이여야 합니다. 현재 값: { $got }
message-url-empty = `{ $name }` 값이 비어 있습니다. 시청자 앱이 파일을 다운로드할 https:// 주소를 입력하세요
message-url-characters = `{ $name }` 값에 공백, 제어 문자 또는 백슬래시가 있습니다. 퍼센트 인코딩하세요(공백은 %20)
message-url-not-absolute = `{ $name }` 값은 https://(또는 http://)로 시작하는 절대 URL이어야 합니다
# $detail: URL 파서가 낸 메시지 원문(영어).
message-url-invalid = `{ $name }` 값이 올바른 URL이 아닙니다({ $detail })
message-url-no-host = `{ $name }` 값에 호스트 이름이 없습니다
# $suggestion: 대소문자만 다른 필드 이름.
message-unknown-field-case = 알 수 없는 필드 `{ $key }`입니다. 혹시 `{ $suggestion }` 필드인가요? 필드 이름은 대소문자를 구분합니다
# $allowed: 그 위치에서 허용되는 필드 이름(쉼표로 구분).
message-unknown-field = 알 수 없는 필드 `{ $key }`입니다. 여기서 쓸 수 있는 필드: { $allowed }
message-required = `{ $name }` 필드는 필수입니다
# $expected: string, whole-number, number, msg-type, content, image-sizes 중 하나.
message-wrong-type = `{ $name }` 값은 { $expected ->
        [string] 문자열(따옴표로 감싼 텍스트)
        [whole-number] 정수
        [number] 숫자
        [msg-type] "TIMTextElem" 같은 문자열
        [content] 요소의 필드를 담은 객체
       *[image-sizes] {"{"}Type, Size, Width, Height, URL{"}"} 항목의 배열
    }이어야 합니다. 현재 값은 { $found ->
        [null] null
        [boolean] true/false 값
        [number] 숫자
        [string] 문자열
        [list] 배열
       *[object] 객체
    }입니다
message-fraction = `{ $name }` 값은 정수여야 합니다. { $got }에는 소수 부분이 있습니다
# $plain: 같은 수를 일반 표기로 쓴 것(1e2가 아닌 100).
message-plain-number = `{ $name }` 값은 일반 정수 표기로 써야 합니다({ $got } 대신 { $plain })
message-negative = `{ $name }` 값은 음수일 수 없습니다. 현재 값: { $got }
message-number-range = `{ $name }` 값은 { $min }부터 { $max }까지의 정수여야 합니다. 현재 값: { $got }
# $suggestion: 대소문자만 다른 MsgType.
message-unknown-type-case = 알 수 없는 MsgType `{ $type }`입니다. 혹시 `{ $suggestion }`인가요? 형식 이름은 대소문자를 구분합니다
# $types: 모든 MsgType(쉼표로 구분).
message-unknown-type = 알 수 없는 MsgType `{ $type }`입니다. 다음 중 하나를 사용하세요: { $types }


## 프로필 필드(프로필 양식과 bdesk profile add/edit). 필드 옆에 표시되므로 필드 이름은
## 쓰지 않습니다. bdesk는 앞에 필드 이름을 붙입니다.

field-required = 필수 항목입니다
# $max: 한도(64). $count: 이 이름의 글자 수.
field-name-too-long = 최대 { $max }자까지 입력할 수 있습니다(현재 { $count }자)
# $codepoint: 해당 문자의 코드 포인트(예: U+200B).
field-name-hidden = 보이지 않는 문자나 텍스트 방향을 바꾸는 문자는 쓸 수 없습니다({ $codepoint } 발견). 확인 단계에 이 이름이 표시되므로 보이는 그대로 읽혀야 합니다
# $name: 입력한 이름.
field-name-taken = ‘{ $name }’ 이름의 프로필이 이미 있습니다
# $other: 기존 프로필의 이름으로, $name과 똑같아 보이는 이름.
field-name-lookalike = 이미 있는 ‘{ $other }’ 프로필과 이름이 똑같아 보입니다(이름은 대소문자와 전각/반각 차이를 구분하지 않습니다)
# $value: 입력한 값.
field-color-format = #rrggbb 형식의 16진수 색상이어야 합니다. 입력한 값: ‘{ $value }’
field-color-sandbox = 이 보라색은 샌드박스 표시용입니다. 다른 색상을 선택하세요
# $regions: 리전 ID(쉼표로 구분).
field-region-unknown = 알 수 없는 리전 ‘{ $region }’입니다. 다음 중 하나여야 합니다: { $regions }
field-url-insecure = http://를 사용하고 있습니다. http://는 이 컴퓨터(127.0.0.1, ::1, localhost: 에뮬레이터나 로컬 프록시)에만 허용됩니다. https://를 사용하세요
field-url-credentials = 사용자 이름이나 비밀번호를 포함할 수 없습니다
# $detail: 무엇이 잘못되었는지, URL 검사기가 낸 메시지 원문(영어).
field-url-malformed = { $detail }
# $max: 앱이 받는 가장 큰 SDKAppID.
field-sdkappid-range = 1에서 { $max } 사이여야 합니다. Chat 콘솔에서 복사하세요
field-account-too-long = { $bytes }바이트입니다. 계정 ID는 최대 { $max }바이트입니다
field-account-space = 바이트 위치 { $at }에 공백이 있습니다. 붙여 넣은 공백이 있으면 다른 계정을 가리키게 됩니다
field-account-character = 바이트 위치 { $at }에 { $character } 문자가 있습니다. 계정 ID에는 공백 없는 출력 가능한 ASCII 문자만 쓸 수 있습니다(영문자, 숫자, _, - 사용을 권장)
# $min, $max: 초 단위(1800 = 30분, 604800 = 7일).
field-lifetime-range = { $min }초(30분)에서 { $max }초(7일) 사이여야 합니다
field-rate-range = 콘솔 설정에 맞춰 초당 { $min }~{ $max }회여야 합니다
field-sandbox-fixed = 앱 안에서 실행되는 기본 제공 샌드박스에서는 바꿀 수 없습니다. 이름, 색상, 에디션, 기본 발신자만 바꿀 수 있습니다
field-sandbox-stays = 기본 제공 샌드박스는 항상 샌드박스로 유지됩니다

## 템플릿 이름(bdesk template add/rename/duplicate). 이름의 다른 규칙은 위의 프로필 규칙과 같으며,
## 마찬가지로 필드 옆에 표시됩니다.

# $name: 입력한 이름.
field-template-name-taken = ‘{ $name }’ 이름의 템플릿이 이미 있습니다
# $other: 기존 템플릿의 이름으로, $name과 똑같아 보이는 이름.
field-template-name-lookalike = 이미 있는 ‘{ $other }’ 템플릿과 이름이 똑같아 보입니다(이름은 대소문자와 전각/반각 차이를 구분하지 않습니다)
field-schedule-at-format = “{ $value }”은(는) 날짜와 시간이 아닙니다. 2026-12-01T20:00 형식으로 입력하세요
field-schedule-zone-unknown = “{ $value }”은(는) 이 컴퓨터가 아는 시간대가 아닙니다. Asia/Seoul이나 Europe/Berlin 같은 IANA 이름을 사용하세요
field-schedule-no-weekdays = 요일을 하나 이상 선택하세요
field-schedule-until-format = 종료 날짜가 날짜 형식이 아닙니다. 2026-12-31 형식으로 입력하세요
field-schedule-until-before-start = 종료 날짜가 첫 전송보다 앞입니다
field-schedule-count-zero = 적어도 한 번은 전송해야 합니다
field-schedule-in-the-past = { $zone } 기준 { $when }은(는) 이미 지났습니다(그곳은 지금 { $now }). 날짜와 시각을 확인하세요
field-schedule-far-ahead = { $zone } 기준 { $when }은(는) { $days }일보다 더 뒤입니다. 이 날짜가 맞는지 확인하세요
field-schedule-late-range = 늦어도 되는 시간은 { $min }분에서 { $max }시간 사이로 정하세요
field-schedule-label-too-long = 라벨은 최대 { $max }자입니다

## 이미지, 사운드, 파일, 동영상(또는 동영상 썸네일)에 붙여 넣은 미디어 URL: 파일의 앞부분을 읽고도 알아내지
## 못한 것, 또는 잘못된 것. 해당 요소의 필드(URL, Size, Width, Second, FileName 등) 옆에 표시되므로 필드
## 이름은 쓰지 않습니다. 아무것도 업로드하지 않으며, 앱은 URL이 가리키는 파일을 읽기만 합니다.

# $detail: URL 파서가 낸 메시지 원문(영어).
media-url-invalid = 올바른 URL이 아닙니다({ $detail })
# $scheme: URL의 스킴(예: ftp).
media-url-scheme = https://로 시작해야 합니다(이 주소는 { $scheme }://로 시작합니다)
media-url-insecure = http://를 사용하고 있습니다. 앱은 이 컴퓨터(127.0.0.1, ::1, localhost)에서만 http://로 읽습니다. 파일의 https:// 주소를 사용하세요
media-url-credentials = 사용자 이름이나 비밀번호가 들어 있어 모든 시청자에게 전달됩니다. 로그인이 필요 없는 링크를 사용하세요
# $host: 리디렉션이 가리키는 호스트.
media-redirect-insecure = http://로 { $host }에 리디렉션됩니다. 앱은 이 컴퓨터로 가는 경우에만 http:// 리디렉션을 따릅니다. 파일의 https:// 주소를 사용하세요
# $detail: 리디렉션 주소의 문제(영어).
media-redirect-invalid = 앱이 따라가지 않는 주소로 리디렉션됩니다({ $detail })
# $max: 따라가는 리디렉션 횟수(5).
media-redirect-too-many = { $max }번 넘게 리디렉션됩니다. 최종적으로 도착하는 주소를 사용하세요
# $status: HTTP 상태 코드.
media-http-status = { $status ->
        [401] 서버가 로그인을 요구합니다(HTTP 401). 시청자 앱은 로그인할 수 없으므로 공개 링크를 사용하세요
        [403] 서버가 파일 제공을 거부했습니다(HTTP 403). 링크가 만료되었거나 비공개일 수 있습니다
        [404] 이 주소에는 아무것도 없습니다(HTTP 404). 링크를 확인하세요
        [410] 파일이 이 주소에서 삭제되었습니다(HTTP 410)
       *[other] 서버가 파일 대신 HTTP { $status }로 응답했습니다
    }
# $kind: 읽기에 실패한 방식: dns, connection-refused, connect-timeout, tls, connection-lost 또는 기타.
media-fetch-failed = { $kind ->
        [dns] 서버 이름을 찾을 수 없습니다. 주소를 확인하세요
        [connection-refused] 서버가 연결을 거부했습니다
        [connect-timeout] 제한 시간 안에 서버에 연결하지 못했습니다
        [tls] 보안 연결에 실패했습니다. 이 컴퓨터가 서버의 인증서를 신뢰하지 않습니다
        [connection-lost] 파일을 읽는 도중 연결이 끊어졌습니다
       *[other] 이 주소에서 파일을 읽지 못했습니다
    }
# $seconds: 제한 시간.
media-timeout = 서버가 { $seconds }초 안에 응답을 마치지 못했습니다. 그때까지 알아낸 값은 채워 두었으니 나머지는 직접 입력하세요
# $type: 서버의 Content-Type(예: text/plain). $expected: image, sound 또는 video.
media-content-type = 서버가 이 파일을 { $expected ->
        [image] 이미지가
        [sound] 오디오가
       *[video] 동영상이
    } 아닌 { $type } 형식으로 표시합니다. 표시된 형식을 따르는 시청자 앱은 이 파일을 거부할 수 있습니다
# $found: 주소가 웹 페이지를 주면 page, 그 밖에는 other.
media-not-image = { $found ->
        [page] 이 주소는 이미지 자체가 아니라 웹 페이지를 줍니다. 이미지의 주소를 직접 복사하세요
       *[other] 앱이 읽을 수 있는 이미지가 아닙니다(JPG, PNG, GIF, BMP, WebP, HEIC, TIFF)
    }
media-not-sound = { $found ->
        [page] 이 주소는 사운드 파일 자체가 아니라 웹 페이지를 줍니다. 파일의 주소를 직접 복사하세요
       *[other] 앱이 읽을 수 있는 사운드 파일이 아닙니다(MP3, M4A/AAC, WAV, Ogg, FLAC, AIFF)
    }
media-not-video = { $found ->
        [page] 이 주소는 동영상 자체가 아니라 웹 페이지를 줍니다. 동영상 파일의 주소를 직접 복사하세요
       *[other] 앱이 알아볼 수 있는 동영상이 아닙니다(MP4, MOV, WebM, MKV, AVI, FLV)
    }
# $mib: 앱이 읽은 양(MiB).
media-size-unknown = 서버가 파일 크기를 알려 주지 않으며, 파일이 앱이 읽는 { $mib }MiB보다 큽니다. 크기를 바이트 단위로 입력하세요
# $bytes: 파일 크기.
media-size-too-big = 파일이 { $bytes }바이트로, 이 필드에 넣을 수 있는 크기(4GiB)를 넘습니다
# $kib: 앱이 읽은 파일의 양(KiB).
media-dimensions-not-found = 앱이 읽은 이미지 데이터 { $kib }KiB 안에서 찾지 못했습니다. 픽셀 단위로 입력하세요
media-dimensions-unreadable = 이미지 헤더를 읽을 수 없습니다(손상되었거나 앱이 모르는 변형입니다). 픽셀 단위로 입력하세요
# $format: 파일 형식(예: AMR, WEBM).
media-duration-unsupported = 앱은 { $format } 파일의 길이를 읽을 수 없습니다. 초 단위로 입력하세요
media-duration-not-found = 앱이 읽은 파일 데이터 { $kib }KiB 안에서 길이를 찾지 못했습니다. 초 단위로 입력하세요
media-duration-unreadable = 파일 헤더를 읽을 수 없습니다(손상되었거나 앱이 모르는 변형입니다). 길이를 초 단위로 입력하세요
media-duration-zero = 파일에 길이가 0으로 적혀 있습니다(라이브 스트림이나 프래그먼트 MP4일 수 있습니다). 초 단위로 입력하세요
media-file-name-unknown = 주소에도 서버 응답에도 파일 이름이 없습니다. 확장자를 포함한 이름을 입력하세요(예: report.pdf)

## 명령이 실패한 이유를 제작자의 언어로 설명할 수 있을 때 사용합니다(시스템의 영어 세부 정보는 bdesk와 로그에 남습니다).

# 시스템 키체인(Linux의 Secret Service, macOS의 키체인, Windows의 자격 증명 관리자)이 없습니다.
# $platform: linux, macos, windows 또는 other.
keychain-unavailable = { $platform ->
        [linux] 실행 중인 키체인 서비스가 없습니다. gnome-keyring 또는 KWallet의 Secret Service를 설치하고 실행한 뒤, 기본(로그인) 키링이 있는지 확인하세요.
       *[other] 이 사용자 세션에서 시스템 키체인을 사용할 수 없습니다.
    }
keychain-locked = 시스템 키체인이 잠겨 있습니다. 잠금을 해제한 뒤 다시 시도하세요.
keychain-denied = 시스템 키체인 접근이 거부되었습니다. 시스템이 물으면 Broadcast Desk를 허용한 뒤 다시 시도하세요.
keychain-platform = 시스템 키체인에서 오류가 발생했습니다. 다시 시도하고, 계속되면 키체인 서비스를 다시 시작하세요.
# $profile: 프로필 이름.
error-missing-key = ‘{ $profile }’ 프로필에 저장된 비밀 키가 없습니다. 프로필에서 Chat 콘솔의 키를 입력하세요.
error-profile-not-found = 이 프로필은 더 이상 없습니다. 다른 창이나 bdesk에서 삭제되었을 수 있습니다.
error-send-cancelled = 브로드캐스트가 나가기 전에 취소되었습니다. 전송되지 않았습니다.
error-scheduler-busy = 이 데이터 폴더의 예약은 이미 { $who ->
        [app] Broadcast Desk 앱이
       *[other] bdesk run-scheduler가
    } 실행하고 있습니다(프로세스 { $pid }). 하나만 실행할 수 있습니다.
error-scheduler-busy-unknown = 이 데이터 폴더의 예약은 이미 다른 프로세스가 실행하고 있습니다. 하나만 실행할 수 있습니다.
error-schedule-changed = 편집하는 동안 { $when }에 전송이 시작되어 변경 내용을 저장하지 않았습니다. 전송된 내용을 확인한 뒤 다시 편집하세요.
error-schedule-not-editable = 더 이상 편집할 수 없습니다. { $status ->
        [cancelled] 취소되었습니다.
        [done] 더 보낼 것이 없습니다.
       *[other] 현재 상태: { $status }.
    }
error-schedule-not-held = 더 이상 결정을 기다리고 있지 않습니다. { $state ->
        [skipped] 건너뛰었습니다.
        [sent] 전송되었습니다.
        [notSent] 전송했지만 수락되지 않았습니다. 기록을 확인하세요.
        [unknown] 전송했지만 결과를 알 수 없습니다. 기록을 확인하세요.
       *[other] 전송 중입니다.
    }
error-not-queued = 더 이상 취소할 수 없습니다. { $delivery ->
        [sending] 이미 전송 시도가 나갔으며 시청자 화면에 표시되었을 수 있습니다.
        [sent] 이미 전송되었습니다.
        [unknown] 결과를 알 수 없습니다. 대신 처리 방법을 결정하세요.
       *[other] 이미 끝났습니다.
    }
