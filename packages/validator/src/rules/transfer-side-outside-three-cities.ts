import type { RecordRule } from "../rule.js";
import { cityCodes } from "./support/code-tables.js";
import type { TransferView } from "./support/record-view.js";
import { v1 } from "./support/versions.js";

/**
 * A side that refers to records of the dataset (an agency and enrolment, no `external`)
 * lies in Changsha, Zhuzhou or Xiangtan; a pooling region elsewhere is described as
 * `external`. 1.0 said this with a three-city enum on `city`; 1.1 widened `city` to any
 * division and says it here, because code generators (quicktype) read an enum inside an
 * `anyOf` branch as the property's own type and then reject every side outside the cities.
 */
export const transferSideOutsideThreeCitiesRule: RecordRule = {
  kind: "record",
  id: "transfer.side-outside-three-cities",
  severity: "error",
  category: "code",
  appliesTo: ["transfer"],
  versions: v1,
  title: { zh: "三市以外的一方须以 external 描述", en: "A side outside the three cities is described as external" },
  message: {
    zh: "{side}的统筹区 {division} 不在长沙、株洲、湘潭，却没有 external（外地经办机构与参保编号）",
    en: "The {side} pooling region {division} is outside Changsha, Zhuzhou and Xiangtan but the side has no external (outside agency and enrolment)",
  },
  guidance: {
    zh: "三市的一方用本数据集的经办机构（agency）和参保登记（enrolmentId）描述；三市以外的统筹区（如 440100 广州市）不在本数据集中，用 external 写明外地经办机构名称和该人在当地的参保编号。",
    en: "A side in the three cities names the dataset's agency and enrolment (agency, enrolmentId); a pooling region elsewhere (e.g. 440100 Guangzhou) is not in the dataset, so external names the outside agency and the person's enrolment there.",
  },
  paramSources: { division: { field: ["/from/city", "/to/city"] } },
  check(record, _context, emit) {
    // The rule applies to transfers only.
    const transfer = record as unknown as TransferView;
    const sides = [
      { side: transfer.from, pointer: "/from/city", params: { side: "from", "side.zh": "转出方", "side.en": "source" } },
      { side: transfer.to, pointer: "/to/city", params: { side: "to", "side.zh": "转入方", "side.en": "receiving" } },
    ];
    for (const { side, pointer, params } of sides) {
      if (side.external === undefined && !cityCodes.includes(side.city)) emit(pointer, { division: side.city, ...params });
    }
  },
};
