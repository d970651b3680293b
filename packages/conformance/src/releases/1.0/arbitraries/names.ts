// Frozen with release 1.0 of the standard: a copy of src/arbitraries/names.ts as released. Do not edit (see ../index.ts).
import fc from "fast-check";

const surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "彭", "谭", "曾", "欧阳", "罗", "易", "龙", "向"];
const givenCharacters = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "湘", "潭", "株", "岳", "麓"];

/** A realistic Han name: a common (Hunan-weighted) surname and one or two given characters. */
export function nameArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...surnames), fc.array(fc.constantFrom(...givenCharacters), { minLength: 1, maxLength: 2 }))
    .map(([surname, given]) => surname + given.join(""));
}
