import { type Converted, converted, refused } from "./result.js";

/** The date formats a source column may be declared to hold; `auto` accepts all of them. */
export type DateFormat = "auto" | "iso" | "YYYYMMDD" | "Y/M/D" | "excel";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * An Excel serial date (1900 date system) as `YYYY-MM-DD`. Serial 1 is 1900-01-01; Excel
 * counts a 1900-02-29 that never was (serial 60), so from serial 61 on the day is
 * 1899-12-30 + serial, before it 1899-12-31 + serial. A time of day (the fraction) is dropped.
 */
export function excelSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial === 60 || serial >= 2958466) return undefined;
  const days = Math.floor(serial);
  const epoch = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const date = new Date(epoch + days * 86_400_000);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const patterns: Readonly<Record<Exclude<DateFormat, "auto" | "excel">, RegExp>> = {
  iso: /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z?)?$/,
  YYYYMMDD: /^(\d{4})(\d{2})(\d{2})$/,
  "Y/M/D": /^(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?$/,
};

/**
 * A date as `YYYY-MM-DD` from `2019-03-01`, `20190301`, `2019/3/1` (also `2019.3.1`,
 * `2019年3月1日`) or an Excel serial (a spreadsheet number such as 43525). A day that does
 * not exist (`2019/2/30`, `20190229`) is refused with the value, never moved to another day.
 */
export function parseDate(input: string | number, format: DateFormat = "auto"): Converted<string> {
  const text = typeof input === "number" ? String(input) : input.trim();
  const serialAllowed = format === "excel" || (format === "auto" && (typeof input === "number" || /^\d{1,5}(\.\d+)?$/.test(text)));
  if (serialAllowed) {
    const date = excelSerialDate(Number(text));
    return date ? converted(date) : refused(`{value} 不是有效的 Excel 日期序号`, `{value} is not a valid Excel serial date`);
  }
  const tried = format === "auto" ? Object.values(patterns) : [patterns[format as keyof typeof patterns]];
  for (const pattern of tried) {
    const match = pattern.exec(text);
    if (!match) continue;
    const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? converted(date) : refused(`日期 {value} 不存在`, `the date {value} does not exist`);
  }
  return refused(`{value} 不是可识别的日期（${format === "auto" ? "YYYY-MM-DD、YYYYMMDD、YYYY/M/D 或 Excel 日期序号" : format}）`, `{value} is not a date (${format === "auto" ? "YYYY-MM-DD, YYYYMMDD, YYYY/M/D or an Excel serial" : format})`);
}

/** A month as `YYYY-MM` from `2019-03`, `201903`, `2019/3`, `2019年3月`, or a date in it (any format of parseDate). */
export function parseMonth(input: string | number): Converted<string> {
  const text = typeof input === "number" ? String(input) : input.trim();
  const match = /^(\d{4})(\d{2})$/.exec(text) ?? /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (match) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12) return converted(`${match[1]}-${pad(month)}`);
    return refused(`年月 {value} 不存在`, `the month {value} does not exist`);
  }
  const date = parseDate(input);
  return date.ok ? converted(date.value.slice(0, 7)) : refused(`{value} 不是可识别的年月`, `{value} is not a month (YYYY-MM, YYYYMM, YYYY/M)`);
}

/**
 * A date-time with the +08:00 offset the standard asks of local times: `2025-04-02 16:10`,
 * `2025-04-02T16:10:00`, `2025/4/2 16:10:05`; one with an offset or Z is kept as it is;
 * a date alone is the start of that day.
 */
export function parseDateTime(input: string | number): Converted<string> {
  const text = typeof input === "number" ? String(input) : input.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return converted(text);
  const match = /^(.+?)[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  const date = parseDate(match ? match[1]! : text);
  if (!date.ok) return date;
  if (!match) return converted(`${date.value}T00:00:00+08:00`);
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return refused(`时间 {value} 不存在`, `the time {value} does not exist`);
  return converted(`${date.value}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`);
}
