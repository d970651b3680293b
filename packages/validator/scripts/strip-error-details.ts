/**
 * Removes from ajv's standalone code the details of the errors a validator reports, for
 * validators whose `errors` nobody reads (the quick validators only answer valid or not):
 * - `validate12.errors = [{instancePath, schemaPath, params: …}];return false;` becomes
 *   `return false;`;
 * - an error object collected to be counted, `const err3 = {…};`, becomes `const err3 = 0;`
 *   (ajv counts errors with its `errors` variable, which stays);
 * - a schema constant no code refers to any more (ajv quotes schema values in errors) goes.
 * This code never runs on valid data but still has to be parsed and compiled: without it
 * the module is half the size and each V8 heap (one per `--jobs` thread) spends a fifth
 * to a quarter less time optimising the validators.
 */

/** Each pattern ends with the bracket that opens a literal; `then` must follow the literal and goes with it. */
const returnedLiteral = /validate\d+\.errors = \[/g;
const returnFalse = /^;\s*return false;/;
const returnedList = /validate\d+\.errors = vErrors;\s*return false;/g;
const collected = /const (err\d+) = \{/g;
const schemaConstant = /const (schema\d+) = \{/g;
const semicolon = /^;/;

/** The end (exclusive) of the bracketed expression that starts at `start` with `[`, `{` or `(`. */
function bracketedEnd(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const char = code[i]!;
    if (char === '"' || char === "'") {
      // A string literal: brackets inside it do not count.
      i++;
      while (i < code.length && code[i] !== char) i += code[i] === "\\" ? 2 : 1;
      if (i >= code.length) break;
    } else if (char === "`" || char === "/") {
      throw new Error(`strip-error-details: a template or a regular expression at ${i} inside an error expression; extend the scanner`);
    } else if (char === "[" || char === "{" || char === "(") depth++;
    else if (char === "]" || char === "}" || char === ")") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error(`strip-error-details: the expression at ${start} is not closed`);
}

/**
 * `code` with each match of `pattern` (ending with the bracket that opens a literal), the
 * literal and the `then` right after it replaced by what `replace` returns (left as they
 * are when it returns undefined or `then` does not follow).
 */
function replaceLiterals(code: string, pattern: RegExp, then: RegExp, replace: (match: RegExpExecArray) => string | undefined): { code: string; removed: number } {
  let out = "";
  let copied = 0;
  let removed = 0;
  for (const match of code.matchAll(pattern)) {
    if (match.index < copied) continue;
    const end = bracketedEnd(code, match.index + match[0].length - 1);
    const tail = then.exec(code.slice(end, end + 64));
    if (!tail) continue;
    const replacement = replace(match);
    if (replacement === undefined) continue;
    out += code.slice(copied, match.index) + replacement;
    copied = end + tail[0].length;
    removed++;
  }
  return { code: out + code.slice(copied), removed };
}

/** How many times `name` appears in `code` as a whole word. */
function occurrences(code: string, name: string): number {
  return code.match(new RegExp(`\\b${name}\\b`, "g"))?.length ?? 0;
}

/** `code` without the error details of its validators (see above), and how many pieces went. */
export function stripErrorDetails(code: string): { code: string; removed: number } {
  const lists = code.match(returnedList)?.length ?? 0;
  const returned = replaceLiterals(code.replace(returnedList, "return false;"), returnedLiteral, returnFalse, () => "return false;");
  const counted = replaceLiterals(returned.code, collected, semicolon, (match) => `const ${match[1]} = 0;`);
  // Only once the errors are gone can a schema constant be unused (its declaration is its one occurrence).
  const unused = replaceLiterals(counted.code, schemaConstant, semicolon, (match) => (occurrences(counted.code, match[1]!) === 1 ? "" : undefined));
  return { code: unused.code, removed: lists + returned.removed + counted.removed + unused.removed };
}
