import fc from "fast-check";
import { type Check, expectStatus, post } from "../check.js";

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
