/**
 * The reference catalogue of every parse diagnostic code (`Diagnostic.code`) the library can emit, with its
 * severity, the stage that emits it and a bilingual description. Validation rule ids are in `RULES`.
 */
import type { Severity } from "./schema/common.js";
import type { Bilingual } from "./templates/types.js";

/** The pipeline stage that emits a diagnostic. */
export type DiagnosticStage = "decode" | "parse" | "shape" | "recognize" | "legacy";

/** One entry of {@link DIAGNOSTIC_CODES}. */
export interface DiagnosticCodeInfo<C extends string = string> {
  /** The stable code carried by `Diagnostic.code`. */
  code: C;
  /** The severity every diagnostic with this code has. */
  severity: Severity;
  /** What the diagnostic means, in Chinese and English. */
  description: Bilingual;
  /** The stage that emits it: decode (decodeInput), parse (parseReport), shape (a reader), recognize, legacy. */
  stage: DiagnosticStage;
}

const entry = <const C extends string>(
  code: C,
  severity: Severity,
  stage: DiagnosticStage,
  zh: string,
  en: string,
): DiagnosticCodeInfo<C> => Object.freeze({ code, severity, stage, description: Object.freeze({ zh, en }) });

/** Every parse diagnostic code, in pipeline order (decode → parse → shape → recognize → legacy). */
export const DIAGNOSTIC_CODES = Object.freeze([
  entry("input-empty", "error", "decode", "输入为空或只有空白字符", "the input is empty or holds only whitespace"),
  entry(
    "input-binary",
    "error",
    "decode",
    "输入是二进制数据（PDF、图片、压缩包、Office 文件等），不是文本",
    "the input is binary data (PDF, image, archive, Office file…), not text",
  ),
  entry(
    "input-undecodable",
    "error",
    "decode",
    "无法按任何支持的编码（UTF-8、UTF-16、GB18030）解码为文本",
    "the input cannot be decoded as text in any supported encoding (UTF-8, UTF-16, GB18030)",
  ),
  entry(
    "input-too-large",
    "error",
    "decode",
    "输入超过大小上限（默认 20 MB，可用 maxBytes 调整）",
    "the input exceeds the size limit (default 20 MB, option maxBytes)",
  ),
  entry(
    "input-replacement-characters",
    "warning",
    "decode",
    "文本含替换字符（U+FFFD）：解码时丢失的字符（字节在该编码中无效，或转换工具把一个字符截成两半），含此字符的标签或数字可能无法识别",
    "the text holds replacement characters (U+FFFD): characters lost in decoding (bytes invalid in the encoding, or a converter that cut a character in two); a label or number holding one may not be read",
  ),
  entry(
    "input-flattened-table",
    "warning",
    "parse",
    '一行（400 字以上）含 24 个以上以空白分隔、其后没有单位的数字，或含一个空白后的编号标题（“ 二、”）和 24 处以上空白：表格、一页或整份报告被压成了一行（文本节点以空格连接，如 get_text(" ")、pdf.js 按页拼接）；文中有这样的行时，其他含空白后编号标题的行（如末页）也一并拆开。该行按空白拆开、每段一行读取（“2023 年”“21 件”这类文中数字不拆）；空白单元格在其中不留痕迹，少值的行会被警告，不会被补齐',
    'a line (400 characters or more) holds 24 or more numbers between whitespace with no unit after them, or a numbered heading after whitespace (" 二、") and 24 or more runs of whitespace: a table, a page or the whole report flattened onto one line (text nodes joined with spaces, as get_text(" ") does, or pdf.js text items a page at a time); in a text holding such lines, every other line holding a numbered heading after whitespace (a last page) is one too. It is read split at its whitespace, one piece per line (numbers of prose such as 2023 年 or 21 件 kept with their words); a blank cell leaves no trace there, so a row short of values is warned, never filled',
  ),
  entry(
    "input-cells-joined",
    "info",
    "parse",
    "表格各行的单元格各占一段、段间以只含“|”的行分隔，行末以两个空格硬换行结束（html2text 转换单元格内含段落的 Word 网页表格时如此输出）：每行接成一行、按“|”分列读取（行内换行视为空格，位置仍是原文的）",
    "table rows whose cells stand in paragraphs of their own between lines holding only `|`, each row ending with a hard line break (two spaces), as html2text writes a Word page's table whose cells hold paragraphs: each row is read joined onto one line, its cells split at `|` (its line breaks read as spaces; positions stay the input's)",
  ),
  entry(
    "not-a-report",
    "error",
    "parse",
    "未找到年度报告：没有标题、章节标题或统计表格",
    "no annual report found: no title, no section headings and no statistics tables",
  ),
  entry(
    "span-clamped",
    "warning",
    "shape",
    "HTML 单元格的 rowspan/colspan 超过 1000，已截为 1000",
    "an HTML cell's rowspan/colspan above 1000 was clamped to 1000",
  ),
  entry(
    "table-duplicate",
    "info",
    "shape",
    "与前面某个表格逐格相同的表格（网页为手机版重复的一份）未读取：它不含其他数值",
    "a table equal in every cell to an earlier one (a page's second, responsive copy) was left out: it holds no other value",
  ),
  entry(
    "frame-missing-values",
    "info",
    "shape",
    "CSV 由数据框（pandas、R）导出，空单元格写作 nan、None、NA 等缺失值：这些单元格按空白读取",
    "the CSV was saved from a data frame (pandas, R) that wrote its empty cells as a missing value (nan, None, NA): each is read as an empty cell",
  ),
  entry(
    "html-nesting-too-deep",
    "warning",
    "shape",
    "HTML 元素嵌套超过 1000 层，此后的内容按已打开的元素均已关闭继续读取",
    "HTML elements are nested more than 1000 deep; the page is read on as if the elements open so far were closed",
  ),
  entry(
    "word-boxes-read",
    "info",
    "shape",
    "输入是 pdftotext 的单词坐标输出（-tsv、-bbox、-bbox-layout）或 tesseract 识别结果的 tsv、hOCR 输出：按各词所在的行重组为文本后按 PDF 文本读取，坐标不作为数值",
    "the input is pdftotext's word-box output (-tsv, -bbox, -bbox-layout) or tesseract's OCR tsv or hOCR: its words were put back on their lines and read as PDF text, no coordinate as a value",
  ),
  entry(
    "html-hidden-skipped",
    "info",
    "shape",
    "页面中隐藏元素（display: none 或 hidden 属性）内的表格未读取：不读它们识别出的数据不少于整页，隐藏副本（打印版等）可能数值不同",
    "tables inside hidden elements (display: none or the hidden attribute) were not read: the page recognises as much without them, and a hidden copy (a print version…) may hold other values",
  ),
  entry(
    "table-too-large",
    "warning",
    "shape",
    "表格展开后超过 1,000,000 个单元格，其余行被截去",
    "a table would exceed 1,000,000 grid cells; its remaining rows are cut",
  ),
  entry(
    "multiple-reports",
    "warning",
    "recognize",
    "文件含不止一份报告（一个页面刊登多个年度的报告全文、两份 PDF 的文本拼接、报告粘贴了两遍）：只读取第一份（其表格、日期和各部分），其后每份报告在其标题处给出",
    "the file holds more than one report (a page printing several years' reports in full, two PDFs' text joined, a report pasted twice): only the first is read (its tables, dates and sections), and each other report is reported at its title",
  ),
  entry(
    "table-repeated",
    "warning",
    "recognize",
    "同一统计表（表二、三或四）带数值出现不止一次（一个文件含多份报告、更正后的表格或附件）：只读取行数最多的一份，其他各份的位置逐一给出",
    "an official statistics table (Table 二, 三 or 四) is printed more than once with values (several reports in one file, a corrected table, an annex): the most complete one is read, each other copy is reported where it stands",
  ),
  entry(
    "table-continued",
    "info",
    "recognize",
    "统计表在分页处重复印出表头（未标“续”）后继续：两部分所读的行互不重复，作为一张表读取，信息给在重复的表头处",
    "an official statistics table continues under its heading printed again (a page break, without 续): the parts read different rows, so they are read as one table; the info stands at the repeated heading",
  ),
  entry(
    "columns-reordered",
    "info",
    "recognize",
    "表格的表头以不同于格式规定的顺序印出数值列（如“总计”在前）：各数值读入表头所标的列",
    "a table's header prints its value columns in another order than the layout's (总计 first, two columns swapped): each value is read into the column its header names",
  ),
  entry(
    "columns-order-unsure",
    "warning",
    "recognize",
    "表头的标签未对齐数值所在的列（如表头被转换工具压平），所印列序与格式规定不同且移动了“总计”，而各行按两种列序相加都同样成立：数值仍按格式规定的列序读入，若表头无误则各值列位有误",
    "a table's header whose labels do not stand above its values (a ragged or flattened header) prints its value columns in another order than the layout's, moving 总计, and the rows' totals hold as well either way: the values are read in the layout's order, which is wrong if the header is right",
  ),
  entry(
    "columns-missing",
    "warning",
    "recognize",
    "表格的表头缺少格式规定的某些数值列：这些列的单元格记为不存在，其余数值读入表头所标的列",
    "a table's header leaves out some of the layout's value columns: their cells are absent, the other values are read into the columns the header names",
  ),
  entry(
    "cell-values-split",
    "warning",
    "recognize",
    "表格一行的数值少于其列数，而其中一个单元格并排印着几个数（OCR 未识别出表格竖线，或转换工具把一行的值放进一个单元格），其个数正好补足该行：逐个读作各列的值",
    "a table row holds fewer values than its columns and one of its cells holds numbers side by side (OCR saw no rule between them, or a converter put a row's values in one cell) exactly as many as fill the row: each is read as a value of its own column",
  ),
  entry(
    "cell-merged",
    "warning",
    "recognize",
    "表格一行中的数值单元格跨越了表头分开印出的几列（HTML colspan）：其值读入所跨的第一列，其余各列为空白（表格没有说明它们的值）",
    "a value cell of a table row spans several columns that the table's header prints apart (HTML colspan): its value is read into the first of them, the others are blank (the table does not say what they hold)",
  ),
  entry(
    "table-not-found",
    "warning",
    "recognize",
    "未找到格式规定的统计表（表二、三或四）",
    "an official statistics table (Table 二, 三 or 四) was not found",
  ),
  entry(
    "row-unrecognized",
    "warning",
    "recognize",
    "表格中有一行与格式中的任何行都不匹配，已保留在 extraRows",
    "a table row matches no row of the layout; kept in extraRows",
  ),
  entry(
    "row-duplicate",
    "warning",
    "recognize",
    "同一行在表格中出现了两次：读入第一次的数值，重复的一行保留在 extraRows",
    "the same layout row occurs twice in a table: the first is read, the repeat kept in extraRows",
  ),
  entry(
    "row-missing",
    "info",
    "recognize",
    "表格中没有找到格式规定的某一行",
    "a row of the layout was not found in its table",
  ),
  entry(
    "row-extra-values",
    "warning",
    "recognize",
    "某行的数值多于格式规定的列数，多出的数值未读入（按顺序读入：一个数被拆成两段或某值多印一次，其后的值会错列）",
    "a row has more values than the layout has columns; the extra values are not read (values are read in order: a number split in two or a value printed twice moves the values after it)",
  ),
  entry(
    "row-missing-values",
    "warning",
    "recognize",
    "某行的数值少于格式规定的列数，缺少的单元格记为不存在",
    "a row has fewer values than the layout has columns; the missing cells are absent",
  ),
  entry(
    "row-values-unplaced",
    "warning",
    "recognize",
    "PDF文本中某行的数值少于列数，而表中其他行是完整的：空白单元格未留下痕迹，无法判断这些数值属于哪些列，整行作为额外行保留",
    "a row of PDF text has fewer values than columns while the table's other rows are full: a blank cell left no trace, so which cells the values fill cannot be told; the row is kept as an extra row",
  ),
  entry(
    "row-part-and-total",
    "warning",
    "recognize",
    "PDF文本中某行（其最后一列为总计）的数值少于列数且最后一个等于前面各数之和（两个数值时即二者相等），而表中各行大多不完整：读作分项和总计（只有这样分项之和才等于总计），其余分项缺失（空白或丢失，文本中没有）；无法判断数值属于哪些分项，依次读入前几列",
    "a row of PDF text whose last column is its total holds fewer values than columns, the last the sum of the ones before it (two equal values, or 3001 53 61 4 3119), in a table whose rows are mostly short: read as parts and the total (only so do the parts add up to the total), the other parts absent (printed blank or lost: nothing in the text); which parts hold the values cannot be told: they are read into the first columns in order",
  ),
  entry(
    "comparison-skipped",
    "warning",
    "recognize",
    "表格的表头把某列标为上年、其他年份或比较（上年、上一年度、去年、2023年、同比、增减、增长率、%），或某行重复上年的一行（上年规章、上年同期、2023年）：这些数值不作为本年数值读入",
    "a table's header names a column as last year's, another year's or a comparison (上年, 上一年度, 去年, 2023年, 同比, 增减, 增长率, %), or a row repeats a row for another year (上年规章, 上年同期, 2023年): its values are not read as this year's",
  ),
  entry(
    "cell-not-a-number",
    "warning",
    "recognize",
    "数值单元格中的文字像数字却无法读为数字（OCR 误识的 O/l、被空格拆开或丢失小数点的数字、用汉字写的数（一、九十五）），按文字保留",
    "a value cell's text looks like a number but does not read as one (OCR look-alikes O/l, a number split by a space or a dropped decimal point, a count in Chinese numerals such as 一 or 九十五); kept as text",
  ),
  entry(
    "cell-footnote-mark",
    "warning",
    "recognize",
    "数值单元格中的数字后带有脚注标记（72*、5①、233¹），按文字保留（不把标记读作数字），相关勾稽关系无法核对",
    "a value cell's number carries a footnote mark (72*, 5①, 233¹); kept as text (the mark is never read as a digit), so the identities over it are unverified",
  ),
  entry(
    "legacy-family",
    "info",
    "legacy",
    "旧版（2019年以前）统计表已按已知格式族识别",
    "a legacy (pre-2019) statistics table was read as a known family",
  ),
  entry(
    "legacy-family-unknown",
    "warning",
    "legacy",
    "旧版统计表不属于任何已知格式族，各行保留但未归类",
    "a legacy statistics table matches no known family; its rows are kept untyped",
  ),
  entry(
    "legacy-unit-mismatch",
    "warning",
    "legacy",
    "旧版统计表某行所印金额单位（元/万元）与格式中该行的单位不同：数值按所印保留（normalizeReport 按所印单位换算）",
    "a legacy row is printed in another money unit (元/万元) than its layout row: the value is kept as printed (normalizeReport converts it by the printed unit)",
  ),
  entry(
    "legacy-values-unplaced",
    "warning",
    "legacy",
    "旧版统计表按列印出（一列标签，再一列单位和数值），但标签与数值的个数不一致：无法判断哪个数值属于哪一行，这些行均不读入",
    "a pre-2019 table printed column by column (its labels, then its units and values) has more or fewer values than labels: which value is whose cannot be told, so none of these rows is read",
  ),
  entry(
    "legacy-row-unrecognized",
    "info",
    "legacy",
    "旧版统计表中有一行不在所识别的格式族中，保留但未归类",
    "a legacy table row is not in the recognised family's layout; kept untyped",
  ),
] as const);

/** A diagnostic code: one of {@link DIAGNOSTIC_CODES}. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number]["code"];

/** Every diagnostic code, in the catalogue's order (the values of `Diagnostic.code`). */
export const DIAGNOSTIC_CODE_IDS = Object.freeze(DIAGNOSTIC_CODES.map((c) => c.code)) as readonly [
  DiagnosticCode,
  ...DiagnosticCode[],
];
