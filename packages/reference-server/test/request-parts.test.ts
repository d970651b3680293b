import type { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { answerClientError } from "../src/http/client-errors.js";
import { checkIfMatch } from "../src/http/etag.js";
import { parseJsonBody } from "../src/http/json-body.js";
import { exportEncoding, requireUtf8Charset } from "../src/http/media-type.js";
import { decodeCursor, encodeCursor, pageBody, readPage } from "../src/http/pagination.js";
import type { ProblemException } from "../src/http/problem.js";
import { isCalendarDate, isRecordId, optionalDate, optionalEnum, optionalRecordId, optionalString } from "../src/http/query.js";
import { requestedSchemaVersion } from "../src/http/schema-version.js";
import { defaultTransportLimits, timeoutCheckInterval } from "../src/http/transport-limits.js";

/** The problem body a request part is refused with (fails when it is accepted). */
function refusal(read: () => unknown): ProblemException["problem"] {
  try {
    read();
  } catch (error) {
    return (error as ProblemException).problem;
  }
  throw new Error("accepted");
}

const badRequest = (detail: string, ruleId: string, pointer: string) => ({
  type: "https://czt-ss.org/problems/bad-request",
  title: "Bad request",
  status: 400,
  detail,
  errors: [{ ruleId, pointer }],
});

describe("a request Node's HTTP parser refused", () => {
  function socket(state: { destroyed?: boolean; writable?: boolean } = {}) {
    const written: string[] = [];
    let destroyed = state.destroyed ?? false;
    const fake = {
      get destroyed() {
        return destroyed;
      },
      writable: state.writable ?? true,
      write: (text: string) => written.push(text),
      destroy: () => {
        destroyed = true;
      },
    };
    return { socket: fake as unknown as Socket, written, isDestroyed: () => destroyed };
  }

  it.each([
    ["ERR_HTTP_REQUEST_TIMEOUT", 408, "Request timeout", "request-timeout", "the request did not arrive in time; the connection is closed"],
    ["HPE_HEADER_OVERFLOW", 431, "Request header fields too large", "request-header-fields-too-large", "the request line and headers are over the size limit"],
    ["HPE_INVALID_METHOD", 400, "Bad request", "bad-request", "the request is not well-formed HTTP/1.1"],
  ])("%s is answered %i problem+json with its title and detail, then the connection is closed", (code, status, title, slug, detail) => {
    const { socket: client, written, isDestroyed } = socket();
    answerClientError(Object.assign(new Error("parse"), { code }), client);
    const body = JSON.stringify({ type: `https://czt-ss.org/problems/${slug}`, title, status, detail });
    expect(written).toEqual([
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    ]);
    expect(isDestroyed()).toBe(true);
  });

  it("writes nothing to a reset, destroyed or unwritable connection, and closes it", () => {
    const reset = socket();
    answerClientError(Object.assign(new Error("reset"), { code: "ECONNRESET" }), reset.socket);
    expect([reset.written, reset.isDestroyed()]).toEqual([[], false]);
    const gone = socket({ destroyed: true });
    answerClientError(Object.assign(new Error("parse"), { code: "HPE_INVALID_METHOD" }), gone.socket);
    expect(gone.written).toEqual([]);
    const closing = socket({ writable: false });
    answerClientError(Object.assign(new Error("parse"), { code: "HPE_INVALID_METHOD" }), closing.socket);
    expect([closing.written, closing.isDestroyed()]).toEqual([[], true]);
  });
});

describe("If-Match", () => {
  it("is required: missing or empty is a 428 telling the client to read the record first", () => {
    for (const header of [undefined, ""]) {
      expect(refusal(() => checkIfMatch(header, 3))).toEqual({
        type: "https://czt-ss.org/problems/precondition-required",
        title: "Precondition required",
        status: 428,
        detail: "this operation needs If-Match with the record's ETag (read it first)",
      });
    }
  });

  it("passes with the current tag among several headers, and a 412 names the current ETag", () => {
    expect(() => checkIfMatch(['"1"', '"3"'], 3)).not.toThrow();
    expect(refusal(() => checkIfMatch(['"1"', '"2"'], 3))).toEqual({
      type: "https://czt-ss.org/problems/precondition-failed",
      title: "Precondition failed",
      status: 412,
      detail: 'the record has changed since it was read: its ETag is now "3"',
    });
  });
});

describe("a JSON request body", () => {
  it("that is not UTF-8 is a 400 with the byte offset, in the validator's words", () => {
    expect(refusal(() => parseJsonBody(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d])))).toEqual({
      type: "https://czt-ss.org/problems/bad-request",
      title: "Bad request",
      status: 400,
      detail: "the body is not valid UTF-8 (byte offset 2)",
      errors: [{ ruleId: "input.encoding", pointer: "", offset: 2, detail: "the body is not valid UTF-8" }],
    });
  });

  it("that is empty or blank is a 400 at offset 0", () => {
    for (const body of ["", " \n "]) {
      expect(refusal(() => parseJsonBody(Buffer.from(body)))).toEqual({
        ...badRequest("the JSON body is empty", "input.malformed-json", ""),
        errors: [{ ruleId: "input.malformed-json", pointer: "", offset: 0 }],
      });
    }
  });

  it("that breaks JSON is a 400 naming the rule, the message and the byte offset (counted in bytes: 张伟 is 6 bytes, 2 characters)", () => {
    const problem = refusal(() => parseJsonBody(Buffer.from('{"name": "张伟", "name": "李娜"}')));
    expect(problem.errors).toEqual([{ ruleId: "input.duplicate-name", pointer: "", offset: 19, detail: "The member name name appears more than once in one object" }]);
    expect(problem.detail).toBe("The member name name appears more than once in one object (byte offset 19)");
  });

  it("that is valid is its value", () => {
    expect(parseJsonBody(Buffer.from('{"a": [1, "张"]}'))).toEqual({ a: [1, "张"] });
  });
});

describe("Content-Type charsets", () => {
  it("of a record: UTF-8 however spelled or quoted, no charset, or other parameters only; another is a 415 naming it", () => {
    for (const header of [undefined, "application/json", "application/json; charset=UTF-8", 'application/json; charset="utf8"', "application/json; profile=x; charset=utf-8", "application/json; version=2", "application/json; weird"]) {
      expect(() => requireUtf8Charset(header), header).not.toThrow();
    }
    expect(refusal(() => requireUtf8Charset("application/json; charset=GBK"))).toEqual({
      type: "https://czt-ss.org/problems/unsupported-media-type",
      title: "Unsupported media type",
      status: 415,
      detail: 'charset "gbk" is not accepted: send UTF-8 (charset=utf-8 or none)',
    });
    expect(refusal(() => requireUtf8Charset('application/json; charset=gbk"')).detail).toBe('charset "gbk\\"" is not accepted: send UTF-8 (charset=utf-8 or none)');
  });

  it("of an export: none is detected, UTF-8 is UTF-8, GB18030 and GBK (also quoted with escapes) are GB18030, another is a 415", () => {
    expect(exportEncoding(undefined)).toBe("auto");
    expect(exportEncoding("application/x-ndjson")).toBe("auto");
    expect(exportEncoding("application/x-ndjson; profile=x")).toBe("auto");
    expect(exportEncoding("application/x-ndjson; charset=UTF-8")).toBe("utf-8");
    expect(exportEncoding("application/x-ndjson; charset=gb18030")).toBe("gb18030");
    expect(exportEncoding('application/x-ndjson; charset="G\\BK"')).toBe("gb18030");
    expect(refusal(() => exportEncoding("application/x-ndjson; charset=latin1"))).toEqual({
      type: "https://czt-ss.org/problems/unsupported-media-type",
      title: "Unsupported media type",
      status: 415,
      detail: 'charset "latin1" is not accepted for an export: send UTF-8 or GB18030',
    });
  });
});

describe("cursors and limits", () => {
  const cursor = encodeCursor("430100-E-000001");

  it("hands back the id of a cursor it issued, and pages carry one only while more follow", () => {
    expect(decodeCursor(cursor)).toBe("430100-E-000001");
    const items = [{ id: "430100-E-000001" }, { id: "430100-E-000002" }];
    const more = pageBody(items, true, (item) => item.id);
    expect(more.items).toEqual(["430100-E-000001", "430100-E-000002"]);
    expect(decodeCursor(more.nextCursor!)).toBe("430100-E-000002");
    expect(pageBody(items, false, (item) => item.id)).toEqual({ items: ["430100-E-000001", "430100-E-000002"] });
    expect(pageBody([], true, (item: { id: string }) => item.id)).toEqual({ items: [] });
  });

  it("refuses anything else with a located 400: over 512 characters, not of its form, with text around, or altered", () => {
    const notIssued = badRequest("the cursor is not one this server issued (cursors are valid while the server that issued them runs)", "api.cursor", "/cursor");
    expect(refusal(() => decodeCursor("x".repeat(513)))).toEqual(badRequest("the cursor is over 512 characters", "api.cursor", "/cursor"));
    expect(refusal(() => decodeCursor(`${"x".repeat(489)}.${"A".repeat(22)}`))).toEqual(notIssued);
    // Altered: one character changed for another (never for itself, and not the last, whose low bits base64url may ignore).
    const swap = (character: string | undefined) => (character === "A" ? "B" : "A");
    const altered = [`${cursor.slice(0, -2)}${swap(cursor.at(-2))}${cursor.at(-1)}`, `${swap(cursor[0])}${cursor.slice(1)}`];
    for (const other of ["abc", `!${cursor}`, `${cursor}!`, ...altered]) {
      expect(refusal(() => decodeCursor(other)), other).toEqual(notIssued);
    }
  });

  it("refuses a cursor it issued for something that is not a record id", () => {
    expect(refusal(() => decodeCursor(encodeCursor("no such id!")))).toEqual(badRequest("the cursor is not one this server issued", "api.cursor", "/cursor"));
  });

  it("reads limit 1 to 100 (20 without), and refuses anything else with a located 400", () => {
    expect(readPage({})).toEqual({ limit: 20 });
    expect(readPage({ limit: "1" })).toEqual({ limit: 1 });
    expect(readPage({ limit: "0100" })).toEqual({ limit: 100 });
    expect(readPage({ limit: "7", cursor })).toEqual({ limit: 7, after: "430100-E-000001" });
    for (const limit of ["0", "101", "00001", "1.5", "x5", "5x", "-1", "", ["5", "6"]]) {
      expect(refusal(() => readPage({ limit })), JSON.stringify(limit)).toEqual(badRequest("limit must be an integer from 1 to 100", "api.query-parameter", "/limit"));
    }
    expect(refusal(() => readPage({ cursor: [cursor, cursor] }))).toEqual(badRequest("cursor must be given once", "api.cursor", "/cursor"));
  });
});

describe("query parameters", () => {
  it("a string is given once with 1 to its maximum of characters (128 unless said)", () => {
    expect(optionalString({}, "q")).toBeUndefined();
    expect(optionalString({ q: "x".repeat(128) }, "q")).toBe("x".repeat(128));
    expect(optionalString({ q: "abc" }, "q", 3)).toBe("abc");
    for (const [value, max] of [["", 128], ["x".repeat(129), 128], ["abcd", 3], [["a", "b"], 128], [5, 128]] as const) {
      expect(refusal(() => optionalString({ q: value }, "q", max)), JSON.stringify(value)).toEqual(
        badRequest(`q must be given once, 1 to ${max} characters`, "api.query-parameter", "/q"),
      );
    }
  });

  it("a record id starts with a letter or digit and holds letters, digits and . _ : - only", () => {
    expect(optionalRecordId({}, "personId")).toBeUndefined();
    expect(optionalRecordId({ personId: "430100-P-1.a_b:c" }, "personId")).toBe("430100-P-1.a_b:c");
    for (const id of ["-430100", "430100 P", "430100/P"]) {
      expect(refusal(() => optionalRecordId({ personId: id }, "personId")), id).toEqual(badRequest("personId is not a record id", "api.query-parameter", "/personId"));
    }
    expect([isRecordId("430100-P-1"), isRecordId("a b"), isRecordId(430100), isRecordId(undefined)]).toEqual([true, false, false, false]);
  });

  it("a date is YYYY-MM-DD and on the calendar", () => {
    expect([isCalendarDate("2024-02-29"), isCalendarDate("2023-02-29"), isCalendarDate("2024-2-29"), isCalendarDate("2024-02-29T00:00"), isCalendarDate("x2024-02-29")]).toEqual([true, false, false, false, false]);
    expect(optionalDate({ from: "2024-02-29" }, "from")).toBe("2024-02-29");
    expect(optionalDate({}, "from")).toBeUndefined();
    expect(refusal(() => optionalDate({ from: "2023-02-29" }, "from"))).toEqual(badRequest("from must be a date YYYY-MM-DD", "api.query-parameter", "/from"));
    expect(refusal(() => optionalDate({ from: "2023-02-290" }, "from"))).toEqual(badRequest("from must be given once, 1 to 10 characters", "api.query-parameter", "/from"));
  });

  it("an enumerated value is one of the list, which a refusal names", () => {
    expect(optionalEnum({ status: "open" }, "status", ["open", "closed"])).toBe("open");
    expect(optionalEnum({}, "status", ["open", "closed"])).toBeUndefined();
    expect(refusal(() => optionalEnum({ status: "shut" }, "status", ["open", "closed"]))).toEqual(badRequest("status must be one of open, closed", "api.query-parameter", "/status"));
  });
});

describe("CZT-Schema-Version", () => {
  it("is the current version without the header, the named one with blanks trimmed, and a 400 for a list", () => {
    expect(requestedSchemaVersion(undefined)).toBe("1.1");
    expect(requestedSchemaVersion(" 1.0 ")).toBe("1.0");
    expect(requestedSchemaVersion(["1.0"])).toBe("1.0");
    expect(refusal(() => requestedSchemaVersion(["1.0", "1.1"])).detail).toBe('CZT-Schema-Version "1.0, 1.1" is not supported: send one of 1.0, 1.1 (or none for 1.1)');
  });
});

describe("transport limits", () => {
  it("are checked every quarter of the shorter timeout, at least every 10 ms and at most every second", () => {
    expect(timeoutCheckInterval(defaultTransportLimits)).toBe(1000);
    expect(timeoutCheckInterval({ ...defaultTransportLimits, requestTimeoutMs: 800, headersTimeoutMs: 2000 })).toBe(200);
    expect(timeoutCheckInterval({ ...defaultTransportLimits, requestTimeoutMs: 3000, headersTimeoutMs: 2000 })).toBe(500);
    expect(timeoutCheckInterval({ ...defaultTransportLimits, requestTimeoutMs: 20, headersTimeoutMs: 20 })).toBe(10);
    expect(timeoutCheckInterval({ ...defaultTransportLimits, requestTimeoutMs: 1001, headersTimeoutMs: 1001 })).toBe(250);
  });
});
