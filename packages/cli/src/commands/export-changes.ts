import { readFile, rename, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "../io.js";
import { ExitCode, UsageError } from "../io.js";
import { integerOption, parseOptions } from "../parse-options.js";

export const exportChangesHelp = `Usage: czt export-changes --server URL --token-file FILE --after N --out FILE [options]

Writes a delta export: the JSON Lines of every record that changed after a feed position
of a CZT-SS exchange API server (GET /v1/events), as the token may read them. The header
says it is a delta ("delta": {"fromCursor", "untilCursor", "source"}); each changed record
is one line at its latest version; a retracted record is a line of its own,
{"recordType":"retraction","id","retractedRecordType","reason","retractedAt"}. Prints the
cursor to resume from (pass it as --after next time) on standard output.

  --server URL        the server, e.g. http://127.0.0.1:8080
  --token-file FILE   a file holding the bearer token (kept out of the process list)
  --after N           the feed position to start after (0: every change the feed holds)
  --out FILE          the delta export to write (written whole, then renamed into place)
  --types LIST        only these event types (comma-separated: created,corrected,…)
  --record-types LIST only these record types (comma-separated: person,enrolment,…)
  --purpose CODE      sent as CZT-Purpose (a readPurpose code, e.g. statistics): the feed
                      carries personal data, so a v1.1 server answers 403 without it

Validate it on top of a full export with: czt validate --delta FILE full-export/

Exit code 0 when the delta was written (empty or not), 2 on a usage error or when the
server cannot be reached or refuses the token (nothing is written then).
`;

interface FeedEvent {
  position: number;
  type: string;
  recordType: string;
  recordId: string;
  occurredAt: string;
  record?: Record<string, unknown>;
  reason?: string;
}

const pageSize = 1000;

async function getJson(url: string, token: string, purpose: string | undefined): Promise<unknown> {
  let response: Response;
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
  if (purpose !== undefined) headers["czt-purpose"] = purpose;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    throw new UsageError(`cannot reach ${new URL(url).origin}: ${cause?.code ?? (error as Error).message}`);
  }
  const text = await response.text();
  if (!response.ok) {
    let detail = text.slice(0, 300);
    try {
      detail = String((JSON.parse(text) as { detail?: unknown }).detail ?? detail);
    } catch {}
    throw new UsageError(`${new URL(url).pathname} answered ${response.status}: ${detail}`);
  }
  return JSON.parse(text) as unknown;
}

export const exportChanges: Command = async (argv, io) => {
  const { values } = parseOptions({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      server: { type: "string" },
      "token-file": { type: "string" },
      after: { type: "string" },
      out: { type: "string" },
      types: { type: "string" },
      "record-types": { type: "string" },
      purpose: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(exportChangesHelp);
    return ExitCode.ok;
  }
  const server = values.server;
  if (server === undefined || !/^https?:\/\/[^/]+/.test(server)) throw new UsageError("--server is required: the server's http(s) URL (see --help)");
  if (values["token-file"] === undefined) throw new UsageError("--token-file is required: a file holding the bearer token");
  if (values.purpose !== undefined && !/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(values.purpose)) throw new UsageError(`--purpose is a code of the readPurpose list (e.g. benefitVerification), not '${values.purpose}'`);
  if (values.out === undefined) throw new UsageError("--out is required: the delta export to write");
  const after = integerOption("--after", values.after);
  if (after === undefined || after < 0) throw new UsageError("--after is required: the feed position to start after (0 for the start)");
  let token: string;
  try {
    token = (await readFile(resolve(io.cwd, values["token-file"]), "utf8")).trim();
  } catch (error) {
    throw new UsageError(`cannot read the token file ${values["token-file"]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (token === "") throw new UsageError(`the token file ${values["token-file"]} is empty`);
  const base = server.replace(/\/+$/, "");

  const me = (await getJson(`${base}/v1/me`, token, values.purpose)) as { agency: unknown; city: string };
  // The latest event of each record: a record changed twice appears once, at its last version (or retracted).
  const latest = new Map<string, FeedEvent>();
  let cursor = after;
  for (;;) {
    const query = new URLSearchParams({ after: String(cursor), limit: String(pageSize) });
    if (values.types !== undefined) query.set("types", values.types);
    if (values["record-types"] !== undefined) query.set("recordTypes", values["record-types"]);
    const page = (await getJson(`${base}/v1/events?${query}`, token, values.purpose)) as { items: FeedEvent[]; next: number };
    for (const event of page.items) {
      latest.delete(event.recordId);
      latest.set(event.recordId, event);
    }
    if (page.items.length === 0 || page.next <= cursor) break;
    cursor = page.next;
  }

  const header = {
    recordType: "header",
    schemaVersion: "1.1",
    publisher: me.agency,
    city: me.city,
    created: new Date().toISOString(),
    delta: { fromCursor: after, untilCursor: cursor, source: base },
  };
  const lines = [JSON.stringify(header)];
  let records = 0;
  let retractions = 0;
  for (const event of latest.values()) {
    if (event.type === "retracted") {
      retractions++;
      lines.push(
        JSON.stringify({ recordType: "retraction", id: event.recordId, retractedRecordType: event.recordType, ...(event.reason === undefined ? {} : { reason: event.reason }), retractedAt: event.occurredAt }),
      );
    } else if (event.record !== undefined) {
      records++;
      lines.push(JSON.stringify(event.record));
    }
  }
  const out = resolve(io.cwd, values.out);
  await writeFile(`${out}.partial`, `${lines.join("\n")}\n`);
  await rename(`${out}.partial`, out);
  io.stderr.write(`wrote ${values.out}: ${records} records, ${retractions} retractions, changes after ${after} until ${cursor}\n`);
  io.stdout.write(`${cursor}\n`);
  return ExitCode.ok;
};
