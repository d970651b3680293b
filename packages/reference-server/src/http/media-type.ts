import type { Encoding } from "@czt/validator";
import { problems } from "./problem.js";

/** A Content-Type: the media type in lower case and its charset parameter, if any (lower case, unquoted). */
export interface MediaType {
  type: string;
  charset: string | undefined;
}

const parameterPattern = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*?)\s*$/;

function parseMediaType(header: string | undefined): MediaType | undefined {
  if (header === undefined) return undefined;
  const [type = "", ...parameters] = header.split(";");
  let charset: string | undefined;
  for (const parameter of parameters) {
    const match = parameterPattern.exec(parameter);
    if (match?.[1]?.toLowerCase() !== "charset") continue;
    const value = match[2] ?? "";
    charset = (value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, "$1") : value).toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

const utf8Names = new Set(["utf-8", "utf8"]);

/** JSON bodies are UTF-8 (RFC 8259): another declared charset is refused, not guessed at. */
export function requireUtf8Charset(header: string | undefined): void {
  const charset = parseMediaType(header)?.charset;
  if (charset !== undefined && !utf8Names.has(charset)) throw problems.unsupportedMediaType(`charset ${JSON.stringify(charset)} is not accepted: send UTF-8 (charset=utf-8 or none)`);
}

/**
 * How an uploaded export is decoded, as `czt validate --encoding` would: the declared
 * charset (UTF-8 or GB18030, whose subset GBK is read the same), else detected from the bytes.
 */
export function exportEncoding(header: string | undefined): Encoding {
  const charset = parseMediaType(header)?.charset;
  if (charset === undefined) return "auto";
  if (utf8Names.has(charset)) return "utf-8";
  if (charset === "gb18030" || charset === "gbk") return "gb18030";
  throw problems.unsupportedMediaType(`charset ${JSON.stringify(charset)} is not accepted for an export: send UTF-8 or GB18030`);
}
