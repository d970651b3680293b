import fc from "fast-check";
import type { Check } from "../check.js";
import { CheckFailure } from "../exchange.js";

/** One request per operation; ids need not exist: authentication comes before lookup. */
const samples: { operationId: string; method: "GET" | "POST"; path: string; body?: unknown; text?: string }[] = [
  { operationId: "getCurrentAgency", method: "GET", path: "/v1/me" },
  { operationId: "createPerson", method: "POST", path: "/v1/persons", body: { recordType: "person" } },
  { operationId: "searchPersons", method: "GET", path: "/v1/persons?idNumber=430102199003071234" },
  { operationId: "getPerson", method: "GET", path: "/v1/persons/430100-P-1" },
  { operationId: "createEnrolment", method: "POST", path: "/v1/enrolments", body: { recordType: "enrolment" } },
  { operationId: "listEnrolments", method: "GET", path: "/v1/enrolments" },
  { operationId: "getEnrolment", method: "GET", path: "/v1/enrolments/430100-E-1" },
  { operationId: "checkDuplicateEnrolment", method: "POST", path: "/v1/duplicate-checks", body: { idNumber: "430102199003071234", family: "medical" } },
  { operationId: "requestTransfer", method: "POST", path: "/v1/transfers", body: { recordType: "transfer" } },
  { operationId: "listTransfers", method: "GET", path: "/v1/transfers" },
  { operationId: "getTransfer", method: "GET", path: "/v1/transfers/430200-T-1" },
  { operationId: "issueContactLetter", method: "POST", path: "/v1/transfers/430200-T-1/issue-contact-letter", body: {} },
  { operationId: "recordFundsTransferred", method: "POST", path: "/v1/transfers/430200-T-1/record-funds-transferred", body: {} },
  { operationId: "completeTransfer", method: "POST", path: "/v1/transfers/430200-T-1/complete", body: {} },
  { operationId: "rejectTransfer", method: "POST", path: "/v1/transfers/430200-T-1/reject", body: { reasonCode: "other" } },
  { operationId: "cancelTransfer", method: "POST", path: "/v1/transfers/430200-T-1/cancel", body: {} },
  { operationId: "createAssistanceCase", method: "POST", path: "/v1/assistance-cases", body: { recordType: "assistance" } },
  { operationId: "listAssistanceCases", method: "GET", path: "/v1/assistance-cases" },
  { operationId: "getAssistanceCase", method: "GET", path: "/v1/assistance-cases/430300-A-1" },
  { operationId: "reviewAssistanceCase", method: "POST", path: "/v1/assistance-cases/430300-A-1/reviews", body: { reviewDate: "2026-01-01", outcome: "continued" } },
  { operationId: "validateExport", method: "POST", path: "/v1/validations", text: "{}\n" },
];

const credentials: { label: string; headers: Record<string, string> }[] = [
  { label: "no Authorization header", headers: {} },
  { label: "an unknown bearer token", headers: { authorization: "Bearer czt_unknown_token_0000000000000000" } },
  { label: "a Basic credential", headers: { authorization: "Basic Y3p0OmN6dA==" } },
  { label: "an empty bearer token", headers: { authorization: "Bearer " } },
];

/**
 * Every operation refuses a missing or wrong credential with 401 (Schemathesis'
 * ignored-auth check). Exhaustive rather than sampled: every operation with every
 * bad credential, so that one unguarded route cannot slip through.
 */
export const ignoredAuth: Check = {
  name: "ignored_auth",
  description: "every operation answers 401 to a missing, unknown or malformed credential",
  runs: 1,
  property: (context) =>
    fc.asyncProperty(fc.constant(null), async () => {
      for (const sample of samples) {
        for (const credential of credentials) {
          const exchange = await context.http.send({
            operationId: sample.operationId,
            method: sample.method,
            path: sample.path,
            headers: { "idempotency-key": "auth-check", "if-match": '"1"', ...credential.headers },
            ...(sample.body === undefined ? {} : { body: sample.body }),
            ...(sample.text === undefined ? {} : { text: sample.text }),
          });
          if (exchange.response.status !== 401) {
            throw new CheckFailure(`${sample.operationId} with ${credential.label}: expected 401, got ${exchange.response.status}`, exchange);
          }
        }
      }
    }),
};
