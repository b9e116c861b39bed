/*
 * make_forms.c - builds the workbook and CSV fixtures of tests/forms.sh with libxlsxwriter, the
 * way Excel users have them. usage: make_forms OUTDIR SEED.txt...
 *
 * official.xlsx   examples/project-2023.yaml as the printed 项目支出绩效自评表: merged title,
 *                 the 绩效指标 label merged down its block, 一级/二级 merged over their rows,
 *                 the budget block in 万元 under a two-row label, a 100% target stored as the
 *                 number 1 in a percent format, a completion date stored as a date, an empty
 *                 row inside the table, an extra 备注 column, 总分 and 等级 at the foot.
 * moved.xlsx      the same form with its columns in another order and no label column.
 * official.csv    official.xlsx as Excel saves it as CSV (UTF-8 with a BOM): merged cells
 *                 hold their text in the first cell only.
 * NAME.xlsx       each pasted seed table's rows (tests/forms/NAME.txt), one per worksheet row;
 *                 NAME.csv likewise (the test converts it to GB18030).
 * no-form.xlsx    a workbook with a budget summary but no indicator table.
 * missing.csv     official.csv without its 年度指标值 column.
 * bad-cell.xlsx   a small form whose 指标性质 cell C2 says 大约.
 * far.xlsx        a heading, and a stray cell 100,000 rows and 200 columns away.
 * The rows are split from the pasted text here on their own (a cell per "\t" line, rows at
 * blank lines), independently of the importer under test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

enum { L1, L2, NAME, OP, TARGET, UNIT, ACTUAL, POINTS, SCORE, REASON, NOTE, NCOL };
static const char *const heads[NCOL] = {
    "一级指标", "二级指标",   "三级指标", "指标性质", "年度指标值",
    "度量单位", "实际完成值", "分值",     "得分",     "偏差原因分析及改进措施",
    "备注"};

/* The example's indicators; "" where the form leaves a cell empty. */
static const char *const rows[][NCOL] = {
    {"产出指标", "数量指标", "园区门户标识设置", "=", "4", "套", "4", "10", "10", "", ""},
    {"产出指标", "数量指标", "“两区”交通指引标识设置", "≥", "6", "套", "2", "10", "10",
     "经与市“两区”办沟通，打造1套交通指引标识即算作完成考核任务，标的物由6套变更为2套。", ""},
    {"产出指标", "质量指标", "标识安装验收合格率", "≥", "100%", "", "100%", "10", "10", "", ""},
    {"产出指标", "时效指标", "全部工作完成时间", "", "≤2023年12月", "", "2023年12月", "10", "10",
     "", "按期"},
    {"产出指标", "成本指标", "项目成本控制", "≤", "22.58", "万元", "225,800元", "10", "10", "", ""},
    {"效益指标", "社会效益指标", "完成两区办布置任务比例", "≥", "100", "%", "100%", "15", "15", "",
     ""},
    {"效益指标", "可持续影响指标", "提升园区知名度，吸引优质企业精准落地园区", "定性",
     "达成预期指标", "", "达成", "15", "14", "", ""},
    {"满意度指标", "服务对象满意度指标", "使用者满意度", "≥", "95", "%", "96%", "10", "10", "", ""},
};
enum { NROWS = sizeof rows / sizeof rows[0] };

static void die(const char *what)
{
    fprintf(stderr, "make_forms: %s\n", what);
    exit(1);
}

static void close_book(lxw_workbook *wb)
{
    if (workbook_close(wb) != LXW_NO_ERROR)
        die("cannot write a workbook");
}

enum { EMPTY_AFTER = 3 }; /* an empty worksheet row after the 4th indicator */

static lxw_row_t at(int first, int i) { return (lxw_row_t)(first + i + (i > EMPTY_AFTER)); }

/* Runs of equal text in column c (一级; 二级 within the same 一级) as merged ranges. */
static void merged(lxw_worksheet *ws, int first, int col, int c, lxw_format *f)
{
    for (int i = 0; i < NROWS;) {
        int j = i + 1;
        while (j < NROWS && strcmp(rows[j][c], rows[i][c]) == 0 &&
               strcmp(rows[j][L1], rows[i][L1]) == 0)
            j++;
        if (j - i > 1)
            worksheet_merge_range(ws, at(first, i), (lxw_col_t)col, at(first, j - 1),
                                  (lxw_col_t)col, rows[i][c], f);
        else
            worksheet_write_string(ws, at(first, i), (lxw_col_t)col, rows[i][c], f);
        i = j;
    }
}

/* The official layout. order[k] is the form column of grid column k + offset. */
static void official(const char *path, const int *order, int ncols, int label_col)
{
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "项目支出绩效自评表");
    worksheet_write_string(workbook_add_worksheet(wb, "说明"), 0, 0, "填表说明：见财预〔2020〕10号",
                           NULL);
    lxw_format *pct = workbook_add_format(wb);
    format_set_num_format(pct, "0%");
    lxw_format *month = workbook_add_format(wb);
    format_set_num_format(month, "yyyy\"年\"m\"月\"");
    lxw_format *wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    int off = label_col ? 1 : 0, last = ncols + off - 1;
    worksheet_merge_range(ws, 0, 0, 0, (lxw_col_t)last, "项目支出绩效自评表", NULL);
    worksheet_merge_range(ws, 1, 0, 1, (lxw_col_t)last, "（2023年度）", NULL);
    worksheet_write_string(ws, 2, 0, "项目名称", NULL);
    worksheet_merge_range(ws, 2, 1, 2, (lxw_col_t)last, "门头沟“两区”标识建设", NULL);
    worksheet_write_string(ws, 3, 0, "主管部门", NULL);
    worksheet_merge_range(ws, 3, 1, 3, 3, "北京市门头沟区人民政府", NULL);
    worksheet_write_string(ws, 3, 4, "实施单位", NULL);
    worksheet_merge_range(ws, 3, 5, 3, (lxw_col_t)last, "中关村科技园区门头沟园管理委员会", NULL);
    /* the budget block: a label over two rows, then the figures in 万元 */
    worksheet_merge_range(ws, 4, 0, 5, 0, "项目资金（万元）", wrap);
    static const char *const bh[] = {"",     "年初预算数", "全年预算数", "全年执行数",
                                     "分值", "执行率",     "得分"};
    for (int c = 1; c < 7; c++)
        worksheet_write_string(ws, 4, (lxw_col_t)c, bh[c], NULL);
    worksheet_write_string(ws, 5, 0, "年度资金总额", NULL);
    worksheet_write_number(ws, 5, 1, 22.58, NULL);
    worksheet_write_number(ws, 5, 2, 22.58, NULL);
    worksheet_write_number(ws, 5, 3, 22.58, NULL);
    worksheet_write_number(ws, 5, 4, 10, NULL);
    worksheet_write_number(ws, 5, 5, 1, pct);
    worksheet_write_number(ws, 5, 6, 10, NULL);
    worksheet_write_string(ws, 6, 0, "其中：当年财政拨款", NULL);
    worksheet_write_number(ws, 6, 2, 22.58, NULL);
    worksheet_merge_range(ws, 7, 0, 7, (lxw_col_t)last, "年度总体目标：完成园区标识建设", NULL);
    /* the table */
    int head = 8, first = 9;
    for (int k = 0; k < ncols; k++)
        worksheet_write_string(ws, (lxw_row_t)head, (lxw_col_t)(k + off), heads[order[k]], NULL);
    for (int i = 0; i < NROWS; i++) {
        lxw_row_t r = at(first, i);
        for (int k = 0; k < ncols; k++) {
            int c = order[k];
            lxw_col_t col = (lxw_col_t)(k + off);
            if ((c == L1 || c == L2) && label_col)
                continue; /* merged below */
            if (i == 2 && c == TARGET)
                worksheet_write_number(ws, r, col, 1, pct);
            else if (i == 3 && c == ACTUAL)
                worksheet_write_number(ws, r, col, 45291, month); /* 2023-12-31 */
            else if (c == POINTS || c == SCORE)
                worksheet_write_number(ws, r, col, atof(rows[i][c]), NULL);
            else if (rows[i][c][0])
                worksheet_write_string(ws, r, col, rows[i][c], NULL);
        }
    }
    int end = first + NROWS; /* one row longer: the empty one */
    if (label_col) {
        worksheet_merge_range(ws, (lxw_row_t)head, 0, (lxw_row_t)end, 0, "绩效指标", wrap);
        for (int k = 0; k < ncols; k++)
            if (order[k] == L1 || order[k] == L2) { /* merged runs skip the empty row */
                merged(ws, first, k + off, order[k], wrap);
            }
    }
    int name_col = 0;
    for (int k = 0; k < ncols; k++)
        name_col = order[k] == NAME ? k + off : name_col;
    if (label_col) /* the label over the first columns, or in the indicator's column alone */
        worksheet_merge_range(ws, (lxw_row_t)end + 1, 0, (lxw_row_t)end + 1, 2, "总分", NULL);
    else
        worksheet_write_string(ws, (lxw_row_t)end + 1, (lxw_col_t)name_col, "总分", NULL);
    for (int k = 0; k < ncols; k++) {
        if (order[k] == POINTS)
            worksheet_write_number(ws, (lxw_row_t)end + 1, (lxw_col_t)(k + off), 100, NULL);
        if (order[k] == SCORE)
            worksheet_write_number(ws, (lxw_row_t)end + 1, (lxw_col_t)(k + off), 100, NULL);
    }
    worksheet_merge_range(ws, (lxw_row_t)end + 2, 0, (lxw_row_t)end + 2, 2, "自评等级", NULL);
    worksheet_write_string(ws, (lxw_row_t)end + 2, 3, "优秀", NULL);
    close_book(wb);
}

/* A merged 一级/二级 run written once, as a CSV of the form holds it. */
static void official_csv(const char *path, int drop)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        die("cannot write a CSV");
    fputs("\xEF\xBB\xBF项目支出绩效自评表,,,,,,,,,,\n（2023年度）,,,,,,,,,,\n", f);
    fputs("项目名称,门头沟“两区”标识建设,,,,,,,,,\n", f);
    fputs("主管部门,北京市门头沟区人民政府,,,实施单位,中关村科技园区门头沟园管理委员会,,,,,\n", f);
    fputs("项目资金（万元）,年初预算数,全年预算数,全年执行数,分值,执行率,得分,,,,\n", f);
    fputs("年度资金总额,22.58,22.58,22.58,10,100%,10,,,,\n", f);
    for (int c = 0; c < NCOL; c++)
        if (c != drop)
            fprintf(f, "%s%s", c ? "," : "", heads[c]);
    fputs("\n", f);
    for (int i = 0; i < NROWS; i++) {
        for (int c = 0; c < NCOL; c++) {
            if (c == drop)
                continue;
            const char *v = rows[i][c];
            if ((c == L1 && i && !strcmp(v, rows[i - 1][L1])) ||
                (c == L2 && i && !strcmp(v, rows[i - 1][L2]) &&
                 !strcmp(rows[i][L1], rows[i - 1][L1])))
                v = "";
            fprintf(f, "%s%s%s%s", c ? "," : "", strchr(v, ',') ? "\"" : "", v,
                    strchr(v, ',') ? "\"" : "");
        }
        fputs(i == EMPTY_AFTER ? "\n,,,,,,,,,,\n" : "\n", f);
    }
    fputs("总分,,,,,,,100,100,,\n自评等级,,,优秀,,,,,,,\n", f);
    if (fclose(f) != 0)
        die("cannot write a CSV");
}

/* A pasted seed table's rows: a cell per "\t" line, rows at blank lines; a line without the
 * tab continues the cell before it, or stands alone as a row of prose. */
static void seed(const char *outdir, const char *txt)
{
    FILE *in = fopen(txt, "rb");
    if (!in)
        die("cannot read a seed");
    const char *base = strrchr(txt, '/') ? strrchr(txt, '/') + 1 : txt;
    char stem[64], path[512];
    snprintf(stem, sizeof stem, "%.*s", (int)strcspn(base, "."), base);
    snprintf(path, sizeof path, "%s/%s.xlsx", outdir, stem);
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, stem);
    snprintf(path, sizeof path, "%s/%s.csv", outdir, stem);
    FILE *csv = fopen(path, "wb");
    if (!csv)
        die("cannot write a CSV");
    static char cell[64][8192];
    int n = 0, row = 0;
    char line[8192];
    for (int more = 1; more;) {
        more = fgets(line, sizeof line, in) != NULL;
        line[strcspn(line, "\r\n")] = '\0';
        if (more && line[0] == '\t' && n < 64) {
            snprintf(cell[n++], sizeof cell[0], "%s", line + 1);
            continue;
        }
        if (more && line[0] && n) { /* a line break inside the cell */
            size_t used = strlen(cell[n - 1]);
            snprintf(cell[n - 1] + used, sizeof cell[0] - used, "\n%s", line);
            continue;
        }
        if (!n && more && line[0])
            snprintf(cell[n++], sizeof cell[0], "%s", line);
        for (int c = 0; c < n; c++) {
            const char *t = cell[c];
            while (*t == ' ')
                t++;
            worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)c, t, NULL);
            fputs(c ? ",\"" : "\"", csv);
            for (const char *p = t; *p; p++)
                fprintf(csv, *p == '"' ? "\"\"" : "%c", *p);
            fputs("\"", csv);
        }
        if (n) {
            fputs("\n", csv);
            row++;
        }
        n = 0;
    }
    fclose(in);
    if (fclose(csv) != 0)
        die("cannot write a CSV");
    close_book(wb);
}

int main(int argc, char **argv)
{
    if (argc < 2)
        die("usage: make_forms OUTDIR SEED.txt...");
    char path[512];
    static const int as_printed[] = {L1,     L2,     NAME,  OP,     TARGET, UNIT,
                                     ACTUAL, POINTS, SCORE, REASON, NOTE};
    static const int moved[] = {POINTS, NAME, ACTUAL, TARGET, L2,   OP,
                                L1,     UNIT, NOTE,   REASON, SCORE};
    snprintf(path, sizeof path, "%s/official.xlsx", argv[1]);
    official(path, as_printed, NCOL, 1);
    snprintf(path, sizeof path, "%s/moved.xlsx", argv[1]);
    official(path, moved, NCOL, 0);
    snprintf(path, sizeof path, "%s/official.csv", argv[1]);
    official_csv(path, -1);
    snprintf(path, sizeof path, "%s/missing.csv", argv[1]);
    official_csv(path, TARGET);
    snprintf(path, sizeof path, "%s/no-form.xlsx", argv[1]);
    lxw_workbook *wb = workbook_new(path);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "预算汇总");
    worksheet_write_string(ws, 0, 0, "项目", NULL);
    worksheet_write_string(ws, 0, 1, "全年预算数", NULL);
    worksheet_write_string(ws, 1, 0, "标识建设", NULL);
    worksheet_write_number(ws, 1, 1, 22.58, NULL);
    close_book(wb);
    snprintf(path, sizeof path, "%s/bad-cell.xlsx", argv[1]); /* a form with one bad cell */
    wb = workbook_new(path);
    ws = workbook_add_worksheet(wb, "表");
    static const char *const bad[2][4] = {{"三级指标", "分值", "指标性质", "年度指标值"},
                                          {"培训人次", "100", "大约", "200"}};
    for (int r = 0; r < 2; r++)
        for (int c = 0; c < 4; c++)
            worksheet_write_string(ws, (lxw_row_t)r, (lxw_col_t)c, bad[r][c], NULL);
    close_book(wb);
    snprintf(path, sizeof path, "%s/far.xlsx", argv[1]); /* a stray cell far off */
    wb = workbook_new(path);
    ws = workbook_add_worksheet(wb, "表");
    worksheet_write_string(ws, 0, 0, "三级指标", NULL);
    worksheet_write_string(ws, 99999, 200, "x", NULL);
    close_book(wb);
    for (int i = 2; i < argc; i++)
        seed(argv[1], argv[i]);
    return 0;
}
