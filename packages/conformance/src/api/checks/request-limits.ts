import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { bearer, type Check, type CheckContext, enc, expectStatus, fail, get, post } from "../check.js";
import type { Exchange } from "../exchange.js";
import { personArbitrary } from "../generators.js";

/** Bodies over the documented limit (1 MiB for records) are refused with 413 before any work. */
export const requestLimits: Check = {
  name: "request_size_limit",
  description: "a record body over 1 MiB is refused with 413",
  runs: 2,
  property: (context) =>
    fc.asyncProperty(fc.integer({ min: 1, max: 512 }), async (extraKiB) => {
      const padding = "x".repeat((1024 + extraKiB) * 1024);
      const exchange = await post(context, "createPerson", "/v1/persons", { recordType: "person", id: context.nextId("P"), name: padding });
      expectStatus(exchange, [413], `creating a person of ${1024 + extraKiB} KiB`);
    }),
};

function expectProblem(exchange: Exchange, what: string): void {
  const contentType = exchange.response.headers["content-type"] ?? "";
  if (!contentType.startsWith("application/problem+json")) fail(`${what}: answered ${exchange.response.status} as '${contentType || "no content type"}', not application/problem+json`, exchange);
}

async function expectNotStored(context: CheckContext, id: string, what: string): Promise<void> {
  const read = await get(context, "getPerson", `/v1/persons/${enc(id)}`);
  if (read.response.status !== 404) fail(`${what}: the refused person ${id} was stored (GET answered ${read.response.status})`, read);
}

function sendPerson(context: CheckContext, payload: { text: string; contentType: string } | { bytes: Uint8Array }): Promise<Exchange> {
  const headers = { ...bearer(context.main.token), "idempotency-key": randomUUID() };
  return context.http.send({ operationId: "createPerson", method: "POST", path: "/v1/persons", headers, ...payload });
}

/** A record sent as another media type, or as JSON in a charset other than UTF-8, is a 415: never read, never stored. */
export const unsupportedMediaTypeRefused: Check = {
  name: "unsupported_media_type_refused",
  description: "a record sent as text/plain (or another media type), or as JSON declared in a charset other than UTF-8, is refused with 415 and not stored",
  runs: 4,
  property: (context) =>
    fc.asyncProperty(
      personArbitrary,
      fc.constantFrom("text/plain", "text/plain; charset=utf-8", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=gbk", "application/json; charset=iso-8859-1"),
      async (draft, contentType) => {
        const person = { ...draft, id: context.nextId("P") };
        const what = `creating a person as ${contentType}`;
        const exchange = expectStatus(await sendPerson(context, { text: JSON.stringify(person), contentType }), [415], what);
        expectProblem(exchange, what);
        await expectNotStored(context, person.id, what);
      },
    ),
};

/** What a record body can hold that the standard refuses to read (each is a finding of `czt validate` too). */
const unreadable = ["invalid UTF-8", "GBK bytes", "a duplicate member name", "a reserved name", "nesting over 64 levels"] as const;

/** The bytes of a person record spoiled in one of the `unreadable` ways. */
function spoil(text: string, kind: (typeof unreadable)[number], depth: number): Buffer {
  const [head = "", tail = ""] = text.split(/(?<="name":")/);
  switch (kind) {
    case "invalid UTF-8":
      return Buffer.concat([Buffer.from(head), Buffer.from([0xff]), Buffer.from(tail)]);
    case "GBK bytes":
      // 陈浩 in GBK, where UTF-8 is required.
      return Buffer.concat([Buffer.from(head), Buffer.from([0xb3, 0xc2, 0xba, 0xc6]), Buffer.from(tail)]);
    case "a duplicate member name":
      // JSON.parse keeps the last value, other parsers the first: the standard refuses both.
      return Buffer.from(text.replace('"name":"', '"name":"李四","name":"'));
    case "a reserved name":
      return Buffer.from(text.replace(/^\{/, '{"extensions":{"x":{"prototype":{}}},'));
    case "nesting over 64 levels":
      return Buffer.from(text.replace(/^\{/, `{"extensions":{"x":${"[".repeat(depth)}${"]".repeat(depth)}},`));
  }
}

/** Bodies the standard cannot read are a located 400 problem (never a 500), and nothing is stored. */
export const unreadableBodyRefused: Check = {
  name: "unreadable_body_refused",
  description: "a record body with invalid UTF-8 or GBK bytes, a duplicate member name, a reserved name or nesting over 64 levels (up to 10 000) is refused with 400 problem+json and not stored",
  runs: 8,
  property: (context) =>
    fc.asyncProperty(personArbitrary, fc.constantFrom(...unreadable), fc.integer({ min: 64, max: 10_000 }), async (draft, kind, depth) => {
      const person = { ...draft, id: context.nextId("P") };
      const what = `creating a person with ${kind}`;
      const exchange = expectStatus(await sendPerson(context, { bytes: spoil(JSON.stringify(person), kind, depth) }), [400], what);
      expectProblem(exchange, what);
      await expectNotStored(context, person.id, what);
    }),
};

/** Oversized header sections and request targets are refused as problem+json, with the contract's statuses. */
export const oversizedRequestRefused: Check = {
  name: "oversized_request_refused",
  description: "a header section over 16 KiB is refused with 431 and a request target over 4096 bytes with 414, both as problem+json",
  runs: 2,
  property: (context) =>
    fc.asyncProperty(fc.integer({ min: 1, max: 16 }), async (extraKiB) => {
      const padding = "a".repeat((16 + extraKiB) * 1024);
      const headers = context.http.send({ operationId: "getCurrentAgency", method: "GET", path: "/v1/me", headers: { ...bearer(context.main.token), "x-padding": padding } });
      const tooLarge = expectStatus(await headers, [431], `a header section of ${16 + extraKiB} KiB`);
      expectProblem(tooLarge, "an oversized header section");
      const target = await context.http.send({ operationId: "getCurrentAgency", method: "GET", path: `/v1/me?padding=${padding.slice(0, 4096 + extraKiB * 64)}`, headers: bearer(context.main.token) });
      expectProblem(expectStatus(target, [414], `a request target of ${4096 + extraKiB * 64 + 17} bytes`), "an over-long request target");
    }),
};
