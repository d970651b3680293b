import { type ProblemException, problems } from "./problem.js";

const recordIdPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function fail(name: string, detail: string): ProblemException {
  return problems.badRequest(detail, [{ ruleId: "api.query-parameter", pointer: `/${name}` }]);
}

/** One optional string query parameter (given at most once). */
export function optionalString(query: Record<string, unknown>, name: string, maxLength = 128): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.length === 0 || value.length > maxLength) throw fail(name, `${name} must be given once, 1 to ${maxLength} characters`);
  return value;
}

export function optionalRecordId(query: Record<string, unknown>, name: string): string | undefined {
  const value = optionalString(query, name);
  if (value !== undefined && !recordIdPattern.test(value)) throw fail(name, `${name} is not a record id`);
  return value;
}

/** A `YYYY-MM-DD` date that exists on the calendar. */
export function isCalendarDate(value: string): boolean {
  if (!datePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function optionalDate(query: Record<string, unknown>, name: string): string | undefined {
  const value = optionalString(query, name, 10);
  if (value !== undefined && !isCalendarDate(value)) throw fail(name, `${name} must be a date YYYY-MM-DD`);
  return value;
}

export function optionalEnum<T extends string>(query: Record<string, unknown>, name: string, allowed: readonly T[]): T | undefined {
  const value = optionalString(query, name);
  if (value !== undefined && !allowed.includes(value as T)) throw fail(name, `${name} must be one of ${allowed.join(", ")}`);
  return value as T | undefined;
}

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && recordIdPattern.test(value);
}

/** A GB/T 2260 division code: six digits (`430225` a county, `430100` a whole city). */
export function optionalDivision(query: Record<string, unknown>, name: string): string | undefined {
  const value = optionalString(query, name, 6);
  if (value !== undefined && !/^[1-9][0-9]{5}$/.test(value)) throw fail(name, `${name} must be a six-digit division code`);
  return value;
}
