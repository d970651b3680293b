import fc from "fast-check";
import { type Check, enc, expectStatus, fail, get, post } from "../check.js";
import { personArbitrary } from "../generators.js";
import { createPerson } from "./support.js";

const ids = (body: unknown) => ((body as { items?: { id?: unknown }[] } | undefined)?.items ?? []).map((item) => item.id);

/** Persons are searched by a POST body, so identity numbers stay out of URLs. */
export const personSearchByBody: Check = {
  name: "person_search_by_body",
  description: "POST /v1/person-searches finds a person by identity number, and by name and birth date, in the body",
  runs: 4,
  property: (context) =>
    fc.asyncProperty(personArbitrary, async (draft) => {
      const person = await createPerson(context, draft);
      const byNumber = expectStatus(await post(context, "searchPersonsByBody", "/v1/person-searches", { idNumber: String(person["idNumber"]) }), [200], "searching by identity number");
      if (!ids(byNumber.response.body).includes(person.id)) fail(`the search by identity number does not find ${person.id}`, byNumber);
      const byName = expectStatus(
        await post(context, "searchPersonsByBody", "/v1/person-searches", { name: person["name"], birthDate: person["birthDate"] }),
        [200],
        "searching by name and birth date",
      );
      if (!ids(byName.response.body).includes(person.id)) fail(`the search by name and birth date does not find ${person.id}`, byName);
    }),
};

/** The old GET search still answers, marked deprecated as the contract documents. */
export const deprecatedSearchHeaders: Check = {
  name: "deprecated_search_headers",
  description: "GET /v1/persons?idNumber= still finds the person and answers with Deprecation (RFC 9745), Sunset (RFC 8594) and a Link to /v1/person-searches",
  runs: 3,
  property: (context) =>
    fc.asyncProperty(personArbitrary, async (draft) => {
      const person = await createPerson(context, draft);
      const found = expectStatus(await get(context, "searchPersons", `/v1/persons?idNumber=${enc(String(person["idNumber"]))}`), [200], "searching with the deprecated GET");
      if (!ids(found.response.body).includes(person.id)) fail(`the deprecated GET does not find ${person.id}`, found);
      const headers = found.response.headers;
      if (!/^@-?[0-9]+$/.test(headers["deprecation"] ?? "")) fail(`Deprecation is ${String(headers["deprecation"])}, not an RFC 9745 date (@<seconds>)`, found);
      if (Number.isNaN(Date.parse(headers["sunset"] ?? ""))) fail(`Sunset is ${String(headers["sunset"])}, not an HTTP date`, found);
      if (!/<\/v1\/person-searches>;\s*rel="successor-version"/.test(headers["link"] ?? "")) fail(`Link does not name /v1/person-searches as the successor: ${String(headers["link"])}`, found);
    }),
};
