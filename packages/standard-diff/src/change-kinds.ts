import type { Area } from "./change.js";

interface KindInfo {
  area: Area;
  /** Short name, as the reports print it. */
  title: string;
  /** Which side it breaks, in words (the docs' table and the Markdown legend). */
  breaks: string;
}

const producer = "producers";
const consumer = "consumers";
const both = "producers and consumers";
const none = "nobody (compatible)";

/** Every class of change `czt diff` reports, with the side it breaks. */
export const changeKinds = {
  "schema-removed": { area: "schema", title: "schema removed", breaks: both },
  "schema-added": { area: "schema", title: "schema added", breaks: none },
  "definition-removed": { area: "schema", title: "definition removed", breaks: both },
  "definition-added": { area: "schema", title: "definition added", breaks: none },
  "property-removed": { area: "schema", title: "property removed", breaks: both },
  "property-renamed": { area: "schema", title: "property renamed?", breaks: both },
  "property-added": { area: "schema", title: "property added", breaks: `${consumer} when the object was closed, else ${none}` },
  "required-added": { area: "schema", title: "property now required", breaks: producer },
  "required-removed": { area: "schema", title: "property no longer required", breaks: consumer },
  "type-narrowed": { area: "schema", title: "type narrowed", breaks: producer },
  "type-widened": { area: "schema", title: "type widened", breaks: consumer },
  "type-changed": { area: "schema", title: "type changed", breaks: both },
  "enum-narrowed": { area: "schema", title: "enum narrowed", breaks: producer },
  "enum-widened": { area: "schema", title: "enum widened", breaks: consumer },
  "const-changed": { area: "schema", title: "constant changed", breaks: both },
  "version-changed": { area: "schema", title: "version marker changed", breaks: none },
  "pattern-added": { area: "schema", title: "pattern added", breaks: producer },
  "pattern-removed": { area: "schema", title: "pattern removed", breaks: consumer },
  "pattern-changed": { area: "schema", title: "pattern changed (review)", breaks: `${both} until reviewed` },
  "format-added": { area: "schema", title: "format added", breaks: producer },
  "format-removed": { area: "schema", title: "format removed", breaks: consumer },
  "format-changed": { area: "schema", title: "format changed", breaks: both },
  "range-narrowed": { area: "schema", title: "range narrowed", breaks: producer },
  "range-widened": { area: "schema", title: "range widened", breaks: consumer },
  "length-narrowed": { area: "schema", title: "length narrowed", breaks: producer },
  "length-widened": { area: "schema", title: "length widened", breaks: consumer },
  "items-narrowed": { area: "schema", title: "items narrowed", breaks: producer },
  "items-widened": { area: "schema", title: "items widened", breaks: consumer },
  "object-closed": { area: "schema", title: "object closed", breaks: producer },
  "object-opened": { area: "schema", title: "object opened", breaks: consumer },
  "schema-narrowed": { area: "schema", title: "schema narrowed", breaks: producer },
  "schema-widened": { area: "schema", title: "schema widened", breaks: consumer },
  "keyword-changed": { area: "schema", title: "constraint changed (review)", breaks: `${both} until reviewed` },
  "reference-unresolved": { area: "schema", title: "reference unresolved", breaks: both },
  "title-changed": { area: "schema", title: "title changed", breaks: none },
  "description-changed": { area: "schema", title: "description changed", breaks: none },
  "sensitivity-changed": { area: "schema", title: "sensitivity changed", breaks: none },
  "codelist-removed": { area: "codelist", title: "code list removed", breaks: both },
  "codelist-added": { area: "codelist", title: "code list added", breaks: none },
  "codelist-closed": { area: "codelist", title: "code list closed", breaks: producer },
  "codelist-opened": { area: "codelist", title: "code list opened", breaks: consumer },
  "code-removed": { area: "codelist", title: "code removed", breaks: producer },
  "code-added": { area: "codelist", title: "code added", breaks: `${consumer} when the list is closed, else ${none}` },
  "code-meaning-changed": { area: "codelist", title: "code meaning changed (review)", breaks: `${both} until reviewed` },
  "code-deprecated": { area: "codelist", title: "code deprecated", breaks: none },
  "code-retired": { area: "codelist", title: "code retired", breaks: producer },
  "code-reactivated": { area: "codelist", title: "code reactivated", breaks: none },
  "code-period-narrowed": { area: "codelist", title: "code period narrowed", breaks: producer },
  "code-period-widened": { area: "codelist", title: "code period widened", breaks: none },
  "code-description-changed": { area: "codelist", title: "code description changed", breaks: none },
  "operation-removed": { area: "openapi", title: "operation removed", breaks: both },
  "operation-added": { area: "openapi", title: "operation added", breaks: none },
  "parameter-removed": { area: "openapi", title: "parameter removed", breaks: producer },
  "parameter-added": { area: "openapi", title: "parameter added", breaks: `${producer} when required, else ${none}` },
  "parameter-now-required": { area: "openapi", title: "parameter now required", breaks: producer },
  "parameter-now-optional": { area: "openapi", title: "parameter now optional", breaks: consumer },
  "request-body-removed": { area: "openapi", title: "request body removed", breaks: producer },
  "request-body-added": { area: "openapi", title: "request body added", breaks: `${producer} when required, else ${none}` },
  "request-body-now-required": { area: "openapi", title: "request body now required", breaks: producer },
  "request-body-now-optional": { area: "openapi", title: "request body now optional", breaks: consumer },
  "media-type-removed": { area: "openapi", title: "media type removed", breaks: both },
  "media-type-added": { area: "openapi", title: "media type added", breaks: `${consumer} in a response, else ${none}` },
  "status-removed": { area: "openapi", title: "status code removed", breaks: both },
  "status-added": { area: "openapi", title: "status code added", breaks: `${consumer} for a success or redirect status, else ${none}` },
  "security-tightened": { area: "openapi", title: "security tightened", breaks: producer },
  "security-loosened": { area: "openapi", title: "security loosened", breaks: none },
} as const satisfies Record<string, KindInfo>;

export type ChangeKind = keyof typeof changeKinds;
