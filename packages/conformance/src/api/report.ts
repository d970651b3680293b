import { maskIdentifier } from "@czt/domain";
import { escapeXml } from "@czt/validator";
import { type Exchange, redactHeaders } from "./exchange.js";
import type { ConformanceReport } from "./runner.js";

export type ConformanceFormat = "text" | "json" | "junit";

const maxBodyChars = 2000;

function clip(text: string): string {
  return text.length > maxBodyChars ? `${text.slice(0, maxBodyChars)}… (${text.length} characters)` : text;
}

/** The failing request as something to paste into a terminal, token redacted. */
export function renderRequest(exchange: Exchange): string {
  const headers = redactHeaders(exchange.request.headers);
  const lines = [`${exchange.request.method} ${exchange.request.path}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  const body = exchange.request.text ?? (exchange.request.body === undefined ? undefined : JSON.stringify(exchange.request.body));
  if (body !== undefined) lines.push("", clip(body));
  return lines.join("\n");
}

/**
 * Responses may carry real personal data (a server that ignores auth answers with
 * its own records): identity numbers in them are masked. Requests are the runner's
 * own synthetic data and are shown whole, so that they can be replayed.
 */
export function maskResponseText(text: string): string {
  return text.replace(/(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])/g, (idNumber) => maskIdentifier(idNumber));
}

function renderResponse(exchange: Exchange): string {
  return `${exchange.response.status} ${exchange.response.headers["content-type"] ?? ""}\n${clip(maskResponseText(exchange.response.text))}`;
}

function text(report: ConformanceReport): string {
  const lines = [`API conformance of ${report.baseUrl} — seed ${report.seed}, ${report.runs} runs per check, ${report.requests} requests in ${report.elapsedMs} ms`, ""];
  for (const check of report.checks) {
    lines.push(`${check.passed ? "PASS" : "FAIL"}  ${check.name} — ${check.description}`);
    for (const failure of check.failures) {
      lines.push(`      ${failure.message}`);
      if (failure.exchange !== undefined) {
        lines.push("      minimal failing request:", ...renderRequest(failure.exchange).split("\n").map((line) => `        ${line}`));
        lines.push("      response:", ...renderResponse(failure.exchange).split("\n").map((line) => `        ${line}`));
      }
      if (failure.path) lines.push(`      replay: --seed ${report.seed} (fast-check path ${failure.path})`);
    }
  }
  const failed = report.checks.filter((check) => !check.passed).length;
  lines.push("", failed === 0 ? `${report.checks.length} passed, 0 failed` : `${report.checks.length - failed} passed, ${failed} failed (seed ${report.seed})`);
  return `${lines.join("\n")}\n`;
}

function json(report: ConformanceReport): string {
  const redacted = {
    ...report,
    checks: report.checks.map((check) => ({
      ...check,
      failures: check.failures.map((failure) => ({
        ...failure,
        ...(failure.exchange === undefined
          ? {}
          : {
              request: { ...failure.exchange.request, headers: redactHeaders(failure.exchange.request.headers) },
              response: { status: failure.exchange.response.status, headers: failure.exchange.response.headers, text: clip(maskResponseText(failure.exchange.response.text)) },
            }),
        exchange: undefined,
      })),
    })),
  };
  return `${JSON.stringify(redacted, null, 2)}\n`;
}

function junit(report: ConformanceReport): string {
  const failed = report.checks.filter((check) => !check.passed).length;
  const cases = report.checks.map((check) => {
    const open = `    <testcase classname="czt.conformance.api" name="${escapeXml(check.name)}" time="0">`;
    if (check.passed) return `${open}</testcase>`;
    const body = check.failures
      .map((failure) => [failure.message, failure.exchange === undefined ? "" : `\n${renderRequest(failure.exchange)}\n\n${renderResponse(failure.exchange)}`].join(""))
      .join("\n\n");
    const first = check.failures[0]?.message ?? "failed";
    return `${open}\n      <failure message="${escapeXml(first)}" type="${escapeXml(check.name)}">${escapeXml(`${body}\n\nseed ${report.seed}`)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="czt conformance api" tests="${report.checks.length}" failures="${failed}" time="${(report.elapsedMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${escapeXml(report.baseUrl)}" tests="${report.checks.length}" failures="${failed}" errors="0" skipped="0" time="${(report.elapsedMs / 1000).toFixed(3)}">`,
    `    <properties><property name="seed" value="${report.seed}"/></properties>`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}

export function formatConformanceReport(report: ConformanceReport, format: ConformanceFormat): string {
  return format === "json" ? json(report) : format === "junit" ? junit(report) : text(report);
}
