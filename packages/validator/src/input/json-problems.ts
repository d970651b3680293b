import { fillTemplate } from "../fill-template.js";
import type { Params } from "../rule.js";

/**
 * What a JSON reader expected where a text stopped being JSON: a code for machines and
 * its words in each language, so a message never quotes the record itself (only where).
 */
const expectations = {
  value: { zh: "一个值（对象、数组、字符串、数字、true、false 或 null）", en: "a value (object, array, string, number, true, false or null)" },
  name: { zh: "带引号的成员名", en: "a member name in quotes" },
  colon: { zh: "冒号", en: "a colon" },
  "comma-or-object-end": { zh: "逗号或 }", en: "a comma or }" },
  "comma-or-array-end": { zh: "逗号或 ]", en: "a comma or ]" },
  "end-of-text": { zh: "JSON 值之后不再有内容", en: "nothing after the JSON value" },
  "closing-quote": { zh: "字符串的结束引号", en: "the closing quote of a string" },
  "string-character": { zh: "字符串中的字符（控制字符须转义）", en: "a character of a string (control characters must be escaped)" },
  escape: { zh: "转义序列（\\\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\uXXXX）", en: 'an escape sequence (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)' },
  "hex-digit": { zh: "十六进制数字", en: "a hexadecimal digit" },
  digit: { zh: "数字", en: "a digit" },
  "object-or-array": { zh: "以 { 或 [ 开始的 JSON 文档", en: "a JSON document starting with { or [" },
} as const;

export type Expectation = keyof typeof expectations;

/** Params of `input.malformed-json`: the expected token kind, as a code and in words. */
export function expectedParams(expected: Expectation): Params {
  const words = expectations[expected];
  return { expected, "expected.zh": words.zh, "expected.en": words.en };
}

/** Why a text was cut short or could not be read, as a code and in words. */
const details = {
  "cut-short": { zh: "记录在中途结束", en: "the record is cut short" },
  "document-cut-short": { zh: "文档在中途结束", en: "the document is cut short" },
  "file-empty": { zh: "文件为空", en: "the file is empty" },
  "quote-not-closed": { zh: "带引号的单元格没有结束引号", en: "a quoted cell is not closed" },
  "utf-16": { zh: "不支持 UTF-16 文本，请以 UTF-8 导出", en: "UTF-16 text is not supported; export as UTF-8" },
  "decoded-as-gb18030": {
    zh: "不是 UTF-8：已按 GB18030 解码（请用 --encoding gb18030 明确指定，或以 UTF-8 导出）",
    en: "not UTF-8: decoded as GB18030 (use --encoding gb18030 to say so, or export as UTF-8)",
  },
  "line-not-utf-8": { zh: "该行不是有效的 UTF-8", en: "the line is not valid UTF-8" },
  "line-not-gb18030": { zh: "该行不是有效的 GB18030", en: "the line is not valid GB18030" },
  "record-not-utf-8": { zh: "该记录在此处不是有效的 UTF-8：未读取该记录", en: "the record is not valid UTF-8 here: it is not read" },
  "record-not-gb18030": { zh: "该记录在此处不是有效的 GB18030：未读取该记录", en: "the record is not valid GB18030 here: it is not read" },
  "bytes-not-utf-8": { zh: "此处的字节不是有效的 UTF-8", en: "the bytes here are not valid UTF-8" },
  "bytes-not-gb18030": { zh: "此处的字节不是有效的 GB18030", en: "the bytes here are not valid GB18030" },
  "stray-byte-order-mark": {
    zh: "文件开头之后出现字节顺序标记（U+FEFF）：只有文件最前面的字节可以是字节顺序标记",
    en: "a byte-order mark (U+FEFF) past the start of the file: only the file's first bytes may be one",
  },
  "mixed-encodings": {
    zh: "该行是 UTF-8，而文件的前面部分按 GB18030 解码：一个文件只能使用一种编码",
    en: "this line is UTF-8 while the file before it was decoded as GB18030: one file, one encoding",
  },
  "is-a-directory": { zh: "{file}：是一个目录", en: "{file}: is a directory" },
  "permission-denied": { zh: "{file}：没有读取权限", en: "{file}: permission denied" },
  "not-found": { zh: "{file}：文件或目录不存在", en: "{file}: no such file or directory" },
  "no-match": { zh: "{file}：没有与该模式匹配的文件", en: "{file}: no file matches the pattern" },
  "no-exports": { zh: "{file}：该目录中没有 .json、.jsonl 或 .csv 文件", en: "{file}: the directory holds no .json, .jsonl or .csv file" },
  "system-error": { zh: "{file}：读取失败（{code}）", en: "{file}: cannot be read ({code})" },
  "not-a-workbook": { zh: "{file}：无法作为 XLSX 工作簿读取（{reason}）", en: "{file}: cannot be read as an XLSX workbook ({reason})" },
  "formula-without-value": {
    zh: "单元格 {cell} 是公式，但没有可读取的计算结果：工作簿由不计算公式的程序写出（在 Excel 或 WPS 中打开并保存），或公式的结果是错误值（如 #N/A）",
    en: "cell {cell} holds a formula without a computed value to read: the workbook was written by a program that does not compute formulas (open and save it in Excel or WPS), or the formula's result is an error value (such as #N/A)",
  },
  "error-value": { zh: "单元格 {cell} 是错误值 {error}", en: "cell {cell} holds the error value {error}" },
  "unknown-value": { zh: "单元格 {cell} 的内容不是文本、数字、日期或是否值", en: "cell {cell} holds neither text, a number, a date nor a boolean" },
  "no-record-type-column": { zh: "首行没有 recordType（记录类型）列", en: "the header row has no recordType (记录类型) column" },
  "cell-count": { zh: "该行有 {cells} 个单元格，首行有 {columns} 列", en: "the row has {cells} cells; the header has {columns}" },
  "array-index-too-large": {
    zh: "第 {column} 列的列名中的数组下标大于 {limit}（CSV 中的数组最多 {limit} + 1 项）",
    en: "the header of column {column} has an array index above {limit} (a CSV array holds at most {limit} + 1 items)",
  },
  "quote-not-closed-within": {
    zh: "带引号的单元格在 {lines} 行（或 {limit} 字节）内没有结束引号：跳过该行，从下一行继续读取",
    en: "a quoted cell is not closed within {lines} lines (or {limit} bytes): the row is skipped and reading resumes on its next line",
  },
} as const;

export type Detail = keyof typeof details;

/** Params `{detail}` of an input rule: a code and its words in each language. */
export function detailParams(detail: Detail, extra: Params = {}): Params {
  const words = details[detail];
  return { ...extra, detail, "detail.zh": fillTemplate(words.zh, extra, "zh"), "detail.en": fillTemplate(words.en, extra, "en") };
}
