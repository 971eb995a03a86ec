# Rust 也会渲染的文本：bdesk 输出英文版，窗口则以制作人所用的语言显示。
# 每种语言的 core.ftl 都有完全相同的消息 ID（有测试检查）。
#
# 腾讯的产品名按腾讯的写法保留（腾讯云即时通信 IM、SDKAppID、UserSig、即时通信 IM 控制台），
# 控制台路径逐字照写：制作人会按它一步步点击。

## 腾讯的应答，按其 ErrorCode 分列（send_broadcast_msg、account_check 以及 UserSig 校验）。
## .title 用一行说明发生了什么；.remedy 说明该怎么做。

tencent-0 =
    .title = 已发送。
    .remedy = 无需操作。

tencent-10002 =
    .title = 腾讯服务器内部错误。
    .remedy = 请几秒后重试；同一条消息不会重复送达。

tencent-10003 =
    .title = 腾讯无法识别 URL 中的接口命令。
    .remedy = 如使用了自定义接入地址或代理，请检查它是否原样转发请求路径。

tencent-10004 =
    .title = 腾讯拒绝了消息中的某个参数。
    .remedy = 请查看腾讯返回的错误信息，找到对应字段，修正后重新发送。

tencent-10007 =
    .title = 没有发送广播消息的权限。
    .remedy = 请在即时通信 IM 控制台打开开关：功能配置 > 群组配置 > 群功能配置 > 直播群广播消息（需专业版、专业版 Plus 或企业版；中国站为旗舰版或企业版），并确认所用账号是该 SDKAppID 的 App 管理员。

tencent-10023 =
    .title = 发送频率超出了当前版本的上限。
    .remedy = 专业版（中国站为旗舰版）每秒可发 1 条广播，专业版 Plus 和企业版每秒 5 条（以控制台中的设置为准）。请稍等片刻，或把几条消息合并成一条。

tencent-60002 =
    .title = 腾讯无法解析请求 URL。
    .remedy = 如使用了自定义接入地址或代理，请检查它是否原样转发 URL。

tencent-60003 =
    .title = 腾讯无法将消息解析为 JSON。
    .remedy = 消息体格式有误；请通过表单重新生成后再发送。

tencent-60004 =
    .title = 腾讯拒绝了该账号或签名。
    .remedy = 请检查配置档案中的管理员账号和密钥。

tencent-60005 =
    .title = 腾讯拒绝了该账号或签名。
    .remedy = 请检查配置档案中的管理员账号和密钥。

tencent-60006 =
    .title = SDKAppID 无效。
    .remedy = 请从即时通信 IM 控制台重新复制 SDKAppID，并检查数据中心是否正确。

tencent-60007 =
    .title = 此应用的 REST API 调用次数过多。
    .remedy = 请稍后重试；并降低自动发送的频率。

tencent-60008 =
    .title = 腾讯处理请求超时，或无法读取请求。
    .remedy = 请重试；如反复出现，请检查自定义接入地址或代理。

tencent-60009 =
    .title = 请求被发到了错误的腾讯服务。
    .remedy = 如使用了自定义接入地址或代理，请检查它是否原样转发请求路径。

tencent-60010 =
    .title = 此操作需要 App 管理员账号。
    .remedy = 请使用在即时通信 IM 控制台中设为 App 管理员的账号。

tencent-60011 =
    .title = 此 SDKAppID 的调用次数过多。
    .remedy = 请稍后重试；并降低自动发送的频率。

tencent-60012 =
    .title = 请求中缺少 SDKAppID。
    .remedy = 请在配置档案中填写 SDKAppID；并检查自定义接入地址或代理。

tencent-60015 =
    .title = 某个账号字段不是字符串。
    .remedy = From_Account 必须是文本（字符串）；修正后重新发送。

tencent-60016 =
    .title = 此 SDKAppID 已被禁用。
    .remedy = 请在即时通信 IM 控制台查看该应用的状态。

tencent-60017 =
    .title = 腾讯已对此应用禁用该请求。
    .remedy = 请在即时通信 IM 控制台查看该应用的状态和已开通的功能，或联系腾讯云技术支持。

tencent-60018 =
    .title = 请求过于频繁。
    .remedy = 请稍后重试。

tencent-60019 =
    .title = 请求过于频繁。
    .remedy = 请稍后重试。

tencent-60020 =
    .title = 付费版本已到期。
    .remedy = 请在即时通信 IM 控制台为此应用续费专业版、专业版 Plus 或企业版（中国站为旗舰版或企业版）。

tencent-60021 =
    .title = 腾讯不接受来自本机 IP 地址的调用。
    .remedy = 请在即时通信 IM 控制台把当前网络的公网 IP 加入该应用的 IP 白名单。

tencent-70001 =
    .title = UserSig 已过期。
    .remedy = Broadcast Desk 会重新签发并自动重试一次；如仍出现，请检查本机时钟。

tencent-70002 =
    .title = 请求中缺少 UserSig。
    .remedy = 如使用了自定义接入地址或代理，请检查它是否原样转发 URL 中的查询参数。

tencent-70003 =
    .title = UserSig 无效。
    .remedy = 请检查配置档案中的密钥和 SDKAppID。

tencent-70005 =
    .title = 无法解析 UserSig。
    .remedy = 请检查配置档案中的密钥和 SDKAppID。

tencent-70009 =
    .title = UserSig 是用错误的密钥签发的。
    .remedy = 该密钥很可能属于另一个应用：请从即时通信 IM 控制台复制此 SDKAppID 对应的密钥。

tencent-70013 =
    .title = URL 中的账号（identifier）与 UserSig 中的不一致。
    .remedy = 可能是程序缺陷，或代理改写了 URL；请报告此问题，并注明发送时间。

tencent-70014 =
    .title = URL 中的 SDKAppID 与 UserSig 中的不一致。
    .remedy = 可能是程序缺陷，或代理改写了 URL；请报告此问题，并注明发送时间。

tencent-70016 =
    .title = 腾讯找不到此 SDKAppID 的密钥。
    .remedy = 请检查 SDKAppID，并确认配置档案中的数据中心就是创建该应用时所选的数据中心。

tencent-70020 =
    .title = 腾讯在此数据中心找不到该 SDKAppID。
    .remedy = 请检查数据中心：必须与创建该应用时所选的一致（可在即时通信 IM 控制台查看）。

tencent-70050 =
    .title = 签名校验失败次数过多，腾讯将在 1 分钟内拒绝请求。
    .remedy = 请等待 60 秒再发送。如果再次出现，很可能是密钥有误。

tencent-70051 =
    .title = 管理员账号已被列入黑名单。
    .remedy = 请换用其他管理员账号，或联系腾讯云技术支持。

tencent-70052 =
    .title = UserSig 已失效（已过期，或账号被踢下线）。
    .remedy = Broadcast Desk 会重新签发并自动重试一次；如仍出现，请检查本机时钟。

tencent-70169 =
    .title = 腾讯内部处理超时。
    .remedy = 请几秒后重试；同一条消息不会重复送达。

tencent-70202 =
    .title = 腾讯内部处理超时。
    .remedy = 请几秒后重试；同一条消息不会重复送达。

tencent-70402 =
    .title = 腾讯拒绝了某个参数。
    .remedy = 请查看腾讯返回的错误信息，找到对应字段，修正后重新发送。

tencent-70403 =
    .title = 此操作需要 App 管理员账号。
    .remedy = 请使用在即时通信 IM 控制台中设为 App 管理员的账号。

tencent-70500 =
    .title = 腾讯服务器内部错误。
    .remedy = 请几秒后重试。

tencent-80002 =
    .title = 消息过长。
    .remedy = 请精简内容：MsgBody 与 CloudCustomData 合计不得超过 12,000 字节。

tencent-93000 =
    .title = JSON 数据包过长。
    .remedy = 请精简消息：MsgBody 与 CloudCustomData 合计不得超过 12,000 字节。

# 本版本不认识的 ErrorCode。
tencent-unknown =
    .title = 腾讯返回了 Broadcast Desk 无法识别的错误码。
    .remedy = 请查看腾讯返回的错误信息，并在腾讯云即时通信 IM 的错误码文档（文档 1047/34348）中查找该错误码。

## 完全没有收到腾讯应答的请求，按途中出错的环节分列。

transport-connection-refused =
    .title = 服务器拒绝了连接。
    .remedy = 请检查接入地址；如使用本地模拟器或代理，请确认它正在运行。

transport-dns =
    .title = 无法解析服务器域名。
    .remedy = 请检查网络连接和 DNS；如有备用域名，Broadcast Desk 已经尝试过。

transport-connect-timeout =
    .title = 连接服务器超时。
    .remedy = 请检查网络连接及防火墙；消息未发出。

transport-tls =
    .title = 无法建立安全连接（证书或 TLS 错误）。
    .remedy = 请检查接入地址、本机时钟，以及网络中是否有拦截 HTTPS 的设备；消息未发出。

transport-connect =
    .title = 无法连接服务器。
    .remedy = 请检查网络连接和接入地址；消息未发出。

transport-timeout =
    .title = 未能及时收到应答；消息可能已送达，也可能未送达。
    .remedy = 5 分钟内重发同一条消息是安全的：腾讯会丢弃 Random 相同的重复消息。

transport-connection-lost =
    .title = 收到应答前连接已断开；消息可能已送达，也可能未送达。
    .remedy = 5 分钟内重发同一条消息是安全的：腾讯会丢弃 Random 相同的重复消息。

transport-http-status =
    .title = 服务器返回了 HTTP 错误，而不是腾讯的处理结果。
    .remedy = 请几秒后重试；如持续出现，请检查接入地址或代理。

transport-bad-response =
    .title = 服务器的应答不是腾讯的处理结果。
    .remedy = 请检查接入地址：应答来自腾讯 REST API 以外的服务。

transport-other =
    .title = 请求因意外原因失败。
    .remedy = 请重试；如持续出现，请报告此问题，并注明发送时间。

## 测试连接：不属于腾讯错误码的问题。

# 配置档案的默认发送方（观众看到的发送者账号）在该应用中不存在。
# $account：输入的账号 ID。
connection-default-sender-missing =
    .title = 默认发送方“{ $account }”在此应用中不存在。
    .remedy = 请在即时通信 IM 控制台导入该账号（或调用 account_import 接口），或修改配置档案的默认发送方。在此之前，凡是使用它的发送都会被拒绝。

# 所查询的账号不存在。$account：账号 ID。
connection-account-missing =
    .title = 账号“{ $account }”在此应用中不存在。
    .remedy = 在消息把它指定为发送方之前，请先在即时通信 IM 控制台导入该账号（或调用 account_import 接口）。

# 腾讯的时钟（取自其应答）与本机时钟相差超过一分钟；本机时钟比腾讯慢（…-behind）或快（…-ahead）。
# $amount：整数；$unit：second、minute、hour 或 day。
# 中文没有单复数之分，只按 $unit 选择单位。
connection-clock-behind =
    .title = 本机时钟比腾讯服务器慢 { $unit ->
        [second] { $amount } 秒
        [minute] { $amount } 分钟
        [hour] { $amount } 小时
       *[day] { $amount } 天
    }。
    .remedy = 请在系统设置中开启“自动设置日期和时间”（或手动同步时钟），然后重新测试：腾讯按它自己的时钟判断每个 UserSig 是否有效。

connection-clock-ahead =
    .title = 本机时钟比腾讯服务器快 { $unit ->
        [second] { $amount } 秒
        [minute] { $amount } 分钟
        [hour] { $amount } 小时
       *[day] { $amount } 天
    }。
    .remedy = 请在系统设置中开启“自动设置日期和时间”（或手动同步时钟），然后重新测试：腾讯按它自己的时钟判断每个 UserSig 是否有效。

# 腾讯称刚刚生成的 UserSig 已过期，而其应答中没有可供比较的时间。
connection-clock-unknown =
    .title = 腾讯称刚刚生成的 UserSig 已经过期：本机时钟不准。
    .remedy = 请在系统设置中开启“自动设置日期和时间”（或手动同步时钟），然后重新测试。

# 网络和腾讯以外的原因中止了测试；下方的详情说明了原因。
connection-untested =
    .title = 无法测试连接。
    .remedy = 请查看下方详情。

## 检查广播消息体（编辑器和 bdesk 都会校验）。反引号中的字段名是腾讯自己的 JSON 字段名：
## 在所有语言中都保持原样。
## $name：JSON 字段名。$found：值的实际类型：null、boolean、number、string、list、object。

message-duplicate-key = `{ $key }` 在同一个对象中出现了多次；不同的 JSON 解析器对以哪一个为准并不一致，请只写一次
message-not-object = 消息必须是形如 {"{"}"MsgBody": [...]{"}"} 的 JSON 对象，而不是{ $found ->
        [null] 空值（null）
        [boolean] 布尔值（true/false）
        [number] 数字
        [string] 字符串
        [list] 数组
       *[object] 对象
    }
message-element-not-object = 每个 MsgBody 元素都必须是形如 {"{"}"MsgType": "TIMTextElem", "MsgContent": {"{"}...{"}"}{"}"} 的对象，而不是{ $found ->
        [null] 空值（null）
        [boolean] 布尔值（true/false）
        [number] 数字
        [string] 字符串
        [list] 数组
       *[object] 对象
    }
message-image-size-not-object = 每个 ImageInfoArray 条目都必须是对象 {"{"}Type, Size, Width, Height, URL{"}"}，而不是{ $found ->
        [null] 空值（null）
        [boolean] 布尔值（true/false）
        [number] 数字
        [string] 字符串
        [list] 数组
       *[object] 对象
    }
message-from-empty = `From_Account` 为空；如要以管理员账号身份发送，请删除该字段
# $bytes：账号的长度；$max：上限（32）。
message-from-too-long = `From_Account` 长 { $bytes } 字节；账号 ID 最长 { $max } 字节
# $at：空格所在的字节位置。
message-from-space = `From_Account` 在字节位置 { $at } 处有空格；粘贴进来的空格会变成另一个账号
# $character：该字符（不可见时为其码位，如 U+0009）。
message-from-character = `From_Account` 在字节位置 { $at } 处包含 { $character }；账号 ID 只能使用不含空格的可打印 ASCII 字符（字母、数字、_ 和 - 最稳妥）
message-empty-body = `MsgBody` 没有任何元素；请至少添加一个（通常是 TIMTextElem）
# $bytes：消息大小；$limit：12,000；$over：超出多少。
message-too-long = 消息大小为 { $bytes } 字节（MsgBody 加 CloudCustomData），超过了腾讯的上限 { $limit } 字节；请删减 { $over } 字节，或拆成几条消息发送
message-text-empty = `Text` 为空；不含文字的广播一定是出错了（常见原因是字段名拼错）
message-text-blank = `Text` 只有空白字符；不含文字的广播一定是出错了（常见原因是字段名拼错）
# $first：消息体中已有的自定义元素的序号。
message-custom-twice = 每条消息只允许一个 TIMCustomElem，而 MsgBody[{ $first }] 已经是一个；请合并两者的数据，或分成两条消息发送
message-image-format = `ImageFormat` 必须为 1（JPG）、2（GIF）、3（PNG）、4（BMP）或 255（其他）；当前为 { $got }
message-image-sizes-empty = `ImageInfoArray` 至少需要一个条目（Type 1 原图、2 大图、3 缩略图）
message-image-size-type = `Type` 必须为 1（原图）、2（大图）或 3（缩略图）；当前为 { $got }
message-image-size-twice = `Type` { $type } 已在 ImageInfoArray[{ $first }] 中出现过；每种尺寸只能出现一次
# $flag：唯一允许的值（2）。
message-download-flag = `{ $name }` 必须为 { $flag }（观众从文件的 URL 下载）；当前为 { $got }
# $bound：纬度为 90，经度为 180。
message-coordinate = `{ $name }` 必须在 -{ $bound } 到 { $bound } 之间；当前为 { $got }
message-url-empty = `{ $name }` 为空；请填写观众端应用下载该文件所用的 https:// 地址
message-url-characters = `{ $name }` 包含空格、控制字符或反斜杠；请对其进行百分号编码（空格写作 %20）
message-url-not-absolute = `{ $name }` 必须是以 https://（或 http://）开头的完整 URL
# $detail：URL 解析器自己的说明（英文）。
message-url-invalid = `{ $name }` 不是有效的 URL（{ $detail }）
message-url-no-host = `{ $name }` 缺少主机名
# $suggestion：仅大小写不同的字段名。
message-unknown-field-case = 未知字段 `{ $key }`：是不是要写 `{ $suggestion }`？字段名区分大小写
# $allowed：该位置允许的字段名，以逗号分隔。
message-unknown-field = 未知字段 `{ $key }`；此处允许的字段：{ $allowed }
message-required = `{ $name }` 为必填项
# $expected：string、whole-number、number、msg-type、content 或 image-sizes。
message-wrong-type = `{ $name }` 必须是{ $expected ->
        [string] 字符串（加引号的文本）
        [whole-number] 整数
        [number] 数字
        [msg-type] 形如 "TIMTextElem" 的字符串
        [content] 包含该元素各字段的对象
       *[image-sizes] 由 {"{"}Type, Size, Width, Height, URL{"}"} 条目组成的数组
    }，而不是{ $found ->
        [null] 空值（null）
        [boolean] 布尔值（true/false）
        [number] 数字
        [string] 字符串
        [list] 数组
       *[object] 对象
    }
message-fraction = `{ $name }` 必须是整数；{ $got } 带有小数部分
# $plain：以普通写法表示的同一个数（写 100 而不是 1e2）。
message-plain-number = `{ $name }` 必须写成普通整数形式（写 { $plain }，而不是 { $got }）
message-negative = `{ $name }` 不能为负数；当前为 { $got }
message-number-range = `{ $name }` 必须是 { $min } 到 { $max } 之间的整数；当前为 { $got }
# $suggestion：仅大小写不同的 MsgType。
message-unknown-type-case = 未知的 MsgType `{ $type }`；是不是要写 `{ $suggestion }`？类型名区分大小写
# $types：所有 MsgType，以逗号分隔。
message-unknown-type = 未知的 MsgType `{ $type }`；请使用以下类型之一：{ $types }


## 配置档案的各字段（配置档案表单以及 bdesk profile add/edit）。显示在字段旁边，因此不提字段名；
## bdesk 会在前面加上字段名。

field-required = 必填
# $max：上限（64）；$count：该名称的字符数。
field-name-too-long = 最多 { $max } 个字符（当前为 { $count } 个）
# $codepoint：该字符的码位，如 U+200B。
field-name-hidden = 不能包含不可见字符或改变文字方向的字符（发现 { $codepoint }）：确认步骤会显示此名称，它必须名副其实
# $name：输入的名称。
field-name-taken = 已有另一个配置档案名为“{ $name }”
# $other：已有配置档案的名称，与 $name 看起来相同。
field-name-lookalike = 另一个配置档案名为“{ $other }”，看起来与此名称相同（比较名称时忽略大小写和全角/半角差异）
# $value：输入的内容。
field-color-format = 必须是 #rrggbb 格式的十六进制颜色，当前为“{ $value }”
field-color-sandbox = 这种紫色专用于标识沙箱；请选择其他颜色
# $regions：数据中心 ID，以逗号分隔。
field-region-unknown = 未知的数据中心“{ $region }”；应为以下之一：{ $regions }
field-url-insecure = 使用了 http://，这只允许用于本机（127.0.0.1、::1、localhost：模拟器或本地代理）；请使用 https://
field-url-credentials = 不能包含用户名或密码
# $detail：URL 检查器给出的问题说明（英文）。
field-url-malformed = { $detail }
# $max：本程序接受的最大 SDKAppID。
field-sdkappid-range = 必须在 1 到 { $max } 之间；请从即时通信 IM 控制台复制
field-account-too-long = 长 { $bytes } 字节；账号 ID 最长 { $max } 字节
field-account-space = 在字节位置 { $at } 处有空格；粘贴进来的空格会变成另一个账号
field-account-character = 在字节位置 { $at } 处包含 { $character }；账号 ID 只能使用不含空格的可打印 ASCII 字符（字母、数字、_ 和 - 最稳妥）
# $min、$max：秒数（1800 = 30 分钟，604800 = 7 天）。
field-lifetime-range = 必须在 { $min } 秒（30 分钟）到 { $max } 秒（7 天）之间
field-rate-range = 必须为每秒 { $min } 到 { $max } 次，与控制台中的设置一致
field-sandbox-fixed = 内置沙箱运行在 Broadcast Desk 内部，此项固定不变；只能修改其名称、颜色、版本和默认发送方
field-sandbox-stays = 内置沙箱始终是沙箱，不能更改

## 模板名称（bdesk template add/rename/duplicate）。名称的其他规则与上面的配置档案相同，同样显示在字段旁边。

# $name：输入的名称。
field-template-name-taken = 已有另一个模板名为“{ $name }”
# $other：现有模板的名称，看起来与 $name 相同。
field-template-name-lookalike = 另一个模板名为“{ $other }”，看起来与此名称相同（比较名称时忽略大小写和全角/半角差异）
field-schedule-at-format = “{ $value }”不是日期和时间；请写成 2026-12-01T20:00
field-schedule-zone-unknown = 这台电脑不认识时区“{ $value }”；请使用 IANA 名称，例如 Asia/Shanghai 或 Europe/Berlin
field-schedule-no-weekdays = 请至少选择一周中的一天
field-schedule-until-format = 结束日期不是日期；请写成 2026-12-31
field-schedule-until-before-start = 结束日期早于第一次发送
field-schedule-count-zero = 至少要发送一次
field-schedule-in-the-past = { $zone } 的 { $when } 已经过去（那里现在是 { $now }）；请检查日期和钟点
field-schedule-far-ahead = { $zone } 的 { $when } 在 { $days } 天以后；请确认确实是这个日期
field-schedule-late-range = 允许延迟的时间须在 { $min } 分钟到 { $max } 小时之间
field-schedule-label-too-long = 标签最多 { $max } 个字符

## 为图片、语音、文件或视频（或视频封面）粘贴的媒体 URL：读取文件开头的字节后仍无法得知的信息，或发现的错误。
## 显示在所涉及的元素字段（URL、Size、Width、Second、FileName 等）旁边，因此不写字段名。
## 不会上传任何内容：应用只读取 URL 指向的文件。

# $detail：URL 解析器自己的说明（英文）。
media-url-invalid = 不是有效的 URL（{ $detail }）
# $scheme：URL 的协议，例如 ftp。
media-url-scheme = 必须以 https:// 开头（此地址以 { $scheme }:// 开头）
media-url-insecure = 使用了 http://，应用只从本机（127.0.0.1、::1、localhost）通过 http:// 读取；请使用文件的 https:// 地址
media-url-credentials = 包含用户名或密码，每位观众都会收到它；请使用无需登录的链接
# $host：重定向指向的主机。
media-redirect-insecure = 通过 http:// 重定向到 { $host }，应用只在重定向到本机时才跟随 http://；请使用文件的 https:// 地址
# $detail：重定向地址的问题（英文）。
media-redirect-invalid = 重定向到应用不会跟随的地址（{ $detail }）
# $max：最多跟随的重定向次数（5）。
media-redirect-too-many = 重定向超过 { $max } 次；请使用最终到达的地址
# $status：HTTP 状态码。
media-http-status = { $status ->
        [401] 服务器要求登录（HTTP 401）；观众端应用无法登录，请使用公开链接
        [403] 服务器拒绝提供文件（HTTP 403）；链接可能已过期或不公开
        [404] 此地址下没有内容（HTTP 404）；请检查链接
        [410] 文件已从此地址删除（HTTP 410）
       *[other] 服务器返回了 HTTP { $status }，而不是文件
    }
# $kind：读取失败的方式：dns、connection-refused、connect-timeout、tls、connection-lost 或其他。
media-fetch-failed = { $kind ->
        [dns] 找不到服务器域名；请检查地址
        [connection-refused] 服务器拒绝了连接
        [connect-timeout] 未能及时连接到服务器
        [tls] 安全连接失败：本机不信任服务器的证书
        [connection-lost] 读取文件时连接中断
       *[other] 无法从此地址读取文件
    }
# $seconds：时间限制。
media-timeout = 服务器超过 { $seconds } 秒仍未完成；已填入此前得到的信息，其余请自行填写
# $type：服务器的 Content-Type，例如 text/plain。$expected：image、sound 或 video。
media-content-type = 服务器将其标为 { $type }，而不是{ $expected ->
        [image] 图片
        [sound] 音频
       *[video] 视频
    }；按标注类型处理的观众端应用可能会拒绝它
# $found：地址返回网页时为 page，其他情况为 other。
media-not-image = { $found ->
        [page] 此地址返回的是网页，而不是图片本身：请复制图片自身的地址
       *[other] 不是应用能读取的图片（JPG、PNG、GIF、BMP、WebP、HEIC、TIFF）
    }
media-not-sound = { $found ->
        [page] 此地址返回的是网页，而不是音频文件本身：请复制文件自身的地址
       *[other] 不是应用能读取的音频文件（MP3、M4A/AAC、WAV、Ogg、FLAC、AIFF）
    }
media-not-video = { $found ->
        [page] 此地址返回的是网页，而不是视频本身：请复制视频文件自身的地址
       *[other] 不是应用能识别的视频（MP4、MOV、WebM、MKV、AVI、FLV）
    }
# $mib：应用读取的量（MiB）。
media-size-unknown = 服务器没有说明文件大小，且文件超过应用读取的 { $mib } MiB；请以字节为单位填写大小
# $bytes：文件大小。
media-size-too-big = 文件大小为 { $bytes } 字节，超过此字段能容纳的上限（4 GiB）
# $kib：应用读取的文件数据量（KiB）。
media-dimensions-not-found = 在应用读取的 { $kib } KiB 图片数据中未找到；请以像素为单位填写
media-dimensions-unreadable = 无法读取图片头部（已损坏，或是应用不认识的变体）；请以像素为单位填写
# $format：文件格式，例如 AMR 或 WEBM。
media-duration-unsupported = 应用无法读取 { $format } 文件的时长；请以秒为单位填写
media-duration-not-found = 在应用读取的 { $kib } KiB 文件数据中未找到时长；请以秒为单位填写
media-duration-unreadable = 无法读取文件头部（已损坏，或是应用不认识的变体）；请以秒为单位填写时长
media-duration-zero = 文件标注的时长为 0（可能是直播流或分片 MP4）；请以秒为单位填写
media-file-name-unknown = 地址和服务器都没有给出文件名；请填写带扩展名的文件名（例如 report.pdf）

## 命令失败的原因，能用制作人的语言说明时使用（系统给出的英文详情留给 bdesk 和日志）。

# 系统钥匙串（Linux 上的 Secret Service、macOS 的钥匙串、Windows 的凭据管理器）不可用。
# $platform：linux、macos、windows 或 other。
keychain-unavailable = { $platform ->
        [linux] 没有正在运行的钥匙串服务：请安装并启动 gnome-keyring 或 KWallet 的 Secret Service，并确认它有默认（登录）钥匙环。
       *[other] 当前用户会话无法使用系统钥匙串。
    }
keychain-locked = 系统钥匙串已锁定：请解锁后重试。
keychain-denied = 访问系统钥匙串被拒绝：请在系统询问时允许 Broadcast Desk，然后重试。
keychain-platform = 系统钥匙串报告了错误；请重试，如果仍然出错，请重启钥匙串服务。
# $profile：配置档案的名称。
error-missing-key = 配置档案“{ $profile }”没有保存密钥；请在配置档案中填入即时通信 IM 控制台中的密钥。
error-profile-not-found = 此配置档案已不存在：可能已在另一个窗口或通过 bdesk 删除。
error-send-cancelled = 广播在发出前已取消：未发送。
error-scheduler-busy = 此数据文件夹的定时发送已由{ $who ->
        [app] Broadcast Desk 应用
       *[other] bdesk run-scheduler
    }运行（进程 { $pid }）；同一时间只能有一个在运行。
error-scheduler-busy-unknown = 此数据文件夹的定时发送已由另一个进程运行；同一时间只能有一个在运行。
error-schedule-changed = 在你编辑时，它已于 { $when } 开始发送；你的修改没有保存。请先查看已发送的内容，再重新编辑。
error-schedule-not-editable = 已无法编辑：{ $status ->
        [cancelled] 它已被取消。
        [done] 已没有要发送的内容。
       *[other] 当前状态为 { $status }。
    }
error-schedule-not-held = 它已不再等待决定：{ $state ->
        [skipped] 它已被跳过。
        [sent] 它已发送。
        [notSent] 它已发出但未被接受，请查看发送记录。
        [unknown] 它已发出但结果未知，请查看发送记录。
       *[other] 它正在发送。
    }
error-not-queued = 已无法取消：{ $delivery ->
        [sending] 已有一次尝试发出，可能已显示在观众的屏幕上。
        [sent] 已经发送。
        [unknown] 结果未知，请改为对其作出决定。
       *[other] 已经结束。
    }
