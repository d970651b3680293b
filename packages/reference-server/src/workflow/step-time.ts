import { type ProblemException, problems } from "../http/problem.js";

/** How far a client's clock may run ahead of the server's: a step may be dated up to this much after the server's now. */
const stepClockSkewMs = 5 * 60 * 1000;

/**
 * Why a step time given by a client cannot be recorded, or undefined when it can. A step
 * happens no later than now (plus the clock skew) and not before the step it follows:
 * a step dated in the future would make every later step look out of order.
 */
export function stepTimeProblem(at: string, now: Date, previous: string | undefined): string | undefined {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return `${at} is not a date-time`;
  if (time > now.getTime() + stepClockSkewMs) return `${at} is in the future: a step is dated no later than the server's time (${now.toISOString()}) plus ${stepClockSkewMs / 60_000} minutes`;
  if (previous !== undefined && time < Date.parse(previous)) return `${at} is before the previous step (${previous})`;
  return undefined;
}

/** The 422 for a step time out of bounds (rule `api.step-time`), at the request's field. */
export function stepTimeRefused(detail: string, pointer: string): ProblemException {
  return problems.unprocessable("invalid-step-time", "The step time is out of bounds", detail, [{ ruleId: "api.step-time", pointer, severity: "error", detail }]);
}
