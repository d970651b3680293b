import type { Bilingual } from "@czt/schemas";
import type { ProblemCode } from "./problem.js";

/** A mapping rule as a report lists it: its title and what to do, in both languages. */
export interface MapRule {
  title: Bilingual;
  guidance: Bilingual;
}

/** The `map.*` rules (docs/mapping.md), titled for the page's summary and findings table as the validator's rules are. */
export const mapRules: Readonly<Record<ProblemCode, MapRule>> = {
  "map.unmapped-code": {
    title: { zh: "代码无法对照", en: "Code not in the crosswalk" },
    guidance: { zh: "在映射文件的 crosswalks 中为该本地代码补充对应的标准代码，或更正源数据。", en: "Add the local code to a crosswalk table of the mapping file, or correct the source value." },
  },
  "map.invalid-date": {
    title: { zh: "日期无效", en: "Invalid date" },
    guidance: { zh: "改为存在的日期，格式为映射所接受的格式（如 2019/3/1、20190301、2019-03-01）。", en: "Give a date that exists, in a form the mapping accepts (2019/3/1, 20190301, 2019-03-01)." },
  },
  "map.invalid-amount": {
    title: { zh: "金额无效", en: "Invalid amount" },
    guidance: { zh: "金额以元填写，最多两位小数；不做四舍五入。", en: "Give the amount in 元 with at most two decimals: it is never rounded." },
  },
  "map.invalid-number": {
    title: { zh: "数字或是否值无效", en: "Invalid number or yes/no value" },
    guidance: { zh: "填写整数或是/否；18 位号码请以文本格式保存，避免表格软件截断末位。", en: "Give a whole number or yes/no; store 18-digit numbers as text so the spreadsheet keeps their last digits." },
  },
  "map.invalid-id-number": {
    title: { zh: "身份证号码无效", en: "Invalid identity number" },
    guidance: { zh: "身份证号码应为 15 位或 18 位，请核对源数据。", en: "An identity number has 15 or 18 characters: check the source value." },
  },
  "map.missing-value": {
    title: { zh: "缺少必填值", en: "Required value missing" },
    guidance: { zh: "为该行补充必填列的值（或在映射中给出默认值）。", en: "Fill the required column of the row (or give a default in the mapping)." },
  },
  "map.parent-missing": {
    title: { zh: "找不到所属记录", en: "Parent record missing" },
    guidance: { zh: "该明细或成员行的户编号、参保登记号在主表中不存在：补全主表或更正编号。", en: "No household or enrolment has this row's key: add it to the main table or correct the key." },
  },
  "map.duplicate-id": {
    title: { zh: "记录标识重复", en: "Duplicate record id" },
    guidance: { zh: "两行给出相同的记录标识但内容不同：合并或更正其中一行。", en: "Two rows give the same id with different content: merge them or correct one." },
  },
  "map.sheet-missing": {
    title: { zh: "缺少工作表", en: "Sheet missing" },
    guidance: { zh: "工作簿中没有映射读取的工作表：检查工作表名称或映射中的 sheet。", en: "The workbook lacks a sheet the mapping reads: check the sheet's name or the mapping's sheet." },
  },
  "map.source-missing": {
    title: { zh: "缺少输入文件", en: "Input missing or not read" },
    guidance: { zh: "一同选择映射所读取的文件，或检查映射中 file 的文件名。", en: "Choose the files the mapping reads together, or check the file names in the mapping." },
  },
  "map.column-missing": {
    title: { zh: "缺少列", en: "Column missing" },
    guidance: { zh: "表头中没有映射所指定的列：检查表头文字或映射中的 column、indicator。", en: "The header row lacks a column the mapping names: check the header or the mapping's column or indicator." },
  },
  "map.unreadable-cell": {
    title: { zh: "单元格无法读取", en: "Unreadable cell" },
    guidance: {
      zh: "该单元格没有可读取的值：是没有计算结果的公式（工作簿由不计算公式的程序写出，在 Excel 或 WPS 中打开并保存即可），或是错误值（如 #N/A）。",
      en: "The cell holds no value to read: a formula without a computed result (the workbook was written by a program that does not compute formulas: open and save it in Excel or WPS), or an error value (such as #N/A).",
    },
  },
  "map.unreadable-row": {
    title: { zh: "无法读取", en: "Unreadable input" },
    guidance: { zh: "该行或该文件无法读取：检查文件格式（JSON Lines 每行一个对象，XLSX 工作簿完整）。", en: "The line or file cannot be read: check its format (one object per JSON Lines line, a whole XLSX workbook)." },
  },
};
