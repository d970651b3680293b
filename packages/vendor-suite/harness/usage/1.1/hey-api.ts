// A vendor's call of one operation with the SDK @hey-api/openapi-ts generated, under
// version 1.1 of the contract: every read of personal data states its purpose (CZT-Purpose).
import { getPerson, type Person } from "./client/index.js";

export async function personName(personId: string): Promise<string | undefined> {
  const { data } = await getPerson({ path: { personId }, headers: { "CZT-Purpose": "benefitVerification" } });
  const person: Person | undefined = data;
  return person?.name;
}
