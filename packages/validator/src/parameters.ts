// Placeholder: owned by the rules work (dated parameter tables: contribution-base bounds, 低保 standards).
export interface Parameters {
  readonly [table: string]: unknown;
}
export const noParameters: Parameters = {};
