// A vendor's call of one operation with the SDK @hey-api/openapi-ts generated.
import { getPerson, type Person } from "./client/index.js";

export async function personName(personId: string): Promise<string | undefined> {
  const { data } = await getPerson({ path: { personId } });
  const person: Person | undefined = data;
  return person?.name;
}
