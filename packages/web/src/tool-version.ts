import pkg from "../package.json" with { type: "json" };

/** The version the SARIF report names, as `czt --version` does (the packages are versioned together). */
export const toolVersion: string = pkg.version;
