// A vendor's call of one operation with the types openapi-typescript generated (and
// openapi-fetch), under version 1.1 of the contract: every read of personal data states
// its purpose (CZT-Purpose).
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

type Person = components["schemas"]["person"];

export async function personName(baseUrl: string, personId: string): Promise<string | undefined> {
  const client = createClient<paths>({ baseUrl });
  const { data } = await client.GET("/v1/persons/{personId}", {
    params: { path: { personId }, header: { "CZT-Purpose": "benefitVerification" } },
  });
  const person: Person | undefined = data;
  return person?.name;
}
