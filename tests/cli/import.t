%% jixiao import: the seed tables as pasted out of the published reports, to YAML
$ jixiao import --help
usage: jixiao import [-o OUT.yaml] FILE...

Reads 绩效自评表 forms and writes them as YAML sheets (a document each) to OUT.yaml or
stdout. FILE is an Excel workbook (.xlsx: every worksheet with a form), CSV or TSV laid out as
the printed form (UTF-8, UTF-8 with BOM, UTF-16 or GB18030), a table pasted out of Word
(.txt: a cell per line after a tab, rows split by blank lines), or YAML. The header row is
found by its titles (三级指标, 指标性质, 年度指标值, 实际完成值, 分值, 得分, ...), so column order
and extra columns do not matter; merged 一级/二级 cells carry down. An error names the cell.

  -o, --output FILE  write the YAML to FILE instead of stdout

%% seed 004: targets and completions in two tables joined on 序号; a heading broken over two lines
$ jixiao import tests/forms/mentougou-sci-swapped.txt
# imported by jixiao from tests/forms/mentougou-sci-swapped.txt
indicators:
- id: 1
  name: 保证人员工资发放到位
  op: 定性
  target: 完成人员工资足额发放
  unit: 优良
  points: 50
  actual: 完成人员工资足额发放
- id: 2
  name: 实施科技项目及信息化项目
  op: 定性
  target: 完成科技项目、科普项目及信息化项目
  unit: 优良
  points: 50
  actual: 完成科技项目、科普项目及信息化项目

%% the pasted table scores as its hand transcription tests/cases/mentougou-sci-swapped.yaml does (100, 优秀)
$ jixiao score tests/forms/mentougou-sci-swapped.txt
tests/forms/mentougou-sci-swapped.txt · 规则 mof2020
#  三级指标                  性质  指标值            实际完成值         分值   得分  状态
1  保证人员工资发放到位      定性  完成人员工资足…   完成人员工资足…   50.00  50.00  达成
2  实施科技项目及信息化项目  定性  完成科技项目、…   完成科技项目、…   50.00  50.00  达成
总分 100.00 / 100.00   等级 优秀
审核发现（2）:
  tests/forms/mentougou-sci-swapped.txt:11:2: unit-is-scale: 第1项指标: 度量单位“优良”是等级名称：指标值与度量单位是否填反？
  tests/forms/mentougou-sci-swapped.txt:18:2: unit-is-scale: 第2项指标: 度量单位“优良”是等级名称：指标值与度量单位是否填反？

%% seed 002's completion tables name projects its target table lacks: the row to fix is named
$ jixiao import tests/forms/zgc-weights-49.txt
2> tests/forms/zgc-weights-49.txt:245:2: error: '5.举办宣传活动' matches no indicator of the table above (by name or 序号): the tables disagree, and a completion row needs the target it completes
2>   245 |  5.举办宣传活动
2>       |  ^
[1]

$ jixiao score --format xlsx tests/cases/mentougou-invest-91.yaml
2> jixiao score: --format xlsx writes a workbook: give it a file with -o OUT.xlsx
2> Try 'jixiao score --help'.
[2]

$ jixiao import
2> jixiao import: no FILE given (- reads stdin)
2> Try 'jixiao import --help'.
[2]

