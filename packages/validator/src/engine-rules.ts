import type { EngineRule, RuleMeta } from "./rule.js";
import { v1 } from "./rules/support/versions.js";

/**
 * The rules the engine reports itself: problems reading the input (`input.*`) and
 * schema violations (`schema.*`). Record and dataset rules live in ./rules/.
 */

type InputMeta = Omit<RuleMeta, "category" | "appliesTo" | "versions">;

const versions = v1;

function input(meta: InputMeta): EngineRule {
  return { ...meta, kind: "input", category: "input", appliesTo: [], versions };
}

function schema(meta: InputMeta): EngineRule {
  return { ...meta, kind: "schema", category: "schema", appliesTo: ["person", "enrolment", "transfer", "assistance", "organisation", "donation"], versions };
}

export const inputRules: readonly EngineRule[] = [
  input({
    id: "input.malformed-json",
    severity: "error",
    title: { zh: "JSON 格式错误", en: "Malformed JSON" },
    message: { zh: "无法解析 JSON：此处应为{expected}", en: "Cannot parse JSON: expected {expected} here" },
    guidance: {
      zh: "检查该行（或该记录）的括号、引号和逗号；JSON Lines 文件每行必须是一条完整的 JSON 记录。",
      en: "Check brackets, quotes and commas on this line (or record); each line of a JSON Lines file must be one complete JSON record.",
    },
  }),
  input({
    id: "input.truncated",
    severity: "error",
    title: { zh: "文件被截断", en: "Truncated file" },
    message: { zh: "文件在一条记录中途结束（{detail}）", en: "The file ends in the middle of a record ({detail})" },
    guidance: {
      zh: "文件可能未完整传输或导出被中断，请重新导出或重新传输。",
      en: "The file was probably not fully transferred or the export was interrupted: export or transfer it again.",
    },
  }),
  input({
    id: "input.encoding",
    severity: "error",
    title: { zh: "字符编码", en: "Character encoding" },
    message: { zh: "{detail}", en: "{detail}" },
    guidance: {
      zh: "请以 UTF-8 导出；GB18030/GBK 文件可以读取，但建议用 --encoding gb18030 明确指定。",
      en: "Export as UTF-8; GB18030/GBK files are read, but say so explicitly with --encoding gb18030.",
    },
    configurableSeverity: true,
  }),
  input({
    id: "input.binary",
    severity: "error",
    title: { zh: "二进制内容", en: "Binary content" },
    message: {
      zh: "包含 NUL 字节，不是文本文件（可能是压缩包、Excel 文件或 UTF-16 编码）",
      en: "Contains NUL bytes: not a text file (perhaps an archive, a spreadsheet or UTF-16 text)",
    },
    guidance: {
      zh: "请提供 UTF-8 编码的 JSON、JSON Lines 或 CSV 文件；Excel 文件请先另存为 CSV（UTF-8）。",
      en: "Provide UTF-8 JSON, JSON Lines or CSV; save spreadsheets as CSV (UTF-8) first.",
    },
  }),
  input({
    id: "input.unreadable",
    severity: "error",
    title: { zh: "无法读取", en: "Unreadable input" },
    message: { zh: "无法读取：{detail}", en: "Cannot read: {detail}" },
    guidance: { zh: "检查路径是否存在以及读取权限。", en: "Check that the path exists and is readable." },
  }),
  input({
    id: "input.line-too-long",
    severity: "error",
    title: { zh: "行过长", en: "Line too long" },
    message: {
      zh: "该行超过 {limit} 字节，已跳过",
      en: "The line is longer than {limit} bytes and was skipped",
    },
    guidance: {
      zh: "一条记录不应这么大；检查文件是否缺少换行符，或是否把整个导出写成了一行。",
      en: "No record should be this large: check for missing line breaks or a whole export written on one line.",
    },
  }),
  input({
    id: "input.too-deep",
    severity: "error",
    title: { zh: "嵌套过深", en: "Nesting too deep" },
    message: { zh: "JSON 嵌套深度超过 {limit} 层", en: "JSON nesting is deeper than {limit} levels" },
    guidance: {
      zh: "标准规定一条记录（记录对象本身为第 1 层）最多嵌套 64 层数组和对象，extensions 中的数据也不例外；标准中的记录只有几层，如此深的嵌套表示数据损坏或恶意输入。",
      en: "The standard allows a record (the record object itself is level 1) at most 64 levels of arrays and objects, extensions included; its records nest only a few, so deeper means corrupt or hostile input.",
    },
  }),
  input({
    id: "input.forbidden-key",
    severity: "error",
    title: { zh: "禁止的属性名", en: "Forbidden property name" },
    message: { zh: "属性名 {key} 不允许使用", en: "The property name {key} is not allowed" },
    guidance: {
      zh: "标准保留 __proto__、constructor、prototype：它们会被 JavaScript 工具误解（原型污染），任何记录在任何层级（包括 extensions）都不得用作成员名。",
      en: "The standard reserves __proto__, constructor and prototype: JavaScript tools misread them (prototype pollution), so no record may use them as a member name at any depth, extensions included.",
    },
  }),
  input({
    id: "input.duplicate-name",
    severity: "error",
    title: { zh: "重复的成员名", en: "Duplicate member name" },
    message: { zh: "同一对象中成员名 {name} 出现了不止一次", en: "The member name {name} appears more than once in one object" },
    guidance: {
      zh: "JSON 解析器对重复的成员名取值不一（有的取第一个，有的取最后一个），因此标准禁止重复：每个对象（导出包、记录、嵌套对象）中每个成员名只能出现一次；CSV 首行的每个列名也只能出现一次。",
      en: "JSON parsers disagree on which value of a repeated name wins (the first or the last), so the standard forbids repeats: each name once per object (the package, a record, any nested object), and each column once in a CSV header.",
    },
  }),
  input({
    id: "input.invalid-character",
    severity: "error",
    title: { zh: "无效字符", en: "Invalid character" },
    message: {
      zh: "字符串或成员名中含有 {codePoint}（孤立的代理项或非字符），其他实现无法读取",
      en: "A string or member name holds {codePoint} (a lone surrogate or a noncharacter), which other implementations cannot read",
    },
    guidance: {
      zh: "导出程序可能截断了一个 emoji 或其他增补字符，或写入了 U+FFFE/U+FFFF；请修正源数据后重新导出。",
      en: "The exporter probably cut an emoji or other supplementary character in half, or wrote U+FFFE/U+FFFF: fix the source data and export again.",
    },
  }),
  input({
    id: "input.csv-columns",
    severity: "error",
    title: { zh: "CSV 列", en: "CSV columns" },
    message: { zh: "{detail}", en: "{detail}" },
    guidance: {
      zh: "CSV 首行必须是文档规定的列名（如 recordType、id、hukou.division），每行的列数必须与首行相同。XLSX 工作表的每个单元格都须有可读取的值：公式须有计算结果（在 Excel 或 WPS 中打开并保存），不能是错误值（如 #N/A）。",
      en: "The first CSV row must hold the documented column headers (e.g. recordType, id, hukou.division) and every row must have as many cells. Every cell of an XLSX sheet must hold a value to read: a formula its computed result (open and save the workbook in Excel or WPS), never an error value (such as #N/A).",
    },
  }),
  input({
    id: "input.unknown-record-type",
    severity: "error",
    title: { zh: "未知记录类型", en: "Unknown record type" },
    message: {
      zh: "recordType 为 {recordType}，应为本版本的记录类型之一：{expected}",
      en: "recordType is {recordType}; expected one of this version's record types: {expected}",
    },
    guidance: {
      zh: "每条记录都必须有 recordType 字段，取值为数据所声明版本的记录类型之一（benefit、medicalRegistration、medicalSettlement 自 1.1 起）。",
      en: "Every record needs a recordType field with one of the record types of the version the data declares (benefit, medicalRegistration and medicalSettlement since 1.1).",
    },
  }),
  input({
    id: "input.unknown-schema-version",
    severity: "error",
    title: { zh: "未知的标准版本", en: "Unknown standard version" },
    message: {
      zh: "schemaVersion {version} 不是本校验器已知的版本（{known}）；此文件的记录未作检查",
      en: "schemaVersion {version} is not a version this validator knows ({known}); the records of this file were not checked",
    },
    guidance: {
      zh: "数据包或 JSON Lines 首行的 schemaVersion 指明数据遵循的标准版本，校验器按该版本的模式检查每条记录。请填写已发布的版本；若数据遵循更新的版本，请使用更新的校验器；也可以用 --schema-version 指定按哪个版本检查。",
      en: "The schemaVersion of the package or JSON Lines header names the version of the standard the data follows, and the records are checked against that version's schemas. Declare a released version; for data of a newer version, use a newer validator; or choose the version to check against with --schema-version.",
    },
  }),
  input({
    id: "input.missing-schema-version",
    severity: "error",
    title: { zh: "缺少标准版本", en: "Missing standard version" },
    message: {
      zh: "数据包或首行没有 schemaVersion，无法确定按哪个版本检查（已知版本：{known}）；此文件的记录未作检查",
      en: "The package or header declares no schemaVersion, so no version's schemas apply (known versions: {known}); the records of this file were not checked",
    },
    guidance: {
      zh: "在数据包或 JSON Lines 首行写明数据遵循的标准版本，例如 \"schemaVersion\": \"1.1\"；或用 --schema-version 指定按哪个版本检查。",
      en: "Declare the version of the standard the data follows in the package or JSON Lines header, e.g. \"schemaVersion\": \"1.1\"; or choose the version to check against with --schema-version.",
    },
  }),
];

export const schemaRules: readonly EngineRule[] = [
  schema({
    id: "schema.required",
    severity: "error",
    title: { zh: "缺少必填字段", en: "Missing required field" },
    message: { zh: "缺少必填字段：{field}", en: "Missing required field: {field}" },
    guidance: {
      zh: "按标准补全该字段；若确实未知，请与数据标准组确认是否允许缺省。",
      en: "Fill in the field as the standard requires; if it is truly unknown, ask the standard's team whether it may be left out.",
    },
  }),
  schema({
    id: "schema.type",
    severity: "error",
    title: { zh: "类型错误", en: "Wrong type" },
    message: { zh: "{field}应为{expected}，实际为{actual}", en: "{field} must be {expected}, not {actual}" },
    guidance: {
      zh: "代码一律为字符串（如 \"1\"），金额为以分为单位的整数。",
      en: "Codes are always strings (e.g. \"1\"); amounts are integers in fen.",
    },
  }),
  schema({
    id: "schema.enum",
    severity: "error",
    title: { zh: "代码不在代码表中", en: "Code not in the code list" },
    message: {
      zh: "{field}的值「{value}」不在允许的代码中：{allowed}",
      en: "{field} has the value '{value}', which is not one of the allowed codes: {allowed}",
    },
    guidance: {
      zh: "使用代码表中的代码（见 schemas/codelists），代码不翻译、不补零以外的变化。",
      en: "Use a code from the code list (see schemas/codelists); codes are never translated or reformatted.",
    },
  }),
  schema({
    id: "schema.format",
    severity: "error",
    title: { zh: "格式错误", en: "Wrong format" },
    message: { zh: "{field}的值「{value}」不符合格式 {format}", en: "{field} has the value '{value}', which does not match the format {format}" },
    guidance: {
      zh: "日期为 YYYY-MM-DD，时间戳为带时区的 RFC 3339，区划代码为 6 位数字。",
      en: "Dates are YYYY-MM-DD, timestamps RFC 3339 with an offset, division codes 6 digits.",
    },
  }),
  schema({
    id: "schema.range",
    severity: "error",
    title: { zh: "超出范围", en: "Out of range" },
    message: { zh: "{field}为 {value}，应{comparison} {limit}", en: "{field} is {value}; it must be {comparison} {limit}" },
    guidance: {
      zh: "金额以分为单位且不为负；年份、月数等必须在标准规定的范围内。",
      en: "Amounts are in fen and never negative; years, months and counts must be within the standard's bounds.",
    },
  }),
  schema({
    id: "schema.additional-property",
    severity: "error",
    title: { zh: "未定义的字段", en: "Undefined field" },
    message: {
      zh: "{field}中有标准未定义的字段「{property}」",
      en: "{field} has the field '{property}', which the standard does not define",
    },
    guidance: {
      zh: "检查字段名拼写（区分大小写、驼峰式）；地方扩展字段请放入 extensions 对象。",
      en: "Check the spelling (case-sensitive camelCase); put local extensions under the extensions object.",
    },
  }),
  schema({
    id: "schema.shape",
    severity: "error",
    title: { zh: "结构不符合标准", en: "Structure does not match the standard" },
    message: { zh: "{field}不符合标准：{detail}", en: "{field} does not match the standard: {detail}" },
    guidance: {
      zh: "对照该记录类型的模式检查字段组合（如至少填写 idNumber 或 documents 之一）。",
      en: "Check the combination of fields against the record type's schema (e.g. at least one of idNumber or documents).",
    },
  }),
];

export const engineRules: readonly EngineRule[] = [...inputRules, ...schemaRules];
