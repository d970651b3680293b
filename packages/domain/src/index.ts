/**
 * @czt/domain — identifier and code primitives of the CZT-SS standard. Every function
 * is pure (no I/O, no clock): pass dates in.
 */
export * from "./credit-code.js";
export * from "./division.js";
export * from "./id-number.js";
export * from "./mask.js";
export * from "./mobile.js";
export * from "./name.js";
export * from "./organisation-code.js";
