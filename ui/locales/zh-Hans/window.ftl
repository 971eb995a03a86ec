### Broadcast Desk —— 窗口自身的文本，简体中文版。
###
### Broadcast Desk 是一款面向直播制作人的桌面应用：把一条消息（“广播消息”）一次性发往
### 某个腾讯云即时通信 IM 应用的所有直播群。读者是正在工作、常常正在直播中的制作人：
### 句子要短、要直白。
###
### 致译者：
### - 源文件是 en/window.ftl；本文件必须与它拥有完全相同的消息 ID 和属性。
### - 腾讯的产品名和协议名按腾讯的写法保留：腾讯云即时通信 IM、即时通信 IM 控制台、
###   SDKAppID、UserSig、MsgSeq、CloudCustomData、From_Account。
### - { $name } 是应用填入的值（含义见各条消息上方的注释）；保留它，可按句子需要调整位置。
###   注释中注明“文本”的数字已经格式化好。
### - 中文没有单复数之分，只使用 *[other]。
### - 由 Rust 同样渲染的文本（腾讯错误说明、配置档案字段和校验消息）在 core.ftl 中，不在这里。
### - 术语与 core.ftl 保持一致：配置档案（profile）、数据中心（region）、密钥（secret key）、
###   管理员账号、默认发送方、沙箱、版本（edition）、接入地址（endpoint）。

## 整个窗口通用的名称

-app-name = Broadcast Desk
-tencent-chat = 腾讯云即时通信 IM
-chat-console = 即时通信 IM 控制台

# 应用名称，显示在侧边栏顶部的图标旁以及“关于”中。
app-name = { -app-name }

## 框架：侧边栏、页眉以及各视图的标题

# 视图名称：既是侧边栏中的项，也是视图顶部的标题。
view-compose = 撰写
view-scheduled = 定时发送
view-history = 发送记录
view-profiles = 配置档案
view-sandbox = 沙箱
view-about = 关于
# 在第一个配置档案创建之前，无论打开哪个视图，页眉都显示此标题。
view-welcome = 欢迎

# 侧边栏项的工具提示。$view：视图名称（见上）；$shortcut：键盘快捷键文本，如 “Ctrl+1” 或 “⌘1”。
nav-item-tooltip = { $view }（{ $shortcut }）

# 侧边栏导航，供屏幕阅读器朗读。
nav-main =
    .aria-label = 主导航

# 无法读取配置档案时，显示在每个视图上方的横幅。$error：原因（应用给出的一句话）。
app-profiles-error = 无法读取配置档案：{ $error }
# 横幅中的按钮：重新读取配置档案。
app-try-again = 重试

# 页眉中的语言选择（地球图标，语言以各自的语言名称列出）。
language-picker =
    .title = 语言
    .aria-label = 语言

## 页眉：下一条广播消息发往的配置档案（“配置档案” = 制作人用来发送的一个 IM 应用）

# 页眉中配置档案名称上方的小标题。
header-sending-to = 发送至
# 尚无配置档案或未选择配置档案时，代替配置档案名称显示。
header-no-profile = 无配置档案
# 已有配置档案但未选择时，显示在“无配置档案”旁的链接：打开“配置档案”视图。
header-choose = 选择
# 还没有任何配置档案时，显示在“无配置档案”旁的链接：打开新建配置档案的表单。
header-set-up = 立即设置
# 从页眉配置档案处打开的菜单，供屏幕阅读器朗读。
header-profile-menu =
    .aria-label = 切换配置档案
# 该菜单顶部、配置档案列表上方的小标题。
header-send-through = 发送时使用
# 该菜单中沙箱名称后的小提示。
header-menu-sandbox = 沙箱
# 该菜单的最后一项：打开“配置档案”视图。
header-manage-profiles = 管理配置档案…

## 欢迎面板（在第一个配置档案创建之前显示）

welcome-title = 欢迎使用 { -app-name }
welcome-lead = 一条消息，同时发往您的{ -tencent-chat } 应用的所有直播群——可以立即发送，也可以在节目需要的那一刻发出。
# 第一个选项：沙箱，在应用内部运行的模拟腾讯服务器。
welcome-sandbox-title = 试用沙箱
welcome-sandbox-text = 无需腾讯云账号。模拟的腾讯服务器只在本机运行：发送一条测试广播，看看观众实际会收到什么。
# 第二个选项：制作人自己的 IM 应用。
welcome-set-up-title = 设置我的 IM 应用
welcome-set-up-text = 填写其数据中心、SDKAppID、管理员账号和密钥。密钥保存在系统钥匙串中，绝不写入文件。
# 无法打开沙箱时显示。$error：原因（应用给出的一句话）。
welcome-sandbox-error = 无法打开沙箱：{ $error }

## 撰写和定时发送（定时发送尚未推出：说明将来会显示什么）

compose-no-profile-title = 添加配置档案后即可开始撰写
compose-no-profile-body = 一条广播消息会发往某个{ -tencent-chat } 应用的所有直播群。请先告诉 { -app-name } 是哪个应用：它的数据中心、SDKAppID 和管理员账号。
# 按钮：打开“配置档案”视图。
compose-go-to-profiles = 前往配置档案

scheduled-empty-title = 暂无定时发送
scheduled-empty-body = 在节目开始前预先安排的公告会列在这里，并显示各自的发送时间。

## 撰写视图（制作人撰写广播消息的地方：元素、边输入边校验、预览、模板、发送）。
## “元素”是消息的一个组成部分：文本、图片、自定义数据等。

compose-tabs =
    .aria-label = 消息的编辑方式
compose-tab-form = 表单
compose-tab-json = 原始 JSON
compose-templates = 模板…
compose-save-template = 存为模板…
compose-save-template-invalid = 请先修正消息中的问题：模板必须是可以发送的消息。
# 消息上方的按钮：用此消息打开定时发送表单。
compose-schedule = 定时发送…
compose-schedule-invalid = 请先修正消息的问题：只有可以发送的消息才能定时发送。

compose-sender = 发送方
compose-sender-hint = 观众看到的广播消息发送账号。
# $account：配置档案的默认发送方账号 ID。
compose-sender-default = { $account }（配置档案的默认发送方）
# $account：配置档案的管理员账号 ID。
compose-sender-admin = { $account }（管理员账号）
compose-sender-other = 其他账号…
compose-sender-account = 发送方账号 ID
compose-sender-checking = 正在向腾讯核实…
# $account：输入的账号 ID。
compose-sender-exists = 此应用中存在账号 { $account }。
# $account：输入的账号 ID。
compose-sender-missing = 此应用中没有账号 { $account }，腾讯会拒绝这条广播消息。请在{ -chat-console }中导入该账号，或选择其他发送方。
# $problem：出了什么问题；$remedy：该怎么做（应用给出的句子）。
compose-sender-unchecked = 无法核实该账号：{ $problem } { $remedy }
# $error：原因（应用给出的句子）。
compose-sender-check-failed = 无法核实该账号：{ $error }

compose-elements =
    .aria-label = 消息的元素
# $position：在消息中的位置（1、2……）。
compose-element-position = #{ $position }
compose-type-text = 文本
compose-type-custom = 自定义
compose-type-face = 表情
compose-type-location = 位置
compose-type-image = 图片
compose-type-sound = 语音
compose-type-file = 文件
compose-type-video = 视频
# .aria-label 中：$type 为元素类型，$position 为位置，$count 为元素总数。
compose-move-up =
    .title = 上移（Alt+↑）
    .aria-label = 将{ $type }（第 { $position } 个，共 { $count } 个）上移
compose-move-down =
    .title = 下移（Alt+↓）
    .aria-label = 将{ $type }（第 { $position } 个，共 { $count } 个）下移
compose-remove =
    .title = 删除
    .aria-label = 删除{ $type }（第 { $position } 个，共 { $count } 个）
compose-more-fields = 更多字段
compose-add = 添加元素
compose-add-menu =
    .aria-label = 元素类型
# $type：元素类型。
compose-announce-added = 已在末尾添加{ $type }。
# $type：元素类型；$position：新位置；$count：元素总数。
compose-announce-moved = 已将{ $type }移到第 { $position } 个（共 { $count } 个）。
# $type：元素类型。
compose-announce-removed = 已删除{ $type }。

compose-field-text = 文本
compose-field-custom-data = 数据
compose-hint-custom-data = 供观众端应用读取（通常是 JSON）。每条消息只能有一个自定义元素。
compose-field-custom-desc = 描述
compose-hint-custom-desc = 显示在离线推送通知中。
compose-field-custom-ext = 扩展字段
compose-field-custom-sound = 推送提示音
compose-field-face-index = 表情编号
# $min、$max：允许的最小值和最大值（文本）。
compose-hint-face-index = { $min } 到 { $max } 之间的整数：应用表情包中的编号。
compose-field-face-data = 数据
compose-field-location-desc = 地点
compose-field-latitude = 纬度
compose-field-longitude = 经度
# $max：0 两侧的最大度数。
compose-hint-degrees = 单位为度，范围 -{ $max } 到 { $max }。
compose-field-image-url = 图片 URL
compose-field-image-sizes = 尺寸
compose-hint-image-sizes = 原图、大图、缩略图各最多一个；只有原图也可以。
# $position：在列表中的位置（1、2……）。
compose-image-size-entry = 尺寸 { $position }
compose-image-size-add = 添加尺寸
compose-image-size-remove = 删除此尺寸
compose-field-image-size = 类型
compose-field-image-format = 格式
# $name：格式（JPG、PNG……）；$value：腾讯对应的编号。
compose-image-format = { $name }（{ $value }）
# $value：腾讯对应的编号。
compose-image-format-other = 其他（{ $value }）
# $name：尺寸（原图、大图、缩略图）；$value：腾讯对应的编号。
compose-image-size = { $name }（{ $value }）
compose-choose = 请选择…
compose-field-url = URL
compose-field-size = 文件大小（字节）
compose-field-width = 宽度（像素）
compose-field-height = 高度（像素）
compose-field-uuid = ID（UUID）
compose-hint-uuid = 观众端应用以此缓存文件。可选。
compose-hint-image-uuid = 观众端应用以此缓存图片；“从 URL 填写”会根据地址生成。
compose-field-sound-url = 语音 URL
compose-field-seconds = 时长（秒）
compose-field-file-url = 文件 URL
compose-field-file-name = 文件名
compose-hint-file-name = 包括扩展名，例如 report.pdf。
compose-field-video-url = 视频 URL
compose-field-video-format = 视频格式
compose-hint-video-format = 例如 mp4。
compose-field-thumb-url = 缩略图 URL
compose-field-thumb-size = 缩略图文件大小（字节）
compose-field-thumb-width = 缩略图宽度（像素）
compose-field-thumb-height = 缩略图高度（像素）
compose-field-thumb-format = 缩略图格式
compose-hint-thumb-format = 例如 JPG。
compose-field-download-flag = 下载标志
# $flag：腾讯唯一接受的值（数字）。
compose-hint-download-flag = 始终为 { $flag }：观众端应用从该 URL 下载文件。
# $seconds：读取文件最多需要的秒数。
compose-hint-media-url = 观众端应用下载文件的地址。“从 URL 填写”会读取文件开头（最多 { $seconds } 秒）并填入读到的信息；不会上传任何内容。
compose-hint-media-url-plain = 观众端应用下载文件的地址。“从 URL 填写”会读取文件开头并填入读到的信息；不会上传任何内容。
compose-cloud-custom-data = 云端自定义数据
compose-hint-cloud-custom-data = 随消息一起保存和投递、供您的应用使用的数据。计入大小上限。

compose-probe = 从 URL 填写
compose-probe-busy = 正在读取…
# $fields：已填写字段的腾讯名称列表（例如 UUID、ImageFormat、Size）。
compose-probe-filled = 已从文件填写 { $fields }。
# $fields：已填写的字段列表。
compose-probe-partly = 已从文件填写 { $fields }；未能读到的信息已在对应字段旁注明。
compose-probe-nothing = 无法从该地址填写任何内容：请查看字段旁的说明。
# $error：原因（应用给出的句子）。
compose-probe-failed = 无法读取该地址：{ $error }

compose-raw-label = JSON 格式的消息
compose-raw-hint = 腾讯收到的消息体，不含 Random（每次发送都会生成新的）。粘贴到这里的内容会显示在表单中。
compose-raw-fits = 表单可以显示全部内容。
# $paths：JSON 中的位置列表（例如 MsgBody[0].MsgContent.Foo）。
compose-raw-unshown = 表单无法显示 { $paths }，因此将按此文本原样校验、保存和发送。
# $error：原因（应用给出的句子）。
compose-raw-not-json = 这还不是 JSON：{ $error }
# $count：问题数量。
compose-raw-problems = { $count } 个问题
compose-path-whole = 整条消息
# $paths：位置列表。
compose-raw-notice = 表单无法显示 { $paths }，因此将按原始 JSON 原样校验、保存和发送。
compose-raw-notice-not-json = 原始 JSON 中的文本不是 JSON，无法显示或发送。
compose-raw-notice-checking = 正在检查表单能否显示原始 JSON…
compose-raw-edit = 编辑原始 JSON
compose-raw-drop = 删除这些部分并使用表单
compose-raw-discard = 放弃原始 JSON

compose-size-label = 消息大小
# $bytes：消息大小；$limit：腾讯的上限（均为字节，文本）。
compose-bytes = { $bytes } / { $limit } 字节
compose-bytes-near = 接近腾讯的上限
# $over：超出的字节数（文本）。
compose-bytes-over = 超出腾讯上限 { $over } 字节
compose-send = 发送…
compose-shortcut-ctrl = Ctrl+Enter
compose-checking = 正在校验…
compose-why-not-json = 原始 JSON 不是 JSON，无法发送。
# $count：消息中的问题数量。
compose-why-invalid = 请先修正上方标出的 { $count } 个问题再发送。
# $profile：将要发往的配置档案名称。
compose-ready = 已就绪。点击发送后，在发往 { $profile } 之前还会再确认一次。
compose-ready-sandbox = 已就绪。将发往沙箱，真实观众看不到。
# $error：原因（应用给出的句子）。
compose-draft-not-saved = 无法为下次启动保留这条消息：{ $error }

compose-preview-title = 预览
compose-audience = 谁会看到：发送时正在直播群中的在线成员。直播群默认不保存历史消息，之后才进群的观众看不到。
compose-audience-sdk = 观众端需使用 Chat SDK { $native } 及以上版本（增强版）或 Web SDK { $web } 及以上版本，才能收到广播消息。
compose-preview-waiting = 消息没有问题后即会显示预览。
compose-preview-failed = 这条消息无法预览；表单和发送不受影响。
compose-request-title = 请求
# $query：请求的查询字符串（不含 UserSig，UserSig 从不显示）。
compose-request-query = 查询参数：{ $query }（UserSig 会在发送时加上）
# $bytes：消息体大小（文本）。
compose-request-body = 确切的消息体（{ $bytes } 字节）
compose-request-random = 此处的 Random 只是示例：每次发送都会生成新的。
# $error：原因（应用给出的句子）。
compose-request-error = 无法生成请求：{ $error }

compose-confirm-title = 发送这条广播消息？
# $profile：以颜色和名称显示的配置档案。
compose-confirm-to = 将发往 { $profile } 的所有直播群。
compose-confirm-where = 服务器
# $region：数据中心名称；$host：服务器主机名。
compose-confirm-region = { $region } · { $host }
compose-confirm-from = 发送方
compose-confirm-elements = 元素
compose-confirm-size = 大小
compose-confirm-sandbox = 这是沙箱：由应用内的模拟腾讯服务器接收，真实观众看不到。
compose-confirm-live = 这些群中在线的观众会立即看到，且无法撤回。
compose-confirm-send = 发送广播消息

# $name：模板名称。
compose-replace-title = 用“{ $name }”替换当前消息？
compose-replace-body = 您正在撰写的消息将被模板中的消息替换。
compose-replace-confirm = 替换

## 模板（按名称保存、可以再次使用的消息）

templates-title = 模板
templates-empty = 还没有模板。撰写一条消息后选择“存为模板”。
# $error：原因（应用给出的句子）。
templates-read-error = 无法读取模板：{ $error }
templates-close = 关闭
templates-use = 使用
templates-rename = 重命名…
templates-duplicate = 复制…
templates-delete = 删除…
templates-emergency = 紧急
templates-emergency-badge = 紧急
templates-emergency-hint = 会显示在紧急面板中。
templates-name = 名称
templates-rename-save = 重命名
templates-duplicate-save = 复制
# $name：模板名称。
templates-copy-name = { $name } 副本
# $name：模板名称。
templates-delete-title = 删除模板“{ $name }”？
templates-delete-body = 模板将被删除。已用它发送的广播消息仍保留在发送记录中。
templates-delete-confirm = 删除模板
templates-save-title = 存为模板
templates-save = 保存模板
# $name：模板名称。
templates-saved = 已保存为“{ $name }”。
templates-done = 完成
templates-message-refused = 这条消息无法存为模板：

## “配置档案”视图（每个配置档案对应一个 IM 应用，以其颜色区分）

profiles-intro = 每个配置档案对应一个 IM 应用。凡是以它为发送目标的地方都会显示它的颜色，不会把正式应用错当成测试应用。
# 按钮：添加内置的沙箱配置档案，并打开“沙箱”视图。
profiles-try-sandbox = 试用沙箱
# 按钮：打开新建配置档案的表单。也是新建表单的保存按钮。
profiles-add = 添加配置档案
# 当前用于发送广播消息的配置档案名称旁的标记。
profiles-in-use = 使用中
# 每个配置档案上的按钮。
profiles-use = 使用
profiles-edit = 编辑
profiles-duplicate = 复制
profiles-delete = 删除
# 配置档案信息的标签：请求发往何处（腾讯云数据中心，或接入地址 URL）。
profiles-region = 数据中心
profiles-endpoint = 接入地址
# 沙箱的“位置”：它在应用内部运行。
profiles-this-computer = 本机
profiles-sdkappid = SDKAppID
# 为请求签名的管理员账号。
profiles-admin = 管理员
profiles-edition = 版本
# 屏幕阅读器在密钥状态之前朗读，如“密钥：密钥已存于 macOS Keychain”。
profiles-key-label = 密钥：
# “未保存密钥”旁的链接：打开该配置档案的表单并定位到密钥字段。
profiles-add-key = 添加密钥

# 删除配置档案前确认对话框的标题。$name：配置档案名称。
profiles-delete-title = 删除“{ $name }”？
# 对话框中的破坏性操作按钮。
profiles-delete-confirm = 删除配置档案
# 沙箱的对话框正文。$name：配置档案名称（以粗体显示）。
profiles-delete-body-sandbox = 将从 { -app-name } 中移除 { $name }。沙箱没有需要删除的密钥；您随时可以再次打开它。
# 有密钥的配置档案的对话框正文。$name：配置档案名称（以粗体显示）；$keychain：系统钥匙串的名称，
# 如 “macOS Keychain”、“Windows Credential Manager”、“Secret Service”（英文）。
profiles-delete-body-key-stored = 将从 { -app-name } 中移除 { $name }，其密钥也将从 { $keychain } 中删除。
# 不确定是否存有密钥的配置档案的对话框正文。$name 和 $keychain 同上。
profiles-delete-body-key-maybe = 将从 { -app-name } 中移除 { $name }。如果它存有密钥，也会一并从 { $keychain } 中删除。
# 该对话框中的警告。$count：等待通过此配置档案发出的广播消息数。
profiles-delete-queued =
    { $count ->
       *[other] 有 { $count } 条等待通过此配置档案发出的广播消息将被取消，不会发送。发送记录中会保留它们。
    }
# 该对话框中。$count：通过此配置档案发送的定时发送项数。
profiles-delete-scheduled =
    { $count ->
       *[other] 有 { $count } 个定时发送项通过此配置档案发送：它们将被取消，不再发送。定时发送列表会保留它们并标为已取消。
    }
# 该对话框中。$count：此刻正通过此配置档案发送的广播消息数。
profiles-delete-sending =
    { $count ->
       *[other] 有 { $count } 条广播消息此刻正通过此配置档案发送：它们会照常结束，结果保留在发送记录中。
    }
# $error：原因（应用给出的一句话）。
profiles-delete-usage-error = 无法确认哪些广播消息在使用此配置档案：{ $error }

## 配置档案的密钥状态（密钥本身从不显示）

# $keychain：系统钥匙串的名称，如 “macOS Keychain”、“Secret Service”（英文）。
key-state-stored = 密钥已存于 { $keychain }
key-state-missing = 未保存密钥
# 沙箱使用每次运行时临时生成的密钥签名。
key-state-built-in = 内置密钥（沙箱）
# 保存的密钥看起来不像控制台中的密钥（64 个十六进制字符）时显示。
# $length：所保存密钥的字符数。
key-warning-wrong-length =
    { $length ->
       *[other] 已保存，但{ -chat-console }中的密钥是 64 个十六进制字符，而这个密钥有 { $length } 个字符。请确认是否完整复制；可用“测试连接”验证。
    }
# 同上，密钥有 64 个字符，但不全是 0–9 和 a–f。
key-warning-not-hex = 已保存，但{ -chat-console }中的密钥是 64 个十六进制字符，而这个密钥含有其他字符。请确认是否完整复制；可用“测试连接”验证。

## 版本（即时通信 IM 的版本决定广播消息的发送速度；“条/秒” = 每秒消息数）

# 配置档案表单“版本”列表中的选项。专业版、专业版 Plus 和企业版是腾讯的版本名称。
edition-option-pro = 专业版（中国站为旗舰版）— 1 条/秒
edition-option-pro-plus = 专业版 Plus — 5 条/秒
edition-option-enterprise = 企业版 — 5 条/秒
edition-option-custom = 自定义频率 — 以控制台设置为准
# 配置档案列表中显示的版本。
edition-summary-pro = 专业版 · 1 条/秒
edition-summary-pro-plus = 专业版 Plus · 5 条/秒
edition-summary-enterprise = 企业版 · 5 条/秒
# $rate：控制台为此应用设定的每秒广播条数。
edition-summary-custom = 自定义 · { $rate } 条/秒

## 腾讯云的数据中心（IM 应用所在的数据中心）

region-china = 中国
region-singapore = 新加坡
region-seoul = 首尔
region-tokyo = 东京
region-frankfurt = 法兰克福
region-mumbai = 孟买
region-silicon-valley = 硅谷
region-jakarta = 雅加达

## 测试连接（用无副作用的请求，向腾讯检查配置档案的设置和密钥）

# 按钮，以及检查进行中时的文字。
connection-test = 测试连接
connection-testing = 正在测试…
# 检查成功。$host（等宽字体显示）：应答的服务器；$ms：往返时间（毫秒）。
connection-ok-in = 已连接到 { $host }，耗时 { $ms } 毫秒
# 同上，往返时间未知时。$host（等宽字体显示）：应答的服务器。
connection-ok = 已连接到 { $host }
# 应答中未说明是哪台主机时，代替服务器名称。
connection-tencent = 腾讯
# $account：默认发送方的账号 ID（腾讯的 From_Account）。
connection-default-sender-exists = 默认发送方“{ $account }”在此应用中存在。
# 配置档案还没有密钥。
connection-missing-key-title = 未保存密钥——请先添加密钥
connection-missing-key-body = 每个请求都要用密钥签名；请从{ -chat-console }复制。
# 链接：把光标放到配置档案的密钥字段中。
connection-add-key = 添加密钥
# 检查根本无法进行；原因见下一行。
connection-error-title = 无法测试连接
# 检查失败，且应用没有更多信息。
connection-failed = 连接测试失败。

# 检查或发送失败时：腾讯的错误码。$code：数字文本（无千位分隔符）。
tencent-error-code = 腾讯错误码 { $code }

# 应答属于哪类问题（检查失败时显示的小标签）。
error-class-ok = 正常
error-class-retry-later = 腾讯繁忙——请稍后重试
# 腾讯的签名（UserSig）已过期。
error-class-resign = 签名已过期
error-class-config = 需要修正设置
error-class-message = 需要修改消息
error-class-transport = 网络问题

## 对话框和表单字段（所有对话框和表单共用）

dialog-cancel = 取消
# 对话框角落的 × 按钮，供屏幕阅读器朗读。
dialog-close =
    .aria-label = 关闭
# 字段标签后的小标记。
field-optional = 可选

## 配置档案表单（新建和编辑配置档案的对话框）

form-title-new = 新建配置档案
# $name：配置档案名称。
form-title-edit = 编辑“{ $name }”
# 标题下方的副标题。
form-subtitle-new = 对应一个{ -tencent-chat } 应用：所在数据中心、签名账号、发送速度上限。
form-subtitle-edit = 更改将在下次发送时生效。
form-subtitle-sandbox = 内置沙箱
form-sandbox-notice = 沙箱是内置的：它的服务器在本机运行，并使用每次运行时临时生成的密钥签名，因此无需设置地址、SDKAppID 或密钥。名称、颜色、版本和默认发送方可以自行修改。

# 配置档案的名称，以及空字段中的示例。
form-name = 名称
    .placeholder = 例如：直播节目 — 正式环境

form-colour = 颜色
# $name：应用引擎给出的调色板颜色名称（英文）；已知的颜色都列在下面。
colour-name =
    { $name ->
        [Red] 红色
        [Orange] 橙色
        [Amber] 琥珀色
        [Green] 绿色
        [Teal] 青色
        [Blue] 蓝色
        [Pink] 粉色
        [Slate] 石板灰
       *[other] { $name }
    }
# 调色板后的取色器。$colour：所选颜色（#rrggbb）。
form-colour-custom =
    .title = 自定义颜色
    .aria-label = 自定义颜色 { $colour }
# 尚未选择自定义颜色时的同一个取色器。
form-colour-pick =
    .aria-label = 选择自定义颜色

# 配置档案的请求发往何处：腾讯云的某个数据中心，或自定义 URL（代理或模拟器）。
form-chat-server = IM 服务器
form-target-region = 腾讯云数据中心
form-target-custom = 自定义接入地址
form-region = 数据中心
# 数据中心列表下方。$host：服务器主机名，如 adminapisgp.im.qcloud.com。
form-region-hint = 请求将发往 { $host }
form-endpoint = 接入地址 URL
    .placeholder = https://
# 127.0.0.1 即本机；模拟器是测试时代替腾讯服务器的程序。
form-endpoint-hint = https://…；使用模拟器时可用 http:// 连接 127.0.0.1
form-sdkappid = SDKAppID
    .placeholder = 1400000000
# 为每个请求签名的管理员账号（腾讯的 App 管理员账号 ID）。
form-admin = 管理员账号
form-edition = 版本
form-edition-hint = 决定广播消息的发送速度上限。
# 自定义版本：控制台允许的每秒广播条数。
form-rate = 每秒广播条数
# $min、$max：控制台提供的最低和最高频率。
form-rate-hint-range = { $min } 到 { $max }，与控制台中的设置一致
form-rate-hint = 与控制台中的设置一致
# 广播消息未指定发送方时，观众看到的发送者账号。
form-default-sender = 默认发送方
form-default-sender-hint = 消息未指定发送方时观众看到的账号；留空则使用管理员账号。
# $accounts：沙箱中的账号 ID 列表，如 “sandbox_admin, host, moderator”。
form-default-sender-hint-sandbox = 消息未指定发送方时观众看到的账号。沙箱中可用：{ $accounts }。

# 来自控制台、用于为请求签名的密钥。它只保存在系统钥匙串中。
# “Basic configuration”是控制台中该应用的基础配置页，密钥在其中显示。
form-key = 密钥
form-key-hint-new = 在{ -chat-console }的“Basic configuration”（应用基础配置）页面获取。只保存在系统钥匙串中。也可以稍后添加。
form-key-input =
    .placeholder = 粘贴密钥
# 密钥字段下方。$keychain：系统钥匙串的名称，如 “macOS Keychain”（英文）。
form-key-hint = 直接存入 { $keychain }；{ -app-name } 不会再显示它。
# 应用尚不知道钥匙串名称时，代替其名称。
form-key-system-keychain = 系统钥匙串
# 表单中的密钥状态。$keychain 同上。
form-key-stored = 已存于 { $keychain }
form-key-built-in = 内置
form-key-replace = 替换
form-key-remove = 移除
form-key-save = 保存密钥
# 保存、替换或移除密钥后的确认。
form-key-saved = 密钥已保存。
form-key-replaced = 密钥已替换。
form-key-removed = 密钥已移除。
# 移除密钥前的确认对话框：标题、按钮和正文。
form-key-remove-title = 移除密钥？
form-key-remove-confirm = 移除密钥
# $name：配置档案名称（以粗体显示）；$keychain：系统钥匙串的名称，如 “macOS Keychain”。
form-key-remove-body = { $name } 的密钥将从 { $keychain } 中移除。重新添加之前，通过此配置档案进行的发送和连接测试都将无法使用。

# 折叠起来的、很少修改的设置。
form-advanced = 高级设置
# UserSig：腾讯要求每个请求都携带的签名，由应用用密钥生成。
form-lifetime = UserSig 有效期（分钟）
# $default、$min、$max：以文字表示的时长，如“4 小时”“30 分钟”“7 天”。
form-lifetime-hint-range = { -app-name } 生成的每个签名的有效时长。留空则使用默认值 { $default }；范围为 { $min } 到 { $max }。
form-lifetime-hint = { -app-name } 生成的每个签名的有效时长。留空则使用默认值。

form-connection = 连接
form-connection-hint = 通过一次无副作用的账号查询，检查已保存的设置和密钥。
# 表单错误横幅中，针对表单里没有对应字段的设置的问题。
# $field：该设置的技术名称（如 “target”）；$problem：说明问题的句子。
form-problem-elsewhere = { $field }：{ $problem }
# 编辑时的保存按钮（新建配置档案时显示“添加配置档案”）。
form-save-changes = 保存更改

## “沙箱”视图（在应用内部运行的模拟腾讯服务器；发送的内容没有任何观众看到）

# 沙箱配置档案名称旁的标记，出现在所有显示它的地方。
sandbox-badge = 沙箱
# 视图顶部的横幅。$sandbox：以粗体显示的“沙箱”一词（视图名称）。
sandbox-banner = { $sandbox }——消息会发往在本机运行的模拟腾讯服务器，不会有观众看到。
sandbox-open-title = 打开沙箱
# 内置沙箱配置档案的名称固定为英文 “Sandbox”。
sandbox-open-body = 添加一个名为“Sandbox”的内置配置档案，并将其设为当前发送所用的配置档案。无需腾讯云账号，任何数据都不会离开本机。
sandbox-open-button = 打开沙箱
sandbox-send-title = 发送测试广播
# $profile：沙箱配置档案（其颜色和名称）。
sandbox-send-through = 通过 { $profile } 发送
sandbox-message = 消息
# 消息框中的初始示例文本；制作人可以修改。
sandbox-example-message = 欢迎收看今晚的节目！🎬
# 发送方的账号 ID（腾讯的 From_Account）。
sandbox-from = 发送方
sandbox-send = 发送
sandbox-sending = 正在发送…
sandbox-facts-title = 沙箱的配置
sandbox-facts-address = 地址
sandbox-facts-accounts = 账号
# 沙箱收到的广播消息列表，按观众看到的样子显示。
sandbox-deliveries-title = 观众看到的内容
# $count：沙箱收到的广播消息数量。
sandbox-deliveries-count =
    { $count ->
       *[other] { $count } 条广播
    }
# $error：原因（应用给出的一句话）。
sandbox-deliveries-error = 无法读取已送达的消息：{ $error }
sandbox-deliveries-empty = 尚无送达的消息。发送一条测试广播，它就会显示在这里。
sandbox-deliveries =
    .aria-label = 已送达的消息，最新的在前
# 每条收到的广播消息的时间旁。$msgSeq：腾讯的序列号（文本）。
sandbox-delivery-msg-seq = MsgSeq { $msgSeq }

## 广播消息的结果：窗口发送的每个地方（沙箱的快速发送，以后还有撰写）以及发送记录里都这样显示。
## 结果只有三种，绝不混淆：已发送、未发送、结果未知。

# 已记入发件箱，正在排队等候（应用按版本的速率间隔发送）。
send-result-queued = 排队中
send-result-queued-place = { $ahead ->
    [0] 下一条就发送它，约 { $secs } 秒后发出。
   *[other] 前面还有 { $ahead } 条广播，这条约 { $secs } 秒后发出。
}
send-result-queued-hint = 在发出之前都可以取消。
# 按钮：在发出之前取消排队中的广播消息；以及取消过程中显示的文字。
send-result-cancel = 取消广播
send-result-cancelling = 正在取消…
# 腾讯已接受该广播消息。$msgSeq：腾讯为它分配的序列号（文本，或 “—”）；
# $elapsedMs：发送耗时（毫秒）。
send-result-sent = 已发送 · MsgSeq { $msgSeq } · { $elapsedMs } 毫秒
# 广播消息确定没有发出；原因和解决办法在下面几行。
send-result-not-sent = 未发送
# 制作人在它发出之前取消了它（在本窗口、另一个窗口或用 bdesk）。
send-result-cancelled = 未发送——已取消
# 某次尝试可能已到达腾讯，但没有应答说明是否送达：只有制作人能作决定。
send-result-unknown = 结果未知
send-result-unknown-body = 某次尝试可能已到达腾讯，但没有应答说明消息是否已送达。请先查看您的群，再作决定。

# 广播消息各项信息的标签（结果未知时，以及发送记录的详情）。
fact-outcome = 结果
fact-msg-seq = MsgSeq
fact-profile = 配置档案
# 发往的服务器（主机名和端口）。
fact-target = 发往
fact-random = Random
# 来源：本窗口、紧急按钮、定时发送或 bdesk。
fact-source = 来源
# 发送它的电脑用户账号。
fact-os-user = 电脑用户
# 在任何内容发出之前，它被记入发件箱的时间。
fact-written-down = 记录时间
# 应用尝试发送的次数（每次都是同一条消息、同一个 Random）。
fact-attempts = 尝试次数
fact-first-attempt = 首次尝试
fact-last-error = 最后一次错误
fact-cancelled = 取消时间
fact-ended = 结束时间
# 重新发送时生成的新广播消息的 ID。
fact-resent-as = 重新发送为

# 制作人对结果未知的消息的两种决定。第一种：群里已经能看到它。
outcome-mark-delivered = 标记为已送达
# 第二种：先打开确认对话框。
outcome-send-again = 重新发送…
outcome-send-again-title = 作为新消息重新发送？
outcome-send-again-body = 它将作为一条带有新 Random 的新消息发出，因此腾讯不会把它当作重复消息丢弃。如果第一条其实已经送达，观众会看到这条消息两次。
outcome-send-again-confirm = 作为新消息发送
# 作出决定之后。
outcome-marked-delivered = 已标记为已送达。
outcome-sent-again = 已作为新消息重新发送。

# 有结果等待制作人决定时，页眉上显示的按钮。$count：数量。
attention-button = { $count } 条待决定
    .aria-label =
        { $count ->
           *[other] 有 { $count } 条广播消息需要您决定
        }
# 该按钮打开的列表。
attention-title = 待决定的结果
attention-intro = 以下每一条都可能已被观众看到。请先查看您的群，再标记为已送达或重新发送。
attention-empty = 已没有需要决定的消息。

# 广播消息状态的简短标签（发送记录列表及其结果筛选）。
delivery-queued = 排队中
# 已有一次尝试发出，尚未收到应答。
delivery-sending = 发送中
delivery-sent = 已发送
delivery-not-sent = 未发送
delivery-unknown = 结果未知
# 在发出之前被取消，因此未发送。
delivery-cancelled = 已取消
# 结果未知的消息在制作人作出决定之后。
delivery-marked-delivered = 已标记为送达
delivery-sent-again = 已重新发送

# 广播消息的来源。
source-window = 窗口
source-emergency = 紧急
source-scheduled = 定时发送
# bdesk 是本应用的命令行工具，名称保持不变。
source-cli = bdesk

## “发送记录”视图（来自本窗口、bdesk 和定时发送的所有广播消息，最新的在前）

history-empty-title = 尚未发送过广播消息
history-empty-body = 您发送的每条广播消息都会记录在这里：发送时间、发往哪个应用，以及腾讯的应答。
# 列表上方的筛选栏，屏幕阅读器朗读的名称。
history-filters =
    .aria-label = 筛选
history-filter-outcome = 结果
history-filter-profile = 配置档案
history-all-outcomes = 全部结果
history-all-profiles = 全部配置档案
# 筛选后没有任何结果时显示。
history-no-match = 没有符合这些筛选条件的广播消息。
# $error：原因（应用给出的一句话）。
history-error = 无法读取发送记录：{ $error }
history-list =
    .aria-label = 广播消息，最新的在前
# 列表已满时下方的按钮：把更早的广播消息也列出来。
history-more = 显示更多
# $count：应用尝试发送的次数。
history-attempts =
    { $count ->
       *[other] 尝试 { $count } 次
    }
# $msgSeq：腾讯为该广播消息分配的序列号（文本）。
history-msg-seq = MsgSeq { $msgSeq }
# 某条广播消息的详情，屏幕阅读器朗读的名称。$time：它被记录的时间。
history-details =
    .aria-label = { $time } 的广播消息详情
history-details-loading = 正在加载…
# $error：原因（应用给出的一句话）。
history-details-error = 无法读取详情：{ $error }
history-attempts-title = 发送尝试
history-no-attempts = 没有任何尝试从这台电脑发出。
history-body-title = 发送的消息体（JSON）
history-body =
    .aria-label = 原样发送的消息体（JSON）
# 列表上方的搜索框，以及框内的提示。
history-search = 搜索
history-search-field =
    .placeholder = 文本、Random、MsgSeq 或 outbox ID
# 筛选：广播消息的来源（本窗口、紧急按钮、定时发送、bdesk）。
history-filter-source = 来源
history-all-sources = 全部来源
# 日期筛选：列出的第一天和最后一天（均包含在内）。
history-filter-since = 从
history-filter-until = 至
# 导出按钮，屏幕阅读器一并朗读的名称。
history-export =
    .aria-label = 导出
history-export-csv = 导出 CSV
history-export-json = 导出 JSON
# 导出按钮旁边。
history-export-hint = 将筛选列出的内容保存到“下载”文件夹。
# 导出之后。$count：文件中的广播消息数；$path：文件的完整路径。
history-exported =
    { $count ->
       *[other] 已将 { $count } 条广播消息保存到 { $path }
    }
# 匹配的数量超过一个文件能容纳的数量时追加。$count 同上。
history-exported-truncated = 文件中只有最新的 { $count } 条：请缩小筛选范围以导出更早的消息。
# $error：原因（应用给出的一句话）。
history-export-error = 无法导出：{ $error }
# 已结束的广播消息详情中的按钮：先打开确认对话框。
history-send-again = 重新发送…
history-send-again-title = 重新发送这条广播消息？
# 确认文字。$profile：发往的配置档案（颜色和名称）；$outcome：第一条的结果：sent、not-sent 或 unknown。
history-send-again-body =
    { $outcome ->
        [sent] 它将通过 { $profile } 作为一条带有新 Random 的新消息再次发出。观众已经看过一次，将会看到两次。
        [not-sent] 它将通过 { $profile } 作为一条带有新 Random 的新消息发出。第一条没有发送出去。
       *[other] 它将通过 { $profile } 作为一条带有新 Random 的新消息再次发出。如果第一条已经送达，观众会看到两次。
    }
history-send-again-confirm = 作为新消息发送
# 发送尝试表的各列：序号、开始时间、服务器、应答类型、腾讯错误码、腾讯错误信息、耗时。
attempt-n = #
attempt-time = 时间
attempt-host = 主机
attempt-class = 应答
attempt-code = 错误码
attempt-info = 详情
attempt-latency = 耗时
# $ms：毫秒数（文本）。
attempt-latency-ms = { $ms } 毫秒

## 紧急：页眉上的按钮（每个视图都有）、它的键盘快捷键，以及它们打开的面板

# 每个视图页眉上的按钮：打开紧急面板。请用一个简短的词。
emergency-button = 紧急
# 按钮的提示。$shortcut：文本形式的键盘快捷键，例如 "Ctrl+Shift+F12" 或 "⇧⌘F12"。
emergency-button-tooltip = 紧急广播（{ $shortcut }）
emergency-title = 紧急广播
# 说明广播发往何处的方框，屏幕阅读器朗读的名称。$name：配置档案名称。
emergency-target =
    .aria-label = 发往 { $name }
# 方框中配置档案名称上方的小标题。
emergency-goes-to = 发往
# 显示在配置档案指向的位置（数据中心、接入地址的主机或“本机”）旁边。$sdkappid：IM 应用的编号（文本）。
emergency-sdkappid = SDKAppID { $sdkappid }
emergency-sandbox-note = 这是沙箱：它在本机运行，没有观众，也不会有任何内容发往腾讯。
# 未选择配置档案时：无法发送。
emergency-no-profile = 没有正在使用的配置档案，因此无处可发。请在页眉中选择一个，或在“配置档案”中添加。
# 这段文字下方的按钮：打开“配置档案”视图。
emergency-manage-profiles = 打开配置档案
emergency-loading = 正在加载模板…
# $error：原因（应用给出的一句话）。
emergency-templates-error = 无法读取模板：{ $error }
# 没有任何模板被标记为紧急时显示（“撰写”是视图名称）。
emergency-no-templates = 还没有模板被标记为紧急用途。在“撰写”中把消息保存为模板并标记为紧急用途后，它会列在这里，随时可以发送。现在请输入一条一次性消息。
# 消息选择上方的标题：标记为紧急用途的模板，以及一次性消息。
emergency-message = 消息
emergency-one-off = 一次性消息
# 一次性消息的输入框，屏幕阅读器朗读的名称。
emergency-one-off-text =
    .aria-label = 一次性消息的内容
# 只有按住才会发送的发送按钮。$name：配置档案名称。
emergency-hold = 按住发送至 { $name }
# 结果下方的链接：用空白表单重新开始（每次打开面板只发送一次）。
emergency-send-another = 再发一条
# 面板底部。$shortcut：文本形式的键盘快捷键，例如 "Ctrl+Shift+F12"。
emergency-shortcut-ready = 按 { $shortcut } 可在任何地方打开此面板，即使其他应用在前台。
# 快捷键无法设置时。$shortcut 同上；$reason 是下面三句之一。
emergency-shortcut-unavailable = 在此系统上，{ $shortcut } 无法从其他应用中打开此面板：{ $reason }本窗口在前台时它仍然有效；也可以使用“紧急”按钮。
emergency-shortcut-wayland = Wayland 不允许应用使用全局快捷键。
emergency-shortcut-no-display = 没有可用于注册它的 X 显示。
# $detail：系统给出的回答（英文），可能为空。
emergency-shortcut-failed = 系统拒绝了它，可能有其他应用在使用这组按键。{ $detail }

# 只有按住才起作用的按钮下方。$seconds：需要按住的时长（文本，例如 "1.2"）。
hold-hint = 用鼠标、空格键或回车键按住 { $seconds } 秒。
# 松开得太早时。
hold-too-short = 松开得太早，什么也没有发送。请按住直到进度条填满。

## 观众看到的广播消息（腾讯消息的各个元素）

message-empty = （空消息）
# 腾讯对消息附加数据字段的命名；保持原样。
message-cloud-custom-data = CloudCustomData
# 表情元素。$index：表情的编号（文本）。
message-face = 表情 #{ $index }
# 没有描述的位置元素。
message-location = 位置
# 自定义数据元素，及其各字段的名称（腾讯的字段名；保持原样）。
message-custom = 自定义
message-custom-desc = Desc
message-custom-data = Data
message-custom-ext = Ext
message-custom-sound = Sound
# 媒体附件的类型（只显示文件名，不加载文件）。
message-image = 图片
message-audio = 语音
message-file = 文件
message-video = 视频
# $uuid：图片的标识符。
message-image-uuid = UUID { $uuid }
# 图片的一种尺寸。$type：尺寸类型（见下）；$width × $height：像素（文本）；$size：文件大小，如 “2.0 MB”。
message-image-size = { $type } · { $width }×{ $height } · { $size }
message-image-original = 原图
message-image-large = 大图
message-image-thumbnail = 缩略图
# 应用不认识的图片尺寸类型。$type：腾讯为它定义的编号（文本）。
message-image-type = 类型 { $type }
# $seconds：时长（秒）；$size：文件大小，如 “50.0 KB”。
message-audio-detail = { $seconds } 秒 · { $size }
# $name：文件名；$size：文件大小。
message-file-detail = { $name } · { $size }
# $seconds：时长（秒）；$format：视频格式（如 mp4）；$size：文件大小。
message-video-detail = { $seconds } 秒 · { $format } · { $size }
# 视频的预览图。$width × $height：像素（文本）。
message-video-thumbnail = 缩略图 · { $width }×{ $height }

## 定时发送视图（在某个时区的本地日期和时间稍后发送的公告，可重复）

schedule-add = 定时发送广播…
schedule-hint = 每一项都通过定时时选定的配置发送，需要本应用或 bdesk run-scheduler 正在运行。
schedule-error = 无法读取定时列表：{ $error }
schedule-list =
    .aria-label = 定时广播，最近的在前
# 项目自身时区的时间。$zone 是 IANA 名称。
schedule-in-zone = { $time }（{ $zone }）
schedule-here = 本机时间 { $time }
schedule-countdown = { $clock } 后
schedule-countdown-days =
    { $days ->
       *[other] { $days } 天 { $clock } 后
    }
schedule-countdown-due = 现在到期
schedule-repeat-once = 一次
schedule-repeat-daily = 每天
schedule-repeat-weekly = 每周{ $days }
schedule-end-until = 直到 { $date }
schedule-end-count =
    { $count ->
       *[other] 共 { $count } 次
    }
schedule-repeat-with-end = { $repeat }，{ $end }
schedule-missed-send-if-late = 错过时：最多晚 { $late } 仍发送，否则跳过
schedule-missed-skip = 错过时：跳过
schedule-missed-ask = 错过时：保留，等你决定
schedule-note-gap = 该日 { $zone } 不存在这个时间（时钟拨快）：将在 { $sentAt } 发送。
schedule-note-fold = 该日 { $zone } 这个时间出现两次（时钟拨慢）：在第一次（UTC{ $offset }）发送，而不是 UTC{ $laterOffset }。
schedule-message-with = { $text } + { $kinds }

schedule-status-scheduled = 将于 { $time } 发送
schedule-status-editing = 编辑中，已暂停：保存或关闭编辑前不会发送
schedule-status-sending = 正在发送
schedule-status-sent = 已于 { $time } 发送（MsgSeq { $msgSeq }）
schedule-status-not-sent = 未发送
schedule-status-unknown = 结果未知
schedule-status-missed = 已错过——等你决定
schedule-status-skipped = 已跳过：晚了 { $late }
schedule-status-cancelled = 已取消
schedule-status-done = 没有要发送的了
schedule-last-time = 上一次：
schedule-facts-error = 无法读取它的结果：{ $error }

schedule-show-details = 详情
schedule-hide-details = 隐藏详情
schedule-edit = 编辑…
schedule-duplicate = 复制…
schedule-cancel = 取消…
schedule-details =
    .aria-label = { $name } 的详情
schedule-details-loading = 正在读取…
schedule-details-error = 无法读取详情：{ $error }
schedule-upcoming-title = 接下来的发送
schedule-no-upcoming = 不会再发送。
schedule-runs-title = 过去的发送
schedule-no-runs = 尚未发送过。
schedule-run-due = 预定 { $time }：

schedule-cancel-title = 取消这条定时广播？
schedule-cancel-body = 通过 { $profile } 发送的 { $name } 将不会发送。定时列表会保留它，并标记为已取消。
schedule-cancel-sending = 它的一次发送已经开始：那次发送会继续（排队时可在历史记录中取消）。
schedule-cancel-confirm = 取消广播

schedule-decide-hint = 它未能按时发送（晚了 { $late }）。现在发送，还是跳过？
schedule-decide-send = 立即发送
schedule-decide-skip = 跳过
schedule-decided-send = 已立即发送：结果会显示在这里和历史记录中。
schedule-decided-skip = 已跳过：不会发送。

schedule-skipped-too-late = 已跳过：晚了 { $late }（最多允许 { $max }）
schedule-skipped-producer = 你已跳过
schedule-skipped-profile-gone = 未发送：它的配置已被删除
schedule-skipped-no-key = 未发送：{ $profile } 没有保存密钥
schedule-skipped-keychain = 未发送：无法从钥匙串读取密钥（已锁定或被拒绝）
schedule-skipped-invalid-message = 未发送：消息已不再符合规则
schedule-skipped-failed = 未发送：{ $error }

## “你离开期间”：无人查看时定时发送做了什么（启动时和回到窗口时显示）

schedule-away-title = 你离开期间
schedule-away-subtitle =
    { $count ->
       *[other] { $count } 次定时发送的结果。
    }
schedule-away-unnamed = 通过 { $profile } 发送的广播
schedule-away-due = 预定 { $time } · { $profile }
schedule-away-late = 晚了 { $late }
schedule-away-got-it = 知道了

schedule-check-not-yet = 尚不可以：
schedule-check-then = 之后：
schedule-check-note = { $time }：{ $note }
schedule-check-far = 这个日期在一年以后：请确认确实是这个日期。
schedule-check-clash =
    { $times ->
        [one] { $other } 将于 { $time } 通过同一配置发送：受速率限制，两者之一会晚约 { $seconds } 秒发送。
       *[other] { $other } 将于 { $time } 通过同一配置发送：受速率限制，两者之一会晚约 { $seconds } 秒发送，共 { $times } 次。
    }
schedule-check-clash-unnamed = 另一条定时广播

## 定时发送表单（新项目、编辑或复制）

schedule-form-title-new = 定时发送广播
schedule-form-title-edit = 编辑定时广播
schedule-form-title-duplicate = 定时发送副本
schedule-form-subtitle-new = 它会在你设定的时间，通过你在这里选择的配置发送。
schedule-form-subtitle-edit = 你的修改会直接替换此项目。
schedule-form-held = 此表单打开期间该项目暂停：保存或关闭前不会发送。
schedule-form-profile = 配置
schedule-form-profile-hint = 定时后即固定：之后切换到其他配置也不会改变它。
schedule-form-profile-fixed = 定时项目的配置不能更改：请取消它，再为其他配置定时一个副本。
schedule-form-profile-sandbox = { $name }（沙盒）
schedule-form-message = 消息
schedule-form-source-composer = 编辑器中的消息
schedule-form-source-item = 它自己的消息
schedule-form-source-template = 模板
schedule-form-source-text = 文本
schedule-form-template =
    .aria-label = 模板
schedule-form-template-choose = 选择模板…
schedule-form-text =
    .aria-label = 消息文本
schedule-form-no-template = 选择模板后可看到其消息。
schedule-form-no-text = 请输入要发送的文本。
schedule-form-no-composer = 编辑器中还没有消息。
schedule-form-message-invalid = 此消息不能按原样发送：
schedule-form-date = 日期
schedule-form-time = 时间
schedule-form-confirm-far = 是的，就是这个日期
schedule-form-zone = 时区
schedule-form-zone-hint = 日期和时间按此时区解读。输入名称的一部分即可查找（Shanghai、Berlin、New York）。
schedule-zone-use-system = 使用 { $zone }
schedule-zone-matches =
    .aria-label = 匹配的时区
schedule-zone-no-match = 没有这个名称的时区。
schedule-form-repeat = 重复
schedule-form-weekly = 每周…
schedule-form-days =
    .aria-label = 星期
schedule-form-end =
    .aria-label = 结束
schedule-form-end-never = 永不结束
schedule-form-end-until = 到某个日期
schedule-form-until =
    .aria-label = 最后日期
schedule-form-end-count = 一定次数
schedule-form-count =
    .aria-label = 次数
schedule-form-missed = 错过时
schedule-form-missed-hint = 未能按时发送时（电脑睡眠或没有程序在运行）。晚一分钟以内总会发送。
schedule-form-missed-send = 最多晚
schedule-form-late-minutes =
    .aria-label = 最多晚几分钟
schedule-form-missed-minutes = 分钟仍发送，否则跳过
schedule-form-missed-skip = 跳过
schedule-form-missed-ask = 保留，等我决定
schedule-form-label = 标签
schedule-form-label-hint = 列表中显示的名称，例如“开始入场”，最多 { $max } 个字符。
schedule-form-save = 保存修改
schedule-form-schedule = 定时发送

## “关于”视图

about-tagline = 向{ -tencent-chat } 应用的所有直播群同时发送广播消息。
about-loading = 正在加载…
# $error：原因（应用给出的一句话）。
about-error = 无法读取应用信息：{ $error }
about-version = 版本号
# 构建所用的源代码提交(git 短哈希)。
about-commit = 提交
about-build = 构建类型
# 构建类型：供开发者使用的，或制作人安装的正式版本。
about-build-debug = 开发版
about-build-release = 正式版
about-app-id = 应用 ID
# 保存配置档案、定时计划和发送记录的文件夹。
about-data-folder = 数据文件夹
about-secret-keys = 密钥
about-secret-keys-where = 只保存在系统钥匙串中——绝不会出现在数据文件夹、日志或此窗口中。
# “关于”中语言选择的标签（语言以各自的语言名称列出）。
about-language = 语言
about-language-hint = 在此处选择语言之前，窗口会跟随系统语言。
about-background = 后台运行
about-start-at-login = 登录时启动 Broadcast Desk
about-start-at-login-hint = 在后台启动：定时发送照常发出，托盘显示下一条。可从托盘或再次启动 Broadcast Desk 打开窗口。
about-start-at-login-error = 无法读取或更改登录时启动：{ $error }
about-closing-hint = 有定时发送时关闭窗口，Broadcast Desk 会在托盘中继续运行，定时发送照常发出；托盘菜单中的“退出”会先询问。

## 格式

# 文件大小。$size：已格式化的数字（如 “2.0”）；$unit：B、KB 或 MB（1 KB = 1,024 字节）。
format-bytes =
    { $unit ->
        [KB] { $size } KB
        [MB] { $size } MB
       *[B] { $size } B
    }
