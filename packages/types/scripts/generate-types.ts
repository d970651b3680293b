/** Generates `src/generated/records.ts` with json-schema-to-typescript (pure: returns the text). */
import { compile } from "json-schema-to-typescript";
import { typeSchema } from "./type-schema.js";

export const regenerateCommand = "npm run generate -w @czt/types";
export const generatedPath = "src/generated/records.ts";

const banner = `/* Generated from @czt/schemas by \`${regenerateCommand}\` (json-schema-to-typescript). Do not edit. */\n`;

/** One json-schema-to-typescript run per named type: the schemas reference each other only by `tsType` names. */
export async function generateTypes(): Promise<string> {
  const { definitions, ...root } = typeSchema();
  const parts: string[] = [];
  for (const [name, schema] of [["CztDocument", root], ...Object.entries(definitions as Record<string, object>)] as const) {
    const text = await compile(schema as Parameters<typeof compile>[0], name, {
      bannerComment: "",
      additionalProperties: false,
      declareExternallyReferenced: true,
      strictIndexSignatures: true,
      ignoreMinAndMaxItems: true,
      unknownAny: true,
      format: true,
      style: { printWidth: 120, singleQuote: false, trailingComma: "all" },
      $refOptions: { resolve: { external: false } },
    });
    parts.push(text.trim());
  }
  return `${banner}\n${parts.join("\n\n")}\n`;
}
