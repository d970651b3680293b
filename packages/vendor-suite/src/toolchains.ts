/**
 * The generator commands and options that `docs/vendors.md` tells vendors to use, in one
 * place: the suite runs exactly these, and a test checks that the doc quotes each of them.
 * Paths are placeholders: `<bundle>` is `node_modules/@czt/schemas/bundles/<version>`,
 * `<out>` the folder the vendor generates into.
 */

/** A TypeScript generator run from the bundled OpenAPI contract, as a command line. */
export interface OpenApiGenerator {
  /** The npm package, pinned in this package's devDependencies. */
  package: string;
  /** The executable the package installs (`node_modules/.bin/<bin>`). */
  bin: string;
  args: readonly string[];
  /** Where the generator writes, relative to `<out>`: a file or a folder. */
  output: string;
  /** Imports the vendor's code uses: the module (relative to `<out>`) to import from. */
  entry: string;
  /** Runtime packages the generated code imports (pinned in devDependencies as well). */
  runtime: readonly string[];
}

export const openApiGenerators = {
  "openapi-typescript": {
    package: "openapi-typescript",
    bin: "openapi-typescript",
    args: ["<bundle>/openapi.json", "--output", "<out>/schema.d.ts"],
    output: "schema.d.ts",
    entry: "./schema.js",
    runtime: ["openapi-fetch"],
  },
  "@hey-api/openapi-ts": {
    package: "@hey-api/openapi-ts",
    bin: "openapi-ts",
    args: ["--input", "<bundle>/openapi.json", "--output", "<out>/client", "--client", "@hey-api/client-fetch", "--silent", "--no-log-file"],
    output: "client",
    entry: "./client/index.js",
    runtime: [],
  },
  orval: {
    package: "orval",
    bin: "orval",
    args: ["--input", "<bundle>/openapi.json", "--output", "<out>/client.ts", "--client", "fetch"],
    output: "client.ts",
    entry: "./client.js",
    runtime: [],
  },
} as const satisfies Record<string, OpenApiGenerator>;

export type OpenApiGeneratorName = keyof typeof openApiGenerators;

/** How the generated TypeScript is compiled: strict, as an ES module for a bundler or Node. */
export const tscArgs = ["--strict", "--noEmit", "--target", "es2022", "--lib", "es2022,dom,dom.iterable", "--module", "nodenext", "--moduleResolution", "nodenext"] as const;

/** The per-type bundles quicktype reads: every record type and the JSON Lines header. */
export const quicktypeSources = ["person", "enrolment", "transfer", "assistance", "jsonl-header"] as const;

/**
 * quicktype's options for every language. `inferDateTimes: false` keeps `format: date-time`
 * values as strings (quicktype otherwise parses them into the language's date type and
 * writes them back in another shape, which fails validation).
 */
export const quicktypeOptions = { inferDateTimes: false } as const;

/** A language quicktype generates for, with how the suite builds and round-trips it. */
export interface QuicktypeLanguage {
  /** quicktype's `lang`. */
  lang: "python" | "go" | "java" | "csharp";
  rendererOptions: Readonly<Record<string, string>>;
  /** One file (`quicktype`), or one file per class (`quicktypeMultiFile`) into a folder. */
  output: { file: string } | { folder: string };
  /** What the vendor's serialising code must do, beyond the generated code. */
  serialisation: string;
  /**
   * Shell commands, run in the output folder after the vendor's program (the suite's
   * round-trip program, `harness/`) is put beside the generated code: they compile both.
   */
  build: readonly string[];
}

/** Debian's Jackson jars (`libjackson2-databind-java` and its dependencies). */
export const jacksonClassPath = "/usr/share/java/jackson-databind.jar:/usr/share/java/jackson-core.jar:/usr/share/java/jackson-annotations.jar";

/**
 * Debian's Newtonsoft.Json 6.0.8 (`libnewtonsoft-json-cil-dev`; the assembly's own version
 * is 5.0, hence the folder), which mono's `mcs` (`mono-mcs`) compiles against.
 */
export const newtonsoftJsonDll = "/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll";

export const quicktypeLanguages = {
  python: {
    lang: "python",
    rendererOptions: {},
    output: { file: "czt_types.py" },
    serialisation: "Use the generated `*_from_dict` / `*_to_dict` functions: `to_dict` leaves out absent optional fields.",
    build: ["python3 -m py_compile czt_types.py roundtrip.py"],
  },
  go: {
    lang: "go",
    rendererOptions: { package: "main" },
    output: { file: "czt_types.go" },
    serialisation:
      "Use the generated `Unmarshal<Type>` / `Marshal` (encoding/json): optional fields are pointers with `omitempty`. Standard library only.",
    build: ["go mod init example.org/czt-roundtrip", "GOFLAGS=-mod=mod GOPROXY=off go vet .", "GOFLAGS=-mod=mod GOPROXY=off go build -o roundtrip ."],
  },
  java: {
    lang: "java",
    rendererOptions: { package: "czt" },
    output: { folder: "czt" },
    serialisation:
      "Leave out the generated `Converter.java` (it does not compile against Debian's Jackson 2.14, whose `ObjectWriter.writeValueAsString` declares `IOException`) and use one `ObjectMapper` with `setSerializationInclusion(JsonInclude.Include.NON_NULL)` (Jackson writes explicit `null`s otherwise) and a module that reads and writes `LocalDate` as its ISO 8601 string (`ToStringSerializer`, `LocalDate.parse`): without jackson-datatype-jsr310 Jackson cannot handle `java.time`.",
    build: ["rm czt/Converter.java", `javac -nowarn -d classes -cp ${jacksonClassPath} czt/*.java RoundTrip.java`],
  },
  csharp: {
    lang: "csharp",
    rendererOptions: { namespace: "Czt", framework: "NewtonSoft", "csharp-version": "6" },
    output: { file: "CztTypes.cs" },
    serialisation:
      "Serialise with the generated `Converter.Settings` (its `DateParseHandling.None` keeps dates as strings; optional properties carry `NullValueHandling.Ignore`, so absent fields stay absent) and, where you handle raw JSON, read it with a `JsonTextReader` whose `DateParseHandling` is `None` too: `JToken.Parse` turns date-times into `DateTime`s. Integers are `long`.",
    build: [`mcs -nologo -out:RoundTrip.exe -r:${newtonsoftJsonDll} CztTypes.cs RoundTrip.cs`],
  },
} as const satisfies Record<string, QuicktypeLanguage>;

export type QuicktypeLanguageName = keyof typeof quicktypeLanguages;

/** A command line as the doc prints it. */
export function commandLine(bin: string, args: readonly string[]): string {
  return ["npx", bin, ...args].join(" ");
}

/** The quicktype call a vendor makes for a language, as the doc prints it. */
export function quicktypeCall(name: QuicktypeLanguageName): string {
  const language: QuicktypeLanguage = quicktypeLanguages[name];
  const fn = "file" in language.output ? "quicktype" : "quicktypeMultiFile";
  return `${fn}({ inputData, lang: ${JSON.stringify(language.lang)}, inferDateTimes: ${quicktypeOptions.inferDateTimes}, rendererOptions: ${JSON.stringify(language.rendererOptions)} })`;
}
