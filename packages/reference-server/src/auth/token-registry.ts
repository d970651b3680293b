import { randomBytes, timingSafeEqual } from "node:crypto";
import { type Agency, type CityCode, demoCreditCode, type Principal, scopes } from "./agency.js";

/** Bearer tokens of the agencies the server knows; compared in constant time. */
export class TokenRegistry {
  readonly #byToken = new Map<string, Principal>();

  add(token: string, principal: Principal): void {
    if (!/^[A-Za-z0-9._~+/-]{16,}=*$/.test(token)) throw new Error("a bearer token needs at least 16 token68 characters");
    this.#byToken.set(token, principal);
  }

  /** The principal of a presented token, or undefined. */
  lookup(token: string): Principal | undefined {
    const presented = Buffer.from(token);
    for (const [known, principal] of this.#byToken) {
      const candidate = Buffer.from(known);
      if (candidate.length === presented.length && timingSafeEqual(candidate, presented)) return principal;
    }
    return undefined;
  }

  entries(): [string, Principal][] {
    return [...this.#byToken];
  }
}

/** A demo agency of the sandbox: one per city. */
export interface DemoToken {
  label: string;
  token: string;
  principal: Principal;
}

const demoCities: { city: CityCode; label: string; name: string }[] = [
  { city: "430100", label: "changsha-hrss", name: "长沙市人力资源和社会保障局" },
  { city: "430200", label: "zhuzhou-hrss", name: "株洲市人力资源和社会保障局" },
  { city: "430300", label: "xiangtan-hrss", name: "湘潭市人力资源和社会保障局" },
];

/**
 * The sandbox's demo tokens: the human resources and social security bureau of
 * each city with every scope. Tokens are random per start unless given.
 */
export function createDemoTokens(fixed?: Partial<Record<CityCode, string>>): DemoToken[] {
  return demoCities.map(({ city, label, name }, index) => {
    const agency: Agency = { creditCode: demoCreditCode(city, String(index + 1)), division: city, department: "hrss", name };
    const token = fixed?.[city] ?? `czt_${label}_${randomBytes(18).toString("base64url")}`;
    return { label, token, principal: { agency, city, scopes: [...scopes] } };
  });
}
