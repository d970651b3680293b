export type { Agency, CityCode } from "../records.js";

/** A token's scopes, as `GET /v1/me` lists them. */
export type Scope = "read" | "read:personal" | "write" | "validate";
