import { agency, asOf, meta, person } from "./base-records.js";
import { at, type Group, invalid, type Json, merge, type Test, valid } from "./builders.js";
import { idNumber } from "./check-characters.js";

/** The base person with an identity number issued under `division` for someone born on `birthDate` (sequence 031: male). */
function bornIn(division: string, birthDate: string): Json {
  return merge(person, { idNumber: idNumber(`${division}${birthDate.replaceAll("-", "")}031`), birthDate, sex: "1" });
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const publisher = { creditCode: "12430000444876548X", division: "430000", department: "cztCentre" };

/** One JSON Lines export declaring `schemaVersion`, holding `record`. */
function exportDeclaring(schemaVersion: string, record: Json): Partial<Test> {
  return { raw: line({ recordType: "header", schemaVersion, publisher, city: "430100", created: "2025-06-30T12:00:00+08:00" }) + line(record), format: "jsonl" };
}

/** A first-generation identity number of 醴陵县, issued in 1984 to a man born in 1950. */
const lilingCounty1984 = bornIn("430222", "1950-05-01");

/**
 * GB/T 2260 codes of 1983–1989, carried by first-generation identity numbers for life
 * (domain reference §10). The 1.0 toolkit rejected the ones missing from its division
 * table (醴陵 430222/430219, 湘乡 430322, 韶山 430312/430306); a missing table entry is an
 * implementation defect, fixed under every version, so each export passes whether it
 * declares 1.0 or 1.1.
 */
export const divisionGroups: Group[] = [
  {
    description: "identity numbers issued under division codes in force 1983–1989 stay valid for life",
    rules: ["division.valid-on-date"],
    asOf,
    tests: [
      valid("division-1983/liling-county-1984", "醴陵县 430222 (1983–84): an identity number issued in 1984 to a man born in 1950", { data: lilingCounty1984 }),
      valid("division-1983/liling-county-1984-as-1.0", "the same person in an export declaring 1.0: the 1.0 table missed 430222", exportDeclaring("1.0", lilingCounty1984)),
      valid("division-1983/liling-county-1984-as-1.1", "the same person in an export declaring 1.1", exportDeclaring("1.1", lilingCounty1984)),
      valid("division-1983/liling-city-1985", "醴陵市 430219 (1985), born 1962", { data: bornIn("430219", "1962-08-15") }),
      valid("division-1983/liling-province-1986", "醴陵市 439001 (1986–89, administered by the province), born 1971", { data: bornIn("439001", "1971-02-03") }),
      valid("division-1983/liling-born-1989", "439001 for a child born in 1989, registered at birth", { data: bornIn("439001", "1989-11-30") }),
      valid("division-1983/xiangxiang-county-1985", "湘乡县 430322 (1983–85), born 1955", { data: bornIn("430322", "1955-01-20") }),
      valid("division-1983/xiangxiang-county-as-1.0", "湘乡县 430322 in an export declaring 1.0", exportDeclaring("1.0", bornIn("430322", "1955-01-20"))),
      valid("division-1983/xiangxiang-province-1987", "湘乡市 439002 (1986–89), born 1968", { data: bornIn("439002", "1968-07-07") }),
      valid("division-1983/shaoshan-district-1984", "韶山区 430312 (1984–87), born 1960", { data: bornIn("430312", "1960-12-26") }),
      valid("division-1983/shaoshan-district-as-1.0", "韶山区 430312 in an export declaring 1.0", exportDeclaring("1.0", bornIn("430312", "1960-12-26"))),
      valid("division-1983/shaoshan-district-1988", "韶山区 430306 (1988–89), born 1988", { data: bornIn("430306", "1988-05-04") }),
      valid("division-1983/shaoshan-district-1988-as-1.0", "韶山区 430306 in an export declaring 1.0", exportDeclaring("1.0", bornIn("430306", "1988-05-04"))),
      valid("division-1983/zhuzhou-north-district", "株洲 北区 430203 (a code reused in 1996), born 1966", { data: bornIn("430203", "1966-09-09") }),
      invalid("division-1983/liling-county-born-1990", "430222 was retired in 1985: no one born in 1990 can carry it", { data: bornIn("430222", "1990-03-07") }, [
        at("division.valid-on-date", "/idNumber"),
      ]),
      invalid("division-1983/liling-province-born-1992", "439001 was retired by 1991: no one born in 1992 can carry it", { data: bornIn("439001", "1992-04-01") }, [
        at("division.valid-on-date", "/idNumber"),
      ]),
      invalid("division-1983/xiangxiang-province-born-1995", "439002 was retired by 1991: no one born in 1995 can carry it", { data: bornIn("439002", "1995-06-01") }, [
        at("division.valid-on-date", "/idNumber"),
      ]),
      invalid("division-1983/shaoshan-residence-2025", "a residence recorded in 2025 under 韶山区 430306, retired in 1990", { data: merge(person, { residenceDivision: "430306" }) }, [
        at("division.valid-on-date", "/residenceDivision"),
      ]),
      invalid(
        "division-1983/liling-agency-2025",
        "a source agency recorded in 2025 under 醴陵市 439001, retired in 1990",
        { data: merge(person, { meta: { ...meta, sourceAgency: merge(agency("430200", "hrss"), { division: "439001" }) } }) },
        [at("division.valid-on-date", "/meta/sourceAgency/division")],
      ),
    ],
  },
];
