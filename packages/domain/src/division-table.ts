/**
 * Dated GB/T 2260 administrative division codes: every county-level code of Changsha,
 * Zhuzhou and Xiangtan that has been in force (current and retired), the three cities,
 * and the province-level prefixes for the rest of China.
 *
 * Source: GB/T 2260 "Codes for the administrative divisions of the People's Republic of
 * China" and its yearly updates by the Ministry of Civil Affairs, as summarised in the
 * project's domain reference (§4, "GB/T 2260 division codes of the three cities"). No changes to
 * 4301/4302/4303 between the 2021 and 2024 editions.
 *
 * Dates: `validFrom` is the first day a code is in force, `validUntil` the first day it
 * is no longer in force (exclusive), so a replacement's `validFrom` equals its
 * predecessor's `validUntil`. An absent `validFrom` means "in force since before the
 * earliest change this table tracks". Where the reference gives only the year of a
 * change, the date is 1 January of that year and `approximate` is set; validity checks
 * then accept both the old and the new code for the whole year of the change.
 *
 * From 1980: the first-generation identity cards (issued 1984–1989) carry the codes in
 * force then, and an address code is never updated, so those codes must stay known for
 * life. The 1983–1989 codes (醴陵, 湘乡, 韶山) and the 1983 date at which the counties of
 * the former 湘潭地区 joined the three cities (before that their codes were 4321xx, outside
 * this table and checked by the Hunan prefix) come from domain reference §10 ("Division
 * codes in force 1983–1989", marked [std: yearly GB/T 2260 lists]); the confidence of
 * each date is given where it is less than that.
 */

export type CityCode = "430100" | "430200" | "430300";
export type DivisionLevel = "province" | "city" | "county";

export interface DivisionRecord {
  /** Six-digit GB/T 2260 code. */
  readonly code: string;
  /** Official Chinese name. */
  readonly name: string;
  /** English name (pinyin with the kind of division). */
  readonly nameEn: string;
  readonly level: DivisionLevel;
  /** The city of the agglomeration the division belongs to, if any. */
  readonly city?: CityCode;
  /** First day in force (inclusive); absent: before the earliest tracked change. */
  readonly validFrom?: string;
  /** First day no longer in force (exclusive); absent: still in force. */
  readonly validUntil?: string;
  /** The code that took over the area when this one was retired. */
  readonly replacedBy?: string;
  /** The boundary dates are known to the year only (1 January is a placeholder). */
  readonly approximate?: boolean;
}

const changsha = "430100" as const;
const zhuzhou = "430200" as const;
const xiangtan = "430300" as const;

/** County-level and city-level codes of the three cities, current and retired. */
export const agglomerationDivisions: readonly DivisionRecord[] = [
  // Changsha 长沙市
  { code: "430100", name: "长沙市", nameEn: "Changsha City", level: "city", city: changsha },
  // 430102–430111 were the old 东/南/西/北/郊 districts until the 1996 reorganisation, then
  // reused for the new districts (domain.md §4; the day of the change is not verified).
  { code: "430102", name: "东区", nameEn: "Dong District", level: "county", city: changsha, validUntil: "1996-01-01", approximate: true },
  { code: "430103", name: "南区", nameEn: "Nan District", level: "county", city: changsha, validUntil: "1996-01-01", approximate: true },
  { code: "430104", name: "西区", nameEn: "Xi District", level: "county", city: changsha, validUntil: "1996-01-01", approximate: true },
  { code: "430105", name: "北区", nameEn: "Bei District", level: "county", city: changsha, validUntil: "1996-01-01", approximate: true },
  { code: "430111", name: "郊区", nameEn: "Suburban District", level: "county", city: changsha, validUntil: "1996-01-01", approximate: true },
  { code: "430102", name: "芙蓉区", nameEn: "Furong District", level: "county", city: changsha, validFrom: "1996-01-01", approximate: true },
  { code: "430103", name: "天心区", nameEn: "Tianxin District", level: "county", city: changsha, validFrom: "1996-01-01", approximate: true },
  { code: "430104", name: "岳麓区", nameEn: "Yuelu District", level: "county", city: changsha, validFrom: "1996-01-01", approximate: true },
  { code: "430105", name: "开福区", nameEn: "Kaifu District", level: "county", city: changsha, validFrom: "1996-01-01", approximate: true },
  { code: "430111", name: "雨花区", nameEn: "Yuhua District", level: "county", city: changsha, validFrom: "1996-01-01", approximate: true },
  { code: "430112", name: "望城区", nameEn: "Wangcheng District", level: "county", city: changsha, validFrom: "2011-01-01", approximate: true },
  { code: "430121", name: "长沙县", nameEn: "Changsha County", level: "county", city: changsha },
  { code: "430122", name: "望城县", nameEn: "Wangcheng County", level: "county", city: changsha, validUntil: "2011-01-01", replacedBy: "430112", approximate: true },
  // 浏阳 and 宁乡 joined Changsha from 湘潭地区 when it was dissolved in 1983 (fairly sure:
  // the year of the 湘潭地区 dissolution, domain reference §10; the month is not tracked).
  { code: "430123", name: "浏阳县", nameEn: "Liuyang County", level: "county", city: changsha, validFrom: "1983-01-01", validUntil: "1993-01-01", replacedBy: "430181", approximate: true },
  { code: "430124", name: "宁乡县", nameEn: "Ningxiang County", level: "county", city: changsha, validFrom: "1983-01-01", validUntil: "2017-01-01", replacedBy: "430182", approximate: true },
  { code: "430181", name: "浏阳市", nameEn: "Liuyang City", level: "county", city: changsha, validFrom: "1993-01-01", approximate: true },
  { code: "430182", name: "宁乡市", nameEn: "Ningxiang City", level: "county", city: changsha, validFrom: "2017-01-01", approximate: true },

  // Zhuzhou 株洲市
  { code: "430200", name: "株洲市", nameEn: "Zhuzhou City", level: "city", city: zhuzhou },
  // 东区/北区/南区/郊区 used 430202/430203/430204/430211 until 1996, then the codes were
  // reused for the new districts (domain reference §10, [std]). Dated like Changsha's 1996
  // change; some local accounts put Zhuzhou's renaming in 1997 (unsure: only the names
  // differ, the codes are in force either way).
  { code: "430202", name: "东区", nameEn: "Dong District", level: "county", city: zhuzhou, validUntil: "1996-01-01", approximate: true },
  { code: "430203", name: "北区", nameEn: "Bei District", level: "county", city: zhuzhou, validUntil: "1996-01-01", approximate: true },
  { code: "430204", name: "南区", nameEn: "Nan District", level: "county", city: zhuzhou, validUntil: "1996-01-01", approximate: true },
  { code: "430211", name: "郊区", nameEn: "Suburban District", level: "county", city: zhuzhou, validUntil: "1996-01-01", approximate: true },
  { code: "430202", name: "荷塘区", nameEn: "Hetang District", level: "county", city: zhuzhou, validFrom: "1996-01-01", approximate: true },
  { code: "430203", name: "芦淞区", nameEn: "Lusong District", level: "county", city: zhuzhou, validFrom: "1996-01-01", approximate: true },
  { code: "430204", name: "石峰区", nameEn: "Shifeng District", level: "county", city: zhuzhou, validFrom: "1996-01-01", approximate: true },
  { code: "430211", name: "天元区", nameEn: "Tianyuan District", level: "county", city: zhuzhou, validFrom: "1996-01-01", approximate: true },
  { code: "430212", name: "渌口区", nameEn: "Lukou District", level: "county", city: zhuzhou, validFrom: "2018-01-01", approximate: true },
  { code: "430221", name: "株洲县", nameEn: "Zhuzhou County", level: "county", city: zhuzhou, validUntil: "2018-01-01", replacedBy: "430212", approximate: true },
  // 攸县, 茶陵县, 酃县 and 醴陵县 joined Zhuzhou from 湘潭地区 in 1983 (fairly sure, as for
  // 浏阳/宁乡). 株洲县's start is not dated here (unsure whether 430221 predates 1983).
  { code: "430223", name: "攸县", nameEn: "You County", level: "county", city: zhuzhou, validFrom: "1983-01-01", approximate: true },
  { code: "430224", name: "茶陵县", nameEn: "Chaling County", level: "county", city: zhuzhou, validFrom: "1983-01-01", approximate: true },
  // 430225 was 酃县 until 1994, then renamed 炎陵县 under the same code.
  { code: "430225", name: "酃县", nameEn: "Ling County", level: "county", city: zhuzhou, validFrom: "1983-01-01", validUntil: "1994-01-01", approximate: true },
  { code: "430225", name: "炎陵县", nameEn: "Yanling County", level: "county", city: zhuzhou, validFrom: "1994-01-01", approximate: true },
  // 醴陵: county 430222 (1983–84), city 430219 (1985), city administered by the province
  // 439001 (1986–89, the 4390xx block of Hunan's provincially administered cities; the
  // city is entrusted to Zhuzhou, so it counts as Zhuzhou here), then 430281 (domain
  // reference §10, [std]; years only). 430281's start in 1990 follows from 439001's end.
  { code: "430222", name: "醴陵县", nameEn: "Liling County", level: "county", city: zhuzhou, validFrom: "1983-01-01", validUntil: "1985-01-01", replacedBy: "430219", approximate: true },
  { code: "430219", name: "醴陵市", nameEn: "Liling City", level: "county", city: zhuzhou, validFrom: "1985-01-01", validUntil: "1986-01-01", replacedBy: "439001", approximate: true },
  { code: "439001", name: "醴陵市", nameEn: "Liling City", level: "county", city: zhuzhou, validFrom: "1986-01-01", validUntil: "1990-01-01", replacedBy: "430281", approximate: true },
  { code: "430281", name: "醴陵市", nameEn: "Liling City", level: "county", city: zhuzhou, validFrom: "1990-01-01", approximate: true },

  // Xiangtan 湘潭市; the 1992 reorganisation retired three districts (successors not
  // recorded in the reference, so `replacedBy` is left out).
  { code: "430300", name: "湘潭市", nameEn: "Xiangtan City", level: "city", city: xiangtan },
  { code: "430302", name: "雨湖区", nameEn: "Yuhu District", level: "county", city: xiangtan },
  { code: "430303", name: "湘江区", nameEn: "Xiangjiang District", level: "county", city: xiangtan, validUntil: "1992-01-01", approximate: true },
  { code: "430304", name: "岳塘区", nameEn: "Yuetang District", level: "county", city: xiangtan },
  { code: "430305", name: "板塘区", nameEn: "Bantang District", level: "county", city: xiangtan, validUntil: "1992-01-01", approximate: true },
  { code: "430311", name: "郊区", nameEn: "Suburban District", level: "county", city: xiangtan, validUntil: "1992-01-01", approximate: true },
  // 湘潭县 and 湘乡县 joined Xiangtan from 湘潭地区 in 1983 (fairly sure, as for 浏阳/宁乡).
  { code: "430321", name: "湘潭县", nameEn: "Xiangtan County", level: "county", city: xiangtan, validFrom: "1983-01-01", approximate: true },
  // 湘乡: county 430322 (1983–85), city administered by the province 439002 (1986–89),
  // then 430381 (domain reference §10, [std]; years only).
  { code: "430322", name: "湘乡县", nameEn: "Xiangxiang County", level: "county", city: xiangtan, validFrom: "1983-01-01", validUntil: "1986-01-01", replacedBy: "439002", approximate: true },
  { code: "439002", name: "湘乡市", nameEn: "Xiangxiang City", level: "county", city: xiangtan, validFrom: "1986-01-01", validUntil: "1990-01-01", replacedBy: "430381", approximate: true },
  { code: "430381", name: "湘乡市", nameEn: "Xiangxiang City", level: "county", city: xiangtan, validFrom: "1990-01-01", approximate: true },
  // 韶山: a district of Xiangtan under 430312 (1984–87) and 430306 (1988–89) (domain
  // reference §10, [std]; years only), then the city 韶山市 430382, whose start in 1990
  // follows from 430306's end. The city is often dated to late 1990 (unsure to the month):
  // the table accepts both 430306 and 430382 throughout 1990.
  { code: "430312", name: "韶山区", nameEn: "Shaoshan District", level: "county", city: xiangtan, validFrom: "1984-01-01", validUntil: "1988-01-01", replacedBy: "430306", approximate: true },
  { code: "430306", name: "韶山区", nameEn: "Shaoshan District", level: "county", city: xiangtan, validFrom: "1988-01-01", validUntil: "1990-01-01", replacedBy: "430382", approximate: true },
  { code: "430382", name: "韶山市", nameEn: "Shaoshan City", level: "county", city: xiangtan, validFrom: "1990-01-01", approximate: true },
];

/**
 * Province-level divisions (first two digits of any code), GB/T 2260. 83 is not a
 * GB/T 2260 code: it is the address code of residence permits for Taiwan residents
 * (830000), used alongside 810000 Hong Kong and 820000 Macao.
 */
export const provinces: readonly DivisionRecord[] = [
  { code: "110000", name: "北京市", nameEn: "Beijing", level: "province" },
  { code: "120000", name: "天津市", nameEn: "Tianjin", level: "province" },
  { code: "130000", name: "河北省", nameEn: "Hebei", level: "province" },
  { code: "140000", name: "山西省", nameEn: "Shanxi", level: "province" },
  { code: "150000", name: "内蒙古自治区", nameEn: "Inner Mongolia", level: "province" },
  { code: "210000", name: "辽宁省", nameEn: "Liaoning", level: "province" },
  { code: "220000", name: "吉林省", nameEn: "Jilin", level: "province" },
  { code: "230000", name: "黑龙江省", nameEn: "Heilongjiang", level: "province" },
  { code: "310000", name: "上海市", nameEn: "Shanghai", level: "province" },
  { code: "320000", name: "江苏省", nameEn: "Jiangsu", level: "province" },
  { code: "330000", name: "浙江省", nameEn: "Zhejiang", level: "province" },
  { code: "340000", name: "安徽省", nameEn: "Anhui", level: "province" },
  { code: "350000", name: "福建省", nameEn: "Fujian", level: "province" },
  { code: "360000", name: "江西省", nameEn: "Jiangxi", level: "province" },
  { code: "370000", name: "山东省", nameEn: "Shandong", level: "province" },
  { code: "410000", name: "河南省", nameEn: "Henan", level: "province" },
  { code: "420000", name: "湖北省", nameEn: "Hubei", level: "province" },
  { code: "430000", name: "湖南省", nameEn: "Hunan", level: "province" },
  { code: "440000", name: "广东省", nameEn: "Guangdong", level: "province" },
  { code: "450000", name: "广西壮族自治区", nameEn: "Guangxi", level: "province" },
  // Hainan became a province on 1988-04-13 and Chongqing a municipality on 1997-03-14.
  { code: "460000", name: "海南省", nameEn: "Hainan", level: "province", validFrom: "1988-04-13" },
  { code: "500000", name: "重庆市", nameEn: "Chongqing", level: "province", validFrom: "1997-03-14" },
  { code: "510000", name: "四川省", nameEn: "Sichuan", level: "province" },
  { code: "520000", name: "贵州省", nameEn: "Guizhou", level: "province" },
  { code: "530000", name: "云南省", nameEn: "Yunnan", level: "province" },
  { code: "540000", name: "西藏自治区", nameEn: "Tibet", level: "province" },
  { code: "610000", name: "陕西省", nameEn: "Shaanxi", level: "province" },
  { code: "620000", name: "甘肃省", nameEn: "Gansu", level: "province" },
  { code: "630000", name: "青海省", nameEn: "Qinghai", level: "province" },
  { code: "640000", name: "宁夏回族自治区", nameEn: "Ningxia", level: "province" },
  { code: "650000", name: "新疆维吾尔自治区", nameEn: "Xinjiang", level: "province" },
  { code: "710000", name: "台湾省", nameEn: "Taiwan", level: "province" },
  { code: "810000", name: "香港特别行政区", nameEn: "Hong Kong SAR", level: "province" },
  { code: "820000", name: "澳门特别行政区", nameEn: "Macao SAR", level: "province" },
  { code: "830000", name: "台湾居民居住证", nameEn: "Taiwan residents (residence permit)", level: "province" },
];
