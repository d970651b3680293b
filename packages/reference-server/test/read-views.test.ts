import type { RecordType } from "@czt/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../src/app.js";
import type { Principal } from "../src/auth/agency.js";
import { visibleRecord } from "../src/auth/sensitive-fields.js";
import { createDemoTokens, TokenRegistry } from "../src/auth/token-registry.js";
import { contract } from "../src/contract/contract.js";
import { readExportDirectory } from "../src/demo/read-exports.js";
import { type Db, openDatabase } from "../src/store/database.js";
import { ContractSchemas } from "@czt/validator";
import { bodiesOf, examplesOf, type Node, operationsOf } from "./contract-walk.js";
import { key, sharedChecker, readPurpose } from "./support.js";

/**
 * A token without `read:personal` receives records without the fields marked
 * `x-czt-sensitivity` (reads, and the answers of writes). Those answers must still keep the
 * contract: the transfer read without `read:personal` lacks the required
 * `individualAccountBalance`, a person created by a writer lacks `name` and `birthDate`.
 * Called over real HTTP with the contract's own request examples.
 */

const schemas = new ContractSchemas(contract);
const operations = operationsOf(contract);
const examples = (contract["components"] as Node)["examples"] as Record<string, Node>;
const exampleValue = (name: string) => structuredClone(examples[name]!["value"]) as Node;

/** What is wrong with `body` as the JSON answer `status` of `operationId` (empty when it keeps the contract). */
function breaches(operationId: string, status: number, body: unknown): string[] {
  const operation = operations.find((candidate) => candidate.operationId === operationId)!;
  const media = bodiesOf(contract, operation).find((candidate) => candidate.status === String(status) && candidate.mediaType === "application/json");
  if (media === undefined) return [`${operationId} ${status}: not a documented JSON answer (${JSON.stringify(body).slice(0, 300)})`];
  return schemas.check(media.schemaPointer, body).map((error) => `${operationId} ${status}: ${error.pointer} ${error.detail ?? ""}`);
}

const demo = createDemoTokens();
const [changsha, zhuzhou, xiangtan] = demo.map((entry) => entry.principal) as [Principal, Principal, Principal];
const xiangtanCivilAffairs: Principal = {
  agency: { creditCode: "11430300MB0000019L", division: "430300", department: "civilAffairs" },
  city: "430300",
  scopes: ["read", "write"],
};
const tokens: Record<string, Principal> = {
  "changsha-writer-0001": { ...changsha, scopes: ["read", "write"] },
  "zhuzhou-writer-00001": { ...zhuzhou, scopes: ["read", "write"] },
  "xiangtan-reader-0001": { ...xiangtan, scopes: ["read"] },
  "xiangtan-civil-affairs-writer": xiangtanCivilAffairs,
};

let db: Db;
let app: ReturnType<typeof createServer>;
let base = "";

beforeAll(async () => {
  db = openDatabase(":memory:");
  const registry = new TokenRegistry();
  for (const [token, principal] of Object.entries(tokens)) registry.add(token, principal);
  app = createServer({ db, tokens: registry, checker: sharedChecker });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
});

afterAll(async () => {
  await app.close();
  db.close();
});

async function call(token: string, method: string, path: string, body?: object, headers: Record<string, string> = {}): Promise<{ status: number; etag: string; json: unknown }> {
  const response = await fetch(base + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...readPurpose, ...(body === undefined ? {} : { "content-type": "application/json", "idempotency-key": key() }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, etag: response.headers.get("etag") ?? "", json: await response.json() };
}

describe("what a token without read:personal receives keeps the contract", () => {
  it("for every read and write that leaves the sensitive fields out (persons, enrolments, transfers, assistance cases)", async () => {
    const problems: string[] = [];
    const expectAnswer = (operationId: string, answer: { status: number; json: unknown }, status: number) => {
      if (answer.status !== status) problems.push(`${operationId}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 300)}`);
      else problems.push(...breaches(operationId, answer.status, answer.json));
    };

    const person = await call("changsha-writer-0001", "POST", "/v1/persons", exampleValue("Person"));
    expectAnswer("createPerson", person, 201);
    expect(person.json).not.toHaveProperty("name");

    expectAnswer("createEnrolment", await call("changsha-writer-0001", "POST", "/v1/enrolments", exampleValue("Enrolment")), 201);
    expectAnswer("getEnrolment", await call("xiangtan-reader-0001", "GET", "/v1/enrolments/430100-E-000456"), 200);
    expectAnswer("listEnrolments", await call("xiangtan-reader-0001", "GET", "/v1/enrolments?personId=430100-P-000123"), 200);

    const transfer = await call("zhuzhou-writer-00001", "POST", "/v1/transfers", exampleValue("Transfer"));
    expectAnswer("requestTransfer", transfer, 201);
    const read = await call("xiangtan-reader-0001", "GET", "/v1/transfers/430200-T-000789");
    expectAnswer("getTransfer", read, 200);
    expect(read.json).not.toHaveProperty("individualAccountBalance");
    expectAnswer("listTransfers", await call("xiangtan-reader-0001", "GET", "/v1/transfers?personId=430100-P-000123"), 200);
    const letter = await call("zhuzhou-writer-00001", "POST", "/v1/transfers/430200-T-000789/issue-contact-letter", exampleValue("Transition"), { "if-match": transfer.etag });
    expectAnswer("issueContactLetter", letter, 200);

    const assistance = exampleValue("AssistanceCase");
    assistance["personId"] = "430100-P-000123";
    const created = await call("xiangtan-civil-affairs-writer", "POST", "/v1/assistance-cases", assistance);
    expectAnswer("createAssistanceCase", created, 201);
    expect(created.json).not.toHaveProperty("benefitAmount");
    const review = await call("xiangtan-civil-affairs-writer", "POST", "/v1/assistance-cases/430300-A-000321/reviews", exampleValue("Review"), { "if-match": created.etag });
    expectAnswer("reviewAssistanceCase", review, 200);

    expect(problems).toEqual([]);
  });

  it("while a full record still validates against every response schema that was relaxed (no valid data became invalid)", () => {
    const problems: string[] = [];
    const full: Record<string, string> = { createPerson: "Person", createEnrolment: "Enrolment", getEnrolment: "Enrolment", requestTransfer: "Transfer", getTransfer: "Transfer", issueContactLetter: "TransferLetterIssued", createAssistanceCase: "AssistanceCase", reviewAssistanceCase: "AssistanceCase" };
    for (const [operationId, example] of Object.entries(full)) {
      const status = operationId.startsWith("create") || operationId === "requestTransfer" ? 201 : 200;
      problems.push(...breaches(operationId, status, exampleValue(example)));
    }
    expect(problems).toEqual([]);
    // The examples of each relaxed response include one as a token without read:personal receives it.
    const transferRead = bodiesOf(contract, operations.find((operation) => operation.operationId === "getTransfer")!).find((body) => body.status === "200")!;
    expect(examplesOf(contract, transferRead.media).some((example) => !Object.hasOwn(example.value as Node, "individualAccountBalance"))).toBe(true);
  });

  it("for every example record of the three cities, whole and as a token without read:personal receives it", () => {
    const views: Record<RecordType, string> = {

      person: "PersonAsRead",
      enrolment: "EnrolmentAsRead",
      transfer: "TransferAsRead",
      assistance: "AssistanceCaseAsRead",
      benefit: "BenefitAsRead",
      medicalRegistration: "MedicalRegistrationAsRead",
      medicalSettlement: "MedicalSettlementAsRead",
      organisation: "OrganisationAsRead",
      donation: "DonationAsRead",
      consent: "ConsentAsRead",
    };
    const problems: string[] = [];
    let records = 0;
    for (const file of readExportDirectory(new URL("../../../examples/json", import.meta.url).pathname)) {
      for (const record of file.records as Node[]) {
        const recordType = record["recordType"] as RecordType;
        const pointer = `/components/schemas/${views[recordType]}`;
        records++;
        for (const [form, value] of [["whole", record], ["read", visibleRecord(tokens["xiangtan-reader-0001"]!, recordType, record)]] as const) {
          for (const error of schemas.check(pointer, value)) problems.push(`${String(record["id"])} (${form}): ${error.pointer} ${error.detail ?? ""}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(records).toBeGreaterThan(20);
  });
});
