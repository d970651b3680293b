/** Markdown reference pages (`docs/reference/`) generated from the schemas and code lists. */
import type { CodeList } from "../src/code-list.js";
import { regenerateCommand } from "./emit-modules.js";
import { isObject, type JsonObject } from "./json.js";
import { definitionFields, type FieldRow, schemaFields } from "./schema-fields.js";
import type { SchemaIndex } from "./schema-index.js";

const banner = `<!-- Generated from schemas/ by \`${regenerateCommand}\`. Do not edit: edit the sources and regenerate. -->\n`;

const sensitivityLabel = { identifier: "identifier 标识符", personal: "personal 个人信息", special: "special 特殊" } as const;

function cell(text: string | undefined): string {
  if (text === undefined || text === "") return "—";
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll("|", "\\|").replaceAll("\n", " ");
}

function code(value: unknown): string {
  return `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
}

/** Page name of a top-level schema: `https://…/v1/person.schema.json` → `person`. */
export function pageName(schemaId: string): string {
  return schemaId.slice(schemaId.lastIndexOf("/") + 1).replace(/\.schema\.json$/, "");
}

function typeCell(row: FieldRow): string {
  if (row.schemaRef !== undefined) return `[${pageName(row.schemaRef)}](${pageName(row.schemaRef)}.md)`;
  const values = row.values === undefined ? "" : ` ${row.values.map(code).join(" \\| ")}`;
  const definition = row.definition === undefined ? "" : ` ([${row.definition}](common.md#${row.definition.toLowerCase()}))`;
  return `${row.type}${definition}${values}`;
}

function fieldTable(rows: readonly FieldRow[]): string {
  const header = [
    "| Field 字段 | Type 类型 | Required 必填 | Sensitivity 敏感性 | Code list 代码表 | Title 名称 | Description 说明 |",
    "|---|---|---|---|---|---|---|",
  ];
  const lines = rows.map((row) =>
    [
      "",
      `\`${row.pointer}\``,
      typeCell(row),
      row.required ? "yes 是" : "no 否",
      row.sensitivity === undefined ? "—" : sensitivityLabel[row.sensitivity],
      row.codeList === undefined ? "—" : `[${row.codeList}](codelists.md#${row.codeList.toLowerCase()})`,
      cell(row.title === undefined ? undefined : `${row.title.zh} / ${row.title.en}`),
      cell(row.description),
      "",
    ]
      .join(" | ")
      .trim(),
  );
  return [...header, ...lines].join("\n");
}

function requiredList(node: unknown): string[] {
  return isObject(node) && Array.isArray(node["required"]) ? node["required"].map(String) : [];
}

/** Describes the simple if/then shapes the standard uses; anything else is reported as "see the schema". */
function conditionText(branch: JsonObject): { en: string; zh: string } {
  const condition = branch["if"];
  const consequence = branch["then"];
  const then = requiredList(consequence).map(code).join(", ");
  const properties = isObject(condition) ? condition["properties"] : undefined;
  if (isObject(properties)) {
    const [key, test] = Object.entries(properties)[0] ?? [];
    if (key !== undefined && test === false) {
      return { en: `${then} is required when \`${key}\` is absent.`, zh: `缺少 \`${key}\` 时，${then} 必填。` };
    }
    if (key !== undefined && isObject(test)) {
      const values = "const" in test ? [test["const"]] : Array.isArray(test["enum"]) ? test["enum"] : [];
      const when = values.map(code).join(" or ");
      if (isObject(consequence) && typeof consequence["$ref"] === "string") {
        const page = pageName(consequence["$ref"]);
        return { en: `When \`${key}\` is ${when}: see [${page}](${page}.md).`, zh: `\`${key}\` 为 ${when} 时：见 [${page}](${page}.md)。` };
      }
      return { en: `${then} is required when \`${key}\` is ${when}.`, zh: `\`${key}\` 为 ${when} 时，${then} 必填。` };
    }
  }
  return { en: "A conditional constraint: see the schema.", zh: "条件约束：见 schema。" };
}

function conditions(schema: JsonObject): string {
  const branches = [schema, ...(Array.isArray(schema["allOf"]) ? schema["allOf"] : [])].filter(
    (branch): branch is JsonObject => isObject(branch) && "if" in branch,
  );
  if (branches.length === 0) return "";
  const lines = branches.map((branch) => {
    const text = conditionText(branch);
    return `- ${text.en} ${text.zh}`;
  });
  return `\n## Conditions 条件\n\n${lines.join("\n")}\n`;
}

function heading(schema: JsonObject): string {
  const title = schema["x-czt-title"];
  const en = typeof schema["title"] === "string" ? schema["title"] : "";
  return isObject(title) && typeof title["zh"] === "string" ? `${en} ${title["zh"]}` : en;
}

export function schemaPage(schema: JsonObject, index: SchemaIndex): string {
  const id = String(schema["$id"]);
  const parts = [
    banner,
    `# ${heading(schema)}`,
    "",
    `\`$id\`: \`${id}\``,
    "",
    typeof schema["description"] === "string" ? schema["description"] : "",
    "",
  ];
  const defs = schema["$defs"];
  const rows = schemaFields(schema, index);
  if (rows.length > 0) parts.push("## Fields 字段", "", fieldTable(rows), "");
  if (isObject(defs)) {
    parts.push("## Definitions 定义", "");
    for (const [name, def] of Object.entries(defs)) {
      if (!isObject(def)) continue;
      const title = isObject(def["x-czt-title"]) ? ` ${String(def["x-czt-title"]["zh"])}` : "";
      parts.push(`### ${name}`, "", `${typeof def["title"] === "string" ? def["title"] : name}${title}. ${cell(typeof def["description"] === "string" ? def["description"] : undefined)}`, "");
      const defRows = definitionFields(def, id, index);
      const type = def["type"];
      const constraints = [
        typeof type === "string" ? `type \`${type}\`` : undefined,
        typeof def["format"] === "string" ? `format \`${def["format"]}\`` : undefined,
        typeof def["pattern"] === "string" ? `pattern \`${def["pattern"]}\`` : undefined,
        typeof def["minimum"] === "number" ? `minimum ${def["minimum"]}` : undefined,
        Array.isArray(def["enum"]) ? `one of ${def["enum"].map(code).join(", ")}` : undefined,
      ].filter((c) => c !== undefined);
      if (defRows.length > 0) parts.push(fieldTable(defRows), "");
      else if (constraints.length > 0) parts.push(`${constraints.join("; ")}.`, "");
    }
  }
  return `${parts.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n${conditions(schema)}`;
}

export function codeListsPage(lists: readonly CodeList[]): string {
  const sorted = [...lists].sort((a, b) => a.id.localeCompare(b.id));
  const parts = [
    banner,
    "# Code lists 代码表",
    "",
    "Codes are never translated; only titles are. A **closed** list rejects an unknown code (error); an **open** list",
    "accepts it with a warning. Every listed code is valid in the schemas, whatever its status; the validator flags",
    "deprecated and retired codes. 代码不翻译；封闭代码表中的未知代码为错误，开放代码表中为警告。",
    "",
    ...sorted.map((list) => `- [${list.id}](#${list.id.toLowerCase()}) — ${list.title.zh} / ${list.title.en} (${list.openness})`),
    "",
  ];
  for (const list of sorted) {
    const columns = list.columns ?? [];
    parts.push(`## ${list.id}`, "", `**${list.title.zh}** / **${list.title.en}** — ${list.openness === "closed" ? "closed 封闭" : "open 开放"}`, "");
    if (list.description !== undefined) parts.push(`${list.description.en} ${list.description.zh}`, "");
    parts.push(`Source 来源: ${list.source}`, "");
    const header = ["Code 代码", "中文", "English", "Status 状态", "Dates 日期", ...columns, "Description 说明"];
    parts.push(`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`);
    for (const entry of list.codes) {
      const dates = [entry.since === undefined ? "" : `since ${entry.since}`, entry.until === undefined ? "" : `until ${entry.until}`].filter(Boolean).join(", ");
      const extra = columns.map((column) => {
        const value = entry[column];
        return Array.isArray(value) ? value.map(code).join(", ") : value === undefined ? "—" : code(value);
      });
      const description = entry.description === undefined ? undefined : `${entry.description.en} ${entry.description.zh}`;
      parts.push(`| ${[code(entry.code), cell(entry.title.zh), cell(entry.title.en), entry.status, cell(dates), ...extra.map(cell), cell(description)].join(" | ")} |`);
    }
    parts.push("");
  }
  return `${parts.join("\n").trimEnd()}\n`;
}

export function referenceIndexPage(schemas: readonly JsonObject[]): string {
  const lines = schemas.map((schema) => {
    const name = pageName(String(schema["$id"]));
    return `- [${name}](${name}.md) — ${heading(schema)}`;
  });
  return `${banner}
# CZT-SS reference 参考

Field tables of the standard's JSON Schemas and its code lists. The design is explained in
[../architecture.md](../architecture.md).

## Exchange formats 交换格式

- **Package 数据包** ([package](package.md)): one JSON document, an envelope (publisher, city, created,
  asOf) with a \`records\` array.
- **JSON Lines** ([jsonl-header](jsonl-header.md)), the bulk format: one record per line (UTF-8, \`\\n\`
  separated); the first line may be a header \`{"recordType": "header", …}\` carrying the same envelope.
  Every other line is a [record](record.md), selected by its \`recordType\`.

Money is integer fen (分), codes are strings, references are plain record ids, and fields marked
with a sensitivity hold personal data that reports mask.

## Schemas

${lines.join("\n")}

## Code lists

- [codelists](codelists.md) — every code list, its codes, titles, status and extra columns.
`;
}
