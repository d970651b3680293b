// A vendor's call of one operation with the client orval generated.
import { getPerson, type Person } from "./client.js";

export async function personName(personId: string): Promise<string | undefined> {
  const response = await getPerson(personId);
  if (response.status !== 200) return undefined;
  const person: Person = response.data;
  return person.name;
}
