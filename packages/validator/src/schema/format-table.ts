import { isDate, isDateTime } from "./formats.js";

/** The format definitions by name, as ajv registers them and as generated validator code refers to them. */
export const formats = {
  date: { type: "string", validate: isDate },
  "date-time": { type: "string", validate: isDateTime },
} as const;
