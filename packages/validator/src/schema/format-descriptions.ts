import type { Bilingual } from "../rule.js";

/**
 * What each format and pattern of the standard's schemas asks for, in words, for
 * `schema.format` messages ("… does not match the format of a division code: 6 digits,
 * the first 1–8" rather than a regular expression). The finding's `format` param keeps
 * the format name or pattern itself. A test fails when a schema uses one missing here.
 */
export const formatDescriptions: Readonly<Record<string, Bilingual>> = {
  date: { zh: "日期 YYYY-MM-DD（须为真实存在的日期）", en: "of a date, YYYY-MM-DD (a real calendar day)" },
  "date-time": {
    zh: "带时区偏移的时间戳（RFC 3339，如 2024-01-01T08:00:00+08:00）",
    en: "of a timestamp with an offset (RFC 3339, e.g. 2024-01-01T08:00:00+08:00)",
  },
  "^[0-9]{4}-(0[1-9]|1[0-2])$": { zh: "年月 YYYY-MM", en: "of a month, YYYY-MM" },
  "^[1-8][0-9]{5}$": { zh: "行政区划代码（6 位数字，首位为 1–8）", en: "of a division code: 6 digits, the first 1–8" },
  "^[0-9]{17}[0-9Xx]$": { zh: "身份号码（17 位数字，再加 1 位数字或 X）", en: "of an identity number: 17 digits, then a digit or X" },
  "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$": {
    zh: "统一社会信用代码（18 位数字或大写字母，不含 I、O、S、V、Z）",
    en: "of a unified social credit code: 18 digits and capital letters, without I, O, S, V or Z",
  },
  "^https?://": { zh: "以 http:// 或 https:// 开头的网址", en: "of a web address starting with http:// or https://" },
  "^[A-Z]{3}$": { zh: "国家代码（3 个大写字母，ISO 3166-1，如 CHN）", en: "of a country code: 3 capital letters (ISO 3166-1, e.g. CHN)" },
  "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$": {
    zh: "记录标识（字母或数字开头，其后最多 127 个字母、数字或 . _ : -）",
    en: "of a record id: a letter or digit, then up to 127 letters, digits or . _ : -",
  },
  "\\S": { zh: "非空白文本（至少有一个不是空白的字符）", en: "of text that is not blank (at least one character other than a space)" },
  "^[a-z][A-Za-z0-9]*$": { zh: "camelCase 名称（小写字母开头，其后为字母或数字）", en: "of a camelCase name: a lowercase letter, then letters and digits" },
  "^[A-Za-z0-9][A-Za-z0-9.-]*$": { zh: "代码（字母或数字开头，其后为字母、数字、. 或 -）", en: "of a code: a letter or digit, then letters, digits, . or -" },
  "^[a-z0-9-]+(\\.[a-z0-9-]+)+$": { zh: "规则标识（以点分隔的小写词，如 schema.required）", en: "of a rule id: lowercase words joined by dots, e.g. schema.required" },
  "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$": { zh: "标准版本号（主版本.次版本，如 1.1）", en: "of a version of the standard: major.minor, e.g. 1.1" },
  "^[1-8][0-9]{3}00$": { zh: "省或市的行政区划代码（6 位数字，末两位为 00）", en: "of a province or city division code: 6 digits ending in 00" },
  "^[01]{12}$": { zh: "月份掩码（12 个 0 或 1，自 1 月起）", en: "of a month mask: twelve 0s or 1s, January first" },
};
