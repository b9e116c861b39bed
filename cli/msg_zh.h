/* msg_zh.h - the command's own Chinese texts: the names of msg_en.h, the same conversions in the
 * same order. */
#ifndef JX_CLI_MSG_ZH_H
#define JX_CLI_MSG_ZH_H

#define ZH_A_HEAD_RULES " · 规则 %s："
#define ZH_A_FINDINGS   "审核发现 %zu 项%s，其中错误 %zu 项%s\n"

/* ---- messages, usage errors and the server's own errors ---- */
#define ZH_C_ERROR               "%s: 错误："
#define ZH_C_PATH                "%s："
#define ZH_C_PATH_SEP            "："
#define ZH_C_USAGE_HEAD          "jixiao%s%s："
#define ZH_C_USAGE_TAIL          "\n请运行“jixiao %s%s--help”查看用法。\n"
#define ZH_C_REFUSED             "%s: 错误：%s%s%s（%s，--strict"
#define ZH_C_REFUSED_END         "）\n"
#define ZH_C_CANNOT_WRITE_OUTPUT "jixiao: 错误：无法写出输出：%s\n"
#define ZH_C_WRITE_FAILED        "写入失败"
#define ZH_C_CANNOT_WRITE_OUT    "jixiao: 错误：无法写出输出\n"
#define ZH_C_CANNOT_WRITE        "%s: 错误：无法写入：%s\n"
#define ZH_C_CANNOT_READ_DIR     "%s: 错误：无法读取目录\n"
#define ZH_C_NOMEM               "jixiao: 错误：内存不足\n"
#define ZH_C_NOMEM_TEXT          "内存不足"
#define ZH_C_CHECK_RULES_OK      "%s：通过（规则集 %s）\n"
#define ZH_C_CHECK_OK            "%s：通过（%zu 张表%s，%zu 项指标，%zu 条警告%s）\n"
#define ZH_C_BULK_CANNOT_OPEN    "%s: 错误：无法打开\n"
#define ZH_C_BULK_FORM                                                                                                    \
    "%s: 错误：这是一张自评表，不是自评表流：请用 jixiao score 评分，或用 jixiao import 转成 " \
    "YAML 再用 bulk\n"
#define ZH_C_BULK_NOT_SHEETS "%s: 错误：不是自评表格式（yaml、jsonl、csv）\n"
#define ZH_C_BULK_NOMEM      "jixiao bulk：内存不足\n"
#define ZH_C_BULK_COUNTS     "评分 %zu 条，跳过 %zu 条，读取 %zu 条%s\n"
#define ZH_C_STOP_SIGINT     "（因 SIGINT 停止）"
#define ZH_C_STOP_SIGTERM    "（因 SIGTERM 停止）"
#define ZH_C_STOP_NOMEM      "（停止：内存不足）"
#define ZH_C_STOP_READ       "（停止：读取失败）"
#define ZH_C_STOP_WRITE      "（停止：输出无法写出）"
#define ZH_C_STOP_STRICT     "（在第一条有误的记录处停止：--strict）"
#define ZH_C_BULK_CUT        "%s:%zu: 错误：输入无法继续读取\n"
#define ZH_C_BULK_JOBS_NOMEM "jixiao bulk：内存不足以运行 %d 个任务：改用 1 个继续\n"
#define ZH_C_BULK_JOBS_START "jixiao bulk：无法启动 %d 个任务：改用 1 个继续\n"
#define ZH_C_BULK_JOBS_SOME  "jixiao bulk：%d 个工作线程中只有 %d 个能启动：以 %d 个继续\n"
#define ZH_C_IMPORTED        "%s# 由 jixiao 从 %s 导入\n"
#define ZH_C_DIFF_SHEET      "：%s → %s（%s），%s → %s\n"
#define ZH_C_DIFF_ROW        "  [%zu] %s：%s → %s（%s）\n"
#define ZH_C_DIFF_BUDGET     "  [预算执行]：%s → %s（%s）\n"
#define ZH_C_DIFF_SUMMARY                                                                                                     \
    "%s → %s：评分 %zu 张表%s，%zu 张有变化，%zu 张等级改变（升 %zu 张，降 %zu 张），平均变化 " \
    "%s\n"
#define ZH_C_DIFF_LARGEST     "变化最大的：\n"
#define ZH_C_DIFF_FAILED      "%zu 张表%s无法评分\n"
#define ZH_C_REPORT_NOMEM     "jixiao report：错误：内存不足\n"
#define ZH_C_REPORT_FAILED    "%zu 个文件或自评表（共 %zu 个）失败：见报告末尾\n"
#define ZH_C_TEST_REWRITE     "%s: 错误：无法改写预期\n"
#define ZH_C_TEST_LINE        "%s:%zu: %s：%.*s\n"
#define ZH_C_TEST_UPDATED     "%s：更新了 %zu 个用例%s\n"
#define ZH_C_TEST_NONE        "jixiao test：未找到用例文件（*.case.yaml）\n"
#define ZH_C_TEST_COUNTS      "通过 %zu 个，未通过 %zu 个\n"
#define ZH_C_SERVE_SIGNALS    "jixiao serve：错误：无法设置信号处理\n"
#define ZH_C_SERVE_LISTEN     "jixiao serve：错误：无法在 %s 监听：%s\n"
#define ZH_C_SERVE_TAKEN      "地址已被占用或不属于本机"
#define ZH_C_SERVE_LISTENING  "jixiao serve：在 http://%s:%u/ 监听（%zu 个线程，规则集 %s）\n"
#define ZH_C_SERVE_EACH_SHEET "各表自己的，否则 mof2020"
#define ZH_C_SERVE_FINISHING  "jixiao serve：%s：正在处理完进行中的 %zu 个请求\n"
#define ZH_C_SERVE_STOPPED    "jixiao serve：已停止\n"
#define ZH_U_NEEDS_VALUE      "%s 需要一个值"
#define ZH_U_UNKNOWN_OPTION   "未知的选项“%s”"
#define ZH_U_LANG             "--lang 只能是 zh 或 en，而不是“%s”"
#define ZH_U_NO_COMMAND                                                                            \
    "须给出命令（score、explain、check、rules、audit、diff、test、bulk、import、report、serve）"
#define ZH_U_UNKNOWN_COMMAND  "未知的命令“%s”"
#define ZH_U_FORMAT_TEXT_JSON "未知的格式“%s”（text、json）"
#define ZH_U_FORMAT_SCORE     "未知的格式“%s”（text、json、csv、md、html、xlsx）"
#define ZH_U_FORMAT_DIFF      "未知的格式“%s”（text、json、csv）"
#define ZH_U_FORMAT_REPORT    "未知的格式“%s”（text、csv、json、html、xlsx）"
#define ZH_U_FORMAT_BULK      "未知的格式“%s”（jsonl、csv）"
#define ZH_U_SUMMARY          "未知的汇总格式“%s”（text、json）"
#define ZH_U_INPUT            "未知的输入类型“%s”（yaml、jsonl、csv）"
#define ZH_U_JOBS             "--jobs 应在 1 至 %d 之间"
#define ZH_U_NO_FILE          "未给出文件（- 读标准输入）"
#define ZH_U_NO_INPUT         "未给出输入（- 读标准输入）"
#define ZH_U_NO_FILE_DIR      "未给出文件或目录"
#define ZH_U_NO_CASES         "未给出用例（用例文件或目录）"
#define ZH_U_NOTHING_TO_CHECK "没有可检查的：请给出文件和/或 --rules 文件"
#define ZH_U_XLSX_OUTPUT      "--format xlsx 写出工作簿：请用 -o 输出.xlsx 指定文件"
#define ZH_U_FROM_TO          "须同时给出 --from 规则集 和 --to 规则集"
#define ZH_U_RULES_ARG        "未知的参数“%s”"
#define ZH_U_RULES_SHOW       "show 只接受一个名称或文件"
#define ZH_U_SERVE_OPTION     "未知的选项或缺少值：“%s”"
#define ZH_U_THREADS          "--threads 应为 1 至 256 的数，而不是“%s”"
#define ZH_U_MAX_BODY         "--max-body 应为字节数，而不是“%s”"
#define ZH_U_LISTEN           "--listen 应为 主机:端口（127.0.0.1:8080），而不是“%s”"
#define ZH_C_RECORD_SIZE      "%s:%zu:1: 错误：一张表 %zu 字节，上限为 %zu（第 %zu 条记录，已跳过）\n"
#define ZH_C_SKIPPED          "%s:%zu:%zu: 错误：%s%s%s（第 %zu 条记录，已跳过）\n"
#define ZH_C_REFUSED_RECORD   "%s；第 %zu 条记录，已跳过）\n"
#define ZH_S_MULTIPART        "multipart 请求体须有装着自评表的 `file` 字段"
#define ZH_S_FORMAT           "未知的格式“%.100s”（json、text、csv、md、html、xlsx）"
#define ZH_S_LANG             "未知的语言“%.20s”（zh、en）"
#define ZH_S_RULES            "未知的规则集“%.100s”（GET /rules 列出可用的）"
#define ZH_S_NO_RULE_FILE                                                                          \
    "自评表指明了规则集“%.200s”；本服务只有内置规则集（GET "              \
    "/rules），不读取请求指明的规则文件：请用 ?rules=名称 选择"
#define ZH_S_NOT_FOUND "没有这一资源：%.200s"
#define ZH_S_TOO_LARGE "请求体超过本服务的 --max-body（%zu 字节）"
#define ZH_S_POST_ONLY "%s 只接受以自评表为请求体的 POST"
#define ZH_S_METHOD    "不提供 %s"

/* ---- help (--help of each command): a literal per line, as printed ---- */
/* clang-format off */
#define ZH_H_MAIN \
    "用法：jixiao <命令> [选项] [文件...]\n" \
    "\n" \
    "按规则集为绩效自评表评分。\n" \
    "\n" \
    "命令：\n" \
    "  score    为自评表评分并打印评分表（text、json、csv、md、html、xlsx）\n" \
    "  explain  逐行列出计分过程，以及预算执行行、合计与等级\n" \
    "  check    载入并校验自评表和规则文件，不打印得分\n" \
    "  rules    列出内置规则集，或以 YAML 显示其中一个\n" \
    "  audit    核对表上填写的得分，并为每处不一致分类\n" \
    "  diff     在两套规则集下为自评表评分，报告规则改动带来的变化\n" \
    "  test     运行规则回归用例：预期的总分、等级、各行、警告、错误\n" \
    "  bulk     为大量自评表流（YAML、JSONL、CSV、文件夹）评分并汇总\n" \
    "  import   读取 Excel、CSV/TSV 或从 Word 粘贴的表格，写成 YAML\n" \
    "  report   一个文件夹的自评表每表一行，按单位分组，失败的也列出\n" \
    "  serve    通过 HTTP 评分、说明和核对，附上传页面\n" \
    "\n" \
    "选项：--help（每个命令都有）、--version、--lang zh|en（输出所用的语言）\n" \
    "退出状态：0 完成（可有警告），1 输入有误，2 用法有误\n"
#define ZH_H_SCORE \
    "用法：jixiao score [--rules 名称|文件] [--format 格式] [--lang zh|en] [-o 输出] 文件...\n" \
    "\n" \
    "为每个文件（- 读标准输入）的每张自评表评分并打印评分表：各项指标的年度指标值、实际完成值、\n" \
    "分值、得分与状态，预算执行行，总分与等级，然后是警告。\n" \
    "\n" \
    "  --rules 名称|文件  所用规则集：内置规则集（jixiao rules）或 YAML 文件；默认为自评表自己的\n" \
    "                     `rules:`，否则 mof2020\n" \
    "  --format 格式      text（默认）、json（每表一个对象，多表时为数组）、csv（每项指标一行）、\n" \
    "                     md（Markdown）、html（自成一体的报告：仪表、条形图、警告、计分说明；多表时\n" \
    "                     附总览）、xlsx（填好的官方表样，每表一张工作表；须用 -o）\n" \
    "  --lang zh|en       状态、计分说明、审核发现和标题的语言：text、md、html 和 xlsx（官方表样）\n" \
    "                     默认中文，要 en 才是英文；json 和 csv 的键和代码不变，文字随\n" \
    "                     LC_ALL/LC_MESSAGES/LANG（zh_* 为中文）\n" \
    "  -o, --output 文件  写入文件而不是标准输出\n" \
    "\n" \
    "文件是 YAML，或原样的自评表：.xlsx、.csv/.tsv、从 Word 粘贴的表格（.txt）；\n" \
    "见 jixiao import --help。\n"
#define ZH_H_EXPLAIN \
    "用法：jixiao explain [--rules 名称|文件] [--format text|json] [--lang zh|en] [-o 输出] 文件...\n" \
    "\n" \
    "逐行列出带数字的计分过程（442 ≥ 130 → 达成 → 10.00），以及预算执行行、合计和等级区间。\n" \
    "--format json 打印 score 的 JSON，其各行和预算在 `explain` 中带有计分过程。文字默认中文，\n" \
    "--lang en 为英文。\n"
#define ZH_H_CHECK \
    "用法：jixiao check [--rules 名称|文件] [--strict] [文件...]\n" \
    "\n" \
    "载入并校验自评表（及用 --rules 给出的规则文件），不打印得分。每张表也在其规则集下检查，\n" \
    "规则须读懂的词同样受检。能读懂但自相矛盾的表照样通过，并计入警告数；用 --strict 时，\n" \
    "严重程度为 warning 或 error（规则集的 audit.severity）的每条审核发现都使该表不予通过，\n" \
    "并作为错误在其位置打印：任何推测和不一致都不能通过。\n"
#define ZH_H_AUDIT \
    "用法：jixiao audit [--rules 名称|文件] [--format text|json] [--lang zh|en] 文件...\n" \
    "\n" \
    "重新计算每张自评表，报告与表上填写内容（得分、执行率、总分、等级）的每处不一致，以及审核人\n" \
    "须看到的每处缺漏，每条审核发现都有类别和严重程度：\n" \
    "rounding, deduction-without-reason, unsupported-score, rate-mismatch, sum-mismatch,\n" \
    "grade-mismatch, weights-do-not-add-up, over-target-without-reason, shortfall-without-reason,\n" \
    "execution-below-90-without-reason, actual-looks-like-ratio, qualitative-score-outside-tier.\n" \
    "text 按表分组列出；json 每条发现一个对象。有错误时退出状态为 1。\n" \
    "审核发现的文字在 text 中默认中文，--lang en 为英文；json 随系统语言环境。\n"
#define ZH_H_BULK \
    "用法：jixiao bulk [--rules 名称|文件] [--jobs N] [--format jsonl|csv] [--rows]\n" \
    "                  [--summary text|json] [--strict] [--input yaml|jsonl|csv] [--lang zh|en]\n" \
    "                  输入...\n" \
    "\n" \
    "为每个输入中的每张自评表评分：目录（其下的 .yaml、.yml、.jsonl 和 .csv 文件）、多文档 YAML\n" \
    "流、JSONL 流（每行一张表），或长表 CSV（每项指标、每个预算部分一行，由 `sheet` 列归组）；\n" \
    "- 读标准输入（--input 指明其类型，否则由首字节推断）。每张表写一条记录，无论 --jobs 为何都\n" \
    "按输入顺序：id（输入#记录）、输入、记录、行号、单位、项目、总分、等级、预算得分、警告数\n" \
    "（--rows 另加各行得分）。\n" \
    "\n" \
    "有误的记录在其位置报告并跳过；用 --strict 时，有严重程度为 warning 或 error 的审核发现的表也\n" \
    "算有误（每条发现在其位置打印），并在第一条有误的记录处停止。运行结束时在标准错误输出计数\n" \
    "“评分 N 条，跳过 N 条，读取 N 条”，评分 + 跳过 = 读取；一条记录是一行 JSONL、一个 YAML 文档或\n" \
    "一张 CSV 表，空行和只有注释的 YAML 文档不算记录，不计数。有记录被跳过时退出状态为 1。\n" \
    "--summary 打印总分、等级、各行状态和最常见警告的统计，而不是逐条记录（同时给 --format 则两者\n" \
    "都有）；其文字默认中文，--lang en 为英文，JSON 的键不变。\n" \
    "收到 SIGTERM 或 SIGINT 时在记录边界停止：已写出的是若干条完整记录。\n"
#define ZH_H_DIFF \
    "用法：jixiao diff --from 规则集 --to 规则集 [--format text|json|csv] 文件|目录...\n" \
    "\n" \
    "在两套规则集下为每张自评表评分（目录代表其下的 .yaml 文件），报告得分有变化的每张表：前后\n" \
    "的总分和等级，以及变化的各行；然后是多少张表等级改变（升或降）、变化最大的几张和全部表的\n" \
    "平均变化。\n"
#define ZH_H_TEST \
    "用法：jixiao test [--rules 名称|文件] [--update] 用例...\n" \
    "\n" \
    "运行规则回归用例：用例文件，或在目录中查找 *.case.yaml。一个用例指明一张自评表（路径或内嵌）、\n" \
    "规则，以及必须得出的结果：总分、等级、预算、各行、警告，或带行号和列号的错误\n" \
    "（docs/cases.md）。--rules 让每个用例都改用该规则集运行。--update 按当前结果改写未通过用例\n" \
    "的预期。有用例未通过时退出状态为 1。\n"
#define ZH_H_IMPORT \
    "用法：jixiao import [-o 输出.yaml] 文件...\n" \
    "\n" \
    "读取绩效自评表，写成 YAML 自评表（每表一个文档）到 输出.yaml 或标准输出。文件可以是 Excel\n" \
    "工作簿（.xlsx：每张有自评表的工作表）、按印制表样排布的 CSV 或 TSV（UTF-8、带 BOM 的 UTF-8、\n" \
    "UTF-16 或 GB18030）、从 Word 粘贴的表格（.txt：每格一行、以制表符开头，各行以空行分隔），或\n" \
    "YAML。表头行按标题识别（三级指标、指标性质、年度指标值、实际完成值、分值、得分等），列的顺序\n" \
    "和多余的列都无妨；合并的一级/二级单元格向下沿用。错误会指明单元格。\n" \
    "\n" \
    "  -o, --output 文件  把 YAML 写入文件而不是标准输出\n"
#define ZH_H_REPORT \
    "用法：jixiao report [--rules 名称|文件] [--format text|csv|json|html|xlsx] [--lang zh|en]\n" \
    "                    [-o 输出] 文件|目录...\n" \
    "\n" \
    "为每个文件（目录：其下所有 .yaml、.yml、.jsonl、.csv、.tsv、.txt、.xlsx 和 .xlsm）的每张自评表\n" \
    "评分，每表打印一行：source、sheet、org、project、year、total、max（该表的满分）、grade、\n" \
    "printed_total、printed_grade（表上填写的）、findings（审核发现）、status（scored 或 failed）\n" \
    "和 message（失败文件在其位置的错误）。text、html 和 xlsx 按单位分组，各附小计行（表数、平均、\n" \
    "最低、最高、各等级数），失败的列在最后，一个不漏；csv 和 json 按读取顺序给出各行。有文件失败\n" \
    "时退出状态为 1。\n" \
    "\n" \
    "  --rules 名称|文件  每张表所用的规则集；默认为各表自己的 `rules:`，否则 mof2020\n" \
    "  --format 格式      text（默认）、csv、json、html（自成一体的网页）、xlsx（须用 -o）\n" \
    "  --lang zh|en       text、html 和 xlsx 默认中文，要 en 才是英文；csv 和 json 的列名和代码\n" \
    "                     不变\n" \
    "  -o, --output 文件  写入文件而不是标准输出\n"
#define ZH_H_RULES \
    "用法：jixiao rules [show 名称|文件]\n" \
    "\n" \
    "列出内置规则集，或以 YAML 打印其中一个（或先经检查的规则文件）。\n"
#define ZH_H_SERVE \
    "用法：jixiao serve [--listen 主机:端口] [--rules 名称|文件] [--threads N]\n" \
    "                   [--max-body 字节数]\n" \
    "\n" \
    "通过 HTTP/1.1 提供评分服务，直到收到 SIGTERM 或 SIGINT；收到后先处理完正在进行的请求。\n" \
    "\n" \
    "  POST /score, /explain, /audit   请求体是一张自评表：YAML、JSON、JSONL、.xlsx 表、CSV 或\n" \
    "        粘贴的表格（按 Content-Type），或带 `file` 字段（可另带 `rules`）的\n" \
    "        multipart/form-data。?rules=名称 选内置规则集；?name=文件 像文件名那样为输入命名\n" \
    "        （其扩展名说明类型，与命令行相同）。回答即 `jixiao score|explain|audit --format json`\n" \
    "        的输出；?format=text|csv|md|html|xlsx 或 Accept: text/html 给出其他格式；\n" \
    "        ?lang=zh|en 选择文字的语言。\n" \
    "        输入有误为 422 {\"error\": {code, source, line, column, path, message}}；请求体超过\n" \
    "        --max-body 为 413；请求格式错误为 400。\n" \
    "  GET /          上传页面：拖入自评表，查看评分表，下载 .xlsx\n" \
    "  GET /healthz  GET /rules  GET /rules/名称\n" \
    "\n" \
    "  --listen 主机:端口  监听地址（默认 127.0.0.1:8080；端口 0 由系统选定）\n" \
    "  --rules 名称|文件   未指明规则集的自评表所用的规则集（默认 mof2020）\n" \
    "  --threads N         工作线程数（默认 4）\n" \
    "  --max-body 字节数   请求体的最大字节数（默认 16777216）\n" \
    "\n" \
    "每个请求在标准错误输出一行：方法、路径、状态、字节数、微秒数。\n"
/* clang-format on */

#endif
