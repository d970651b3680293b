// A vendor's call of one operation with the client orval generated, under version 1.1 of
// the contract: every read of personal data states its purpose (CZT-Purpose).
import { getPerson, type Person } from "./client.js";

export async function personName(personId: string): Promise<string | undefined> {
  const response = await getPerson(personId, { headers: { "CZT-Purpose": "benefitVerification" } });
  if (response.status !== 200) return undefined;
  const person: Person = response.data;
  return person.name;
}
