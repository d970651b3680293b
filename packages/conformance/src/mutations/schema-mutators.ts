import { isAssistance, isPerson, type Mutator, mutateOne } from "./mutator.js";

/**
 * A record that fails the schema is left out of the dataset rules, so references to a
 * broken person no longer resolve: that consequence is allowed.
 */
const personLeftOut = ["dataset.unresolved-reference"];

/** Schema-layer mutations: each breaks one JSON Schema keyword family of the standard. */
export const schemaMutators: readonly Mutator[] = [
  {
    ruleId: "schema.required",
    alsoFires: personLeftOut,
    description: "drop a person's name",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isPerson, (person) => {
        delete (person as Partial<typeof person>).name;
      }),
  },
  {
    ruleId: "schema.type",
    alsoFires: ["dataset.unresolved-reference"],
    description: "write a benefit amount as a string",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isAssistance, (assistance) => {
        (assistance as unknown as Record<string, unknown>)["benefitAmount"] = String(assistance.benefitAmount);
      }),
  },
  {
    ruleId: "schema.enum",
    alsoFires: personLeftOut,
    description: "use sex code 3, which GB/T 2261.1 does not define",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isPerson, (person) => {
        (person as unknown as Record<string, unknown>)["sex"] = "3";
      }),
  },
  {
    ruleId: "schema.format",
    alsoFires: ["dataset.unresolved-reference"],
    description: "write the case's application date as 2024-02-30",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isAssistance, (assistance) => {
        assistance.dates.applied = "2024-02-30";
      }),
  },
  {
    ruleId: "schema.additional-property",
    alsoFires: personLeftOut,
    description: "add a property the standard does not define",
    mutate: (entries, pick) =>
      mutateOne(entries, pick, isPerson, (person) => {
        (person as unknown as Record<string, unknown>)["nickname"] = "小王";
      }),
  },
];
