import type { RecordRule } from "../rule.js";
import type { AssistanceCareView } from "./support/care-record-views.js";

/** `categories` is new in 1.1. */
const fromV11: readonly string[] = ["1.1"];

/**
 * 1.1 lists every 优抚 category a person is in (`categories`) next to 1.0's single
 * `category`, which stays as the main one (the category the payment is made under). The
 * main category is one of the listed ones: otherwise one of the two fields is wrong, and a
 * reader of 1.0 and a reader of 1.1 see different people.
 */
export const assistanceSpecialCareMainCategoryRule: RecordRule = {
  kind: "record",
  id: "assistance.special-care-main-category",
  severity: "error",
  category: "code",
  appliesTo: ["assistance"],
  versions: fromV11,
  title: { zh: "优抚主类别在类别列表中", en: "Main special-care category among the categories" },
  message: {
    zh: "优抚主类别 {category} 不在类别列表 {categories} 中",
    en: "The main special-care category {category} is not among the categories {categories}",
  },
  guidance: {
    zh: "specialCare.category 是发放所依据的主类别（1.0 的唯一类别），specialCare.categories 列出此人的全部优抚类别（1.1）。同时给出时，主类别须是列表中的一项：请补入列表或更正主类别。",
    en: "specialCare.category is the main category the payment is made under (1.0's only one); specialCare.categories lists every category of the person (1.1). When both are given, the main one is among the list: add it to the list or correct the main category.",
  },
  paramSources: { category: { field: "/specialCare/category", codeList: "specialCareCategory" } },
  check(record, _context, emit) {
    const care = (record as unknown as AssistanceCareView).specialCare;
    const category = care?.category;
    const categories = care?.categories;
    if (category === undefined || categories === undefined || categories.includes(category)) return;
    emit("/specialCare/category", { category, categories: categories.join(", ") });
  },
};
