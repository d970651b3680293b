#!/usr/bin/env python3
"""A CZT-SS conformance adapter in Python 3, standard library only.

It speaks the harness protocol (docs/conformance.md) on stdin/stdout and implements a
small, independent subset of the standard: identity numbers (GB 11643), unified social
credit codes (GB 32100) and the required properties of the JSON Schemas in ``schemas/``.
Every vector about another rule is declared unsupported at start, so the harness skips
it. Run it with::

    czt conformance vectors --implementation "python3 conformance/adapters/python/czt_adapter.py"
"""

import json
import os
import sys
from datetime import date

SUPPORTED = [
    "id-number.check-character",
    "id-number.birth-date",
    "person.birth-date-matches-id",
    "person.sex-matches-id",
    "credit-code.check-character",
    "schema.required",
]



def schemas_dir():
    """The standard's JSON Schemas: $CZT_SCHEMAS_DIR, else the first folder found of the
    repository's schemas/ (this file is conformance/adapters/python/ there) and the files of
    @czt/schemas installed beside @czt/conformance (this file is then
    node_modules/@czt/conformance/conformance/adapters/python/)."""
    here = os.path.dirname(os.path.abspath(__file__))
    if "CZT_SCHEMAS_DIR" in os.environ:
        candidates = [os.environ["CZT_SCHEMAS_DIR"]]
    else:
        candidates = [
            os.path.join(here, "..", "..", "..", "schemas"),
            os.path.join(here, "..", "..", "..", "..", "schemas", "schemas"),
        ]
    for candidate in candidates:
        if os.path.isfile(os.path.join(candidate, "record.schema.json")):
            return os.path.normpath(candidate)
    sys.exit("czt_adapter: the CZT-SS JSON Schemas (record.schema.json, ...) are not in "
             + " nor ".join(os.path.normpath(c) for c in candidates) + "; set CZT_SCHEMAS_DIR to their folder")


SCHEMAS_DIR = schemas_dir()
SCHEMA_BASE = "https://czt-ss.org/schemas/1.1/"

# --- GB 11643-1999 identity numbers ---------------------------------------------------

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check_character(first17):
    return ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS)) % 11]


def id_birth_date(number):
    """The birth date in positions 7-14 as a date, or None when it is not a real date."""
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def check_person(person, as_of, findings):
    number = person.get("idNumber")
    if not isinstance(number, str) or len(number) != 18:
        return
    number = number[:17] + number[17].upper()
    if not (number[:17].isdigit() and (number[17].isdigit() or number[17] == "X")):
        return
    if id_check_character(number[:17]) != number[17]:
        findings.append({"ruleId": "id-number.check-character", "pointer": "/idNumber"})
        return
    born = id_birth_date(number)
    if born is None or born.isoformat() > as_of:
        findings.append({"ruleId": "id-number.birth-date", "pointer": "/idNumber"})
    if born is not None and person.get("birthDate") != born.isoformat():
        findings.append({"ruleId": "person.birth-date-matches-id", "pointer": "/birthDate"})
    sex = person.get("sex")
    if sex in ("1", "2") and sex != ("1" if int(number[16]) % 2 == 1 else "2"):
        findings.append({"ruleId": "person.sex-matches-id", "pointer": "/sex"})


# --- GB 32100-2015 unified social credit codes -----------------------------------------

CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code_valid(code):
    """False only for a well-formed code whose check character is wrong."""
    if not isinstance(code, str) or len(code) != 18 or any(c not in CREDIT_CHARSET for c in code):
        return True  # malformed codes are the schema's business
    total = sum(CREDIT_CHARSET.index(c) * w for c, w in zip(code[:17], CREDIT_WEIGHTS))
    return CREDIT_CHARSET[(31 - total % 31) % 31] == code[17]


def check_credit_codes(record, findings):
    def check(pointer, code):
        if not credit_code_valid(code):
            findings.append({"ruleId": "credit-code.check-character", "pointer": pointer})

    def agency(pointer, value):
        if isinstance(value, dict):
            check(pointer + "/creditCode", value.get("creditCode"))

    agency("/meta/sourceAgency", (record.get("meta") or {}).get("sourceAgency"))
    kind = record.get("recordType")
    if kind == "enrolment":
        agency("/agency", record.get("agency"))
        if isinstance(record.get("employer"), dict):
            check("/employer/creditCode", record["employer"].get("creditCode"))
    elif kind == "transfer":
        agency("/from/agency", (record.get("from") or {}).get("agency"))
        agency("/to/agency", (record.get("to") or {}).get("agency"))
    elif kind == "assistance":
        agency("/agency", record.get("agency"))


# --- Required properties, read from the standard's JSON Schemas -----------------------


def load_schemas():
    schemas = {}
    for name in os.listdir(SCHEMAS_DIR):
        if name.endswith(".schema.json"):
            with open(os.path.join(SCHEMAS_DIR, name), encoding="utf-8") as handle:
                schema = json.load(handle)
            schemas[schema.get("$id", SCHEMA_BASE + name)] = schema
    return schemas


def resolve(schemas, ref, base):
    url = ref if ref.startswith("http") else (base.rsplit("/", 1)[0] + "/" + ref if not ref.startswith("#") else base + ref)
    document, _, fragment = url.partition("#")
    node = schemas[document]
    for part in [p for p in fragment.split("/") if p]:
        node = node[part]
    return node, document


def condition_holds(condition, value):
    """The subset of `if` used by the standard: required properties with const/enum values."""
    if not isinstance(value, dict):
        return False
    if any(name not in value for name in condition.get("required", [])):
        return False
    if "not" in condition:
        return not condition_holds(condition["not"], value)
    for name, rule in condition.get("properties", {}).items():
        if name not in value:
            continue
        if rule is False:  # `"idNumber": false` holds only while the property is absent
            return False
        if not isinstance(rule, dict):
            continue
        if "const" in rule and value[name] != rule["const"]:
            return False
        if "enum" in rule and value[name] not in rule["enum"]:
            return False
    return True


def escape(segment):
    return str(segment).replace("~", "~0").replace("/", "~1")


def check_required(schemas, schema, base, value, pointer, findings):
    if not isinstance(schema, dict):  # true/false schemas require nothing
        return
    if "$ref" in schema:
        target, document = resolve(schemas, schema["$ref"], base)
        check_required(schemas, target, document, value, pointer, findings)
    for sub in schema.get("allOf", []):
        check_required(schemas, sub, base, value, pointer, findings)
    if "if" in schema and "then" in schema and condition_holds(schema["if"], value):
        check_required(schemas, schema["then"], base, value, pointer, findings)
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                findings.append({"ruleId": "schema.required", "pointer": pointer + "/" + escape(name)})
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                check_required(schemas, sub, base, value[name], pointer + "/" + escape(name), findings)
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            check_required(schemas, schema["items"], base, item, pointer + "/" + str(index), findings)


# --- The protocol ------------------------------------------------------------------------


def run_vector(schemas, vector):
    if "data" not in vector:
        raise ValueError("only single-record vectors are supported")
    record = vector["data"]
    as_of = vector.get("asOf") or date.today().isoformat()
    findings = []
    if isinstance(record, dict) and record.get("recordType") in ("person", "enrolment", "transfer", "assistance"):
        document = SCHEMA_BASE + record["recordType"] + ".schema.json"
        check_required(schemas, schemas[document], document, record, "", findings)
        if not findings:
            if record["recordType"] == "person":
                check_person(record, as_of, findings)
            check_credit_codes(record, findings)
    return {"valid": not findings, "findings": findings}


def main():
    schemas = load_schemas()
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        command = request.get("cmd")
        if command == "start":
            answer = {
                "ready": True,
                "implementation": {
                    "name": "czt-python-adapter",
                    "language": "python",
                    "version": "0.1.0",
                    "homepage": "https://czt-ss.org/conformance",
                },
                "supported": SUPPORTED,
            }
        elif command == "run":
            try:
                answer = dict(seq=request["seq"], **run_vector(schemas, request["vector"]))
            except Exception as error:  # report, keep serving
                answer = {"seq": request.get("seq"), "errored": True, "context": {"message": str(error)}}
        elif command == "stop":
            break
        else:
            continue
        out.write(json.dumps(answer, ensure_ascii=False) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
