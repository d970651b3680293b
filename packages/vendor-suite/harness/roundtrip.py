"""Round-trips example records through the quicktype-generated Python types: each record is
read into its typed class (`*_from_dict`) and written back (`*_to_dict`).
Usage: python3 roundtrip.py SOURCE TARGET (prints the number of records)."""
import json
import sys

import czt_types as model

CONVERTERS = {
    "person": (model.person_from_dict, model.person_to_dict),
    "enrolment": (model.enrolment_from_dict, model.enrolment_to_dict),
    "transfer": (model.transfer_from_dict, model.transfer_to_dict),
    "assistance": (model.assistance_from_dict, model.assistance_to_dict),
    "header": (model.json_lines_header_from_dict, model.json_lines_header_to_dict),
}


def round_trip(record):
    parse, serialise = CONVERTERS[record["recordType"]]
    return serialise(parse(record))


def main(source, target):
    count = 0
    with open(source, encoding="utf-8") as reader, open(target, "w", encoding="utf-8") as writer:
        if source.endswith(".jsonl"):
            for line in reader:
                if line.strip():
                    writer.write(json.dumps(round_trip(json.loads(line)), ensure_ascii=False) + "\n")
                    count += 1
        else:
            package = json.load(reader)
            package["records"] = [round_trip(record) for record in package["records"]]
            count = len(package["records"])
            json.dump(package, writer, ensure_ascii=False)
    print(count)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
