import { describe, expect, it } from "vitest";
import { allTextKeys, defaultLang, t } from "../src/texts.js";

describe("the page's texts", () => {
  it("has every text in Chinese and in English, and they differ (nothing left untranslated)", () => {
    for (const key of allTextKeys()) {
      expect(t("zh", key), key).not.toBe("");
      expect(t("en", key), key).not.toBe("");
      expect(t("zh", key), key).not.toBe(t("en", key));
    }
  });

  it("starts in Chinese when the browser prefers it, else in English", () => {
    expect(defaultLang(["zh-CN", "en"])).toBe("zh");
    expect(defaultLang(["zh-TW"])).toBe("zh");
    expect(defaultLang(["en-US", "zh-CN"])).toBe("en");
    expect(defaultLang([])).toBe("en");
  });

  it("fills placeholders", () => {
    expect(t("en", "shown", { shown: 3, total: 10 })).toBe("3 of 10 shown");
    expect(t("zh", "shown", { shown: 3, total: 10 })).toBe("显示 3 / 10 条");
  });
});
