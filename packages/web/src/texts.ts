import type { Lang } from "./protocol.js";

/** Every text of the page, in English; `zh` must have each of them (the type says so). */
const en = {
  title: "CZT-SS validator",
  tagline: "Checks exports of the Changsha–Zhuzhou–Xiangtan social security standard in this browser. The files never leave this computer: the page makes no network request.",
  language: "中文",
  languageLabel: "Switch the page to Chinese",
  pick: "Choose files",
  drop: "or drop JSON, JSON Lines or CSV files here (several at once: the three cities' exports are checked together)",
  reveal: "Show personal data (identity numbers, names) instead of masking it",
  options: "Options",
  asOf: "Reference date (default: the export's asOf, else today)",
  params: "Parameter tables (JSON: contribution bases, 低保 standards; optional)",
  validating: "Validating…",
  datasetPhase: "Checking across records (dataset rules)…",
  cancel: "Cancel",
  cancelled: "Validation cancelled.",
  failed: "Validation failed:",
  progress: "{bytes} of {total} read, {records} records",
  summary: "Summary",
  files: "Files",
  records: "Records",
  valid: "Valid",
  invalid: "Invalid",
  errors: "Errors",
  warnings: "Warnings",
  infos: "Notes",
  elapsed: "Time",
  noFindings: "No findings: every record is valid.",
  byRule: "Findings by rule",
  byFile: "Findings by file",
  rule: "Rule",
  count: "Findings",
  share: "Share of records",
  findings: "Findings",
  shown: "{shown} of {total} shown",
  severity: "Severity",
  allSeverities: "All severities",
  allRules: "All rules",
  allFiles: "All files",
  search: "Search in the findings",
  file: "File",
  line: "Line",
  recordId: "Record",
  field: "Field",
  message: "Message",
  guidance: "Guidance",
  error: "error",
  warning: "warning",
  info: "note",
  sortBy: "Sort by {column}",
  record: "Record",
  recordHint: "Select a finding to see its record, with the field highlighted.",
  recordMasked: "Personal data is masked.",
  recordNotFound: "This finding belongs to no single record (a problem of the file or across records).",
  close: "Close",
  download: "Download the report",
  print: "Print the summary",
  empty: "No file checked yet.",
};

export type TextKey = keyof typeof en;

const zh: Record<TextKey, string> = {
  title: "CZT-SS 数据校验",
  tagline: "在本浏览器中校验长株潭社会保障数据标准的导出文件。文件不会离开这台电脑：本页面不发出任何网络请求。",
  language: "English",
  languageLabel: "将页面切换为英文",
  pick: "选择文件",
  drop: "或将 JSON、JSON Lines、CSV 文件拖放到这里（可一次选多个：三市的导出文件一起校验）",
  reveal: "显示个人信息（身份证号、姓名），不做脱敏",
  options: "选项",
  asOf: "基准日期（默认：导出文件的 asOf，否则为今天）",
  params: "参数表（JSON：缴费基数、低保标准等；可选）",
  validating: "正在校验…",
  datasetPhase: "正在跨记录检查（数据集规则）…",
  cancel: "取消",
  cancelled: "已取消校验。",
  failed: "校验失败：",
  progress: "已读取 {bytes} / {total}，{records} 条记录",
  summary: "汇总",
  files: "文件",
  records: "记录",
  valid: "有效",
  invalid: "无效",
  errors: "错误",
  warnings: "警告",
  infos: "提示",
  elapsed: "用时",
  noFindings: "没有发现问题：所有记录均有效。",
  byRule: "按规则统计",
  byFile: "按文件统计",
  rule: "规则",
  count: "问题数",
  share: "占记录比例",
  findings: "问题列表",
  shown: "显示 {shown} / {total} 条",
  severity: "严重程度",
  allSeverities: "全部严重程度",
  allRules: "全部规则",
  allFiles: "全部文件",
  search: "在问题中搜索",
  file: "文件",
  line: "行",
  recordId: "记录",
  field: "字段",
  message: "说明",
  guidance: "处理建议",
  error: "错误",
  warning: "警告",
  info: "提示",
  sortBy: "按{column}排序",
  record: "记录内容",
  recordHint: "选择一条问题，查看其所在记录，相关字段会高亮显示。",
  recordMasked: "个人信息已脱敏。",
  recordNotFound: "此问题不属于某一条记录（文件本身或跨记录的问题）。",
  close: "关闭",
  download: "下载报告",
  print: "打印汇总",
  empty: "尚未校验任何文件。",
};

const texts: Record<Lang, Record<TextKey, string>> = { en, zh };

/** A text of the page in a language, with `{name}` placeholders filled. */
export function t(lang: Lang, key: TextKey, values: Record<string, string | number> = {}): string {
  return texts[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The page's first language: Chinese when the browser prefers it, else English. */
export function defaultLang(languages: readonly string[]): Lang {
  const first = languages[0]?.toLowerCase() ?? "en";
  return first.startsWith("zh") ? "zh" : "en";
}

export function allTextKeys(): TextKey[] {
  return Object.keys(en) as TextKey[];
}
