/**
 * Relative links of Markdown files, and those that lead nowhere once the file is published:
 * npm and the registry's site show a package's README from its tarball, where a link such as
 * `../../docs/cli.md` points outside the package.
 */
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import type { PackedPackage } from "./packed-package.js";

export interface MarkdownLink {
  /** 1-based line of the link. */
  line: number;
  target: string;
}

const inlineLink = /\]\(\s*(<[^>]*>|[^\s)]+)/g; // [text](target "title"), ![alt](target)
const referenceDefinition = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/; // [label]: target
const htmlReference = /\b(?:href|src)\s*=\s*"([^"]*)"/gi; // <a href="…">, <img src="…">
const fence = /^ {0,3}(`{3,}|~{3,})/;
const codeSpan = /(`+)[^`]*?\1/g;
const hasScheme = /^[a-z][a-z0-9+.-]*:/i; // https:, mailto:, …

/** The links of a Markdown text that are neither absolute URLs nor in-page anchors, outside code. */
export function relativeLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let openFence: string | undefined;
  markdown.split(/\r?\n/).forEach((text, index) => {
    const fenceMark = fence.exec(text)?.[1];
    if (fenceMark !== undefined && (openFence === undefined || fenceMark.startsWith(openFence))) {
      openFence = openFence === undefined ? fenceMark : undefined;
      return;
    }
    if (openFence !== undefined) return;
    const prose = text.replace(codeSpan, (span) => " ".repeat(span.length));
    const targets = [
      ...[...prose.matchAll(inlineLink)].map((match) => match[1]!),
      ...[...prose.matchAll(htmlReference)].map((match) => match[1]!),
      ...[referenceDefinition.exec(prose)?.[1]].filter((target) => target !== undefined),
    ];
    for (const raw of targets) {
      const target = raw.replace(/^<(.*)>$/, "$1");
      if (target === "" || target.startsWith("#") || hasScheme.test(target)) continue;
      links.push({ line: index + 1, target });
    }
  });
  return links;
}

/** Where a relative link of the file at `file` (a path inside the package) leads, or why it leads nowhere. */
function linkedPath(file: string, target: string): string {
  const path = target.replace(/[?#].*$/, "");
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: look the link up as written.
  }
  return posix.normalize(posix.join(posix.dirname(file), decoded)).replace(/\/$/, "");
}

/**
 * The relative links of the tarball's Markdown files that reach no packed file or folder,
 * one located line each (`README.md:12: links ../docs/x.md, …`); empty when all resolve.
 */
export function deadMarkdownLinks(packed: PackedPackage): string[] {
  const files = new Set(packed.files);
  const reaches = (path: string) => path === "." || files.has(path) || packed.files.some((file) => file.startsWith(`${path}/`));
  const dead: string[] = [];
  for (const file of packed.files.filter((name) => name.toLowerCase().endsWith(".md"))) {
    for (const { line, target } of relativeLinks(readFileSync(join(packed.directory, file), "utf8"))) {
      if (target.startsWith("/")) {
        dead.push(`${file}:${line}: links ${target}, a path from a site's root, which no tarball has`);
        continue;
      }
      const path = linkedPath(file, target);
      if (path === ".." || path.startsWith("../")) dead.push(`${file}:${line}: links ${target}, outside the package`);
      else if (!reaches(path)) dead.push(`${file}:${line}: links ${target}, which is not in the tarball`);
    }
  }
  return dead;
}
