/**
 * The synthetic people of the examples (identities only; each city's records say what
 * happened to them). Movers appear in the exports of two cities with the same identity.
 * Identity numbers have valid check characters (computed by @czt/domain).
 */
import { citizen, type Identity } from "../builders.js";

/** Moved from Changsha to Zhuzhou in 2025; his employee pension followed him (completed transfer). */
export const zhouZhiqiang = citizen({ name: "周志强", sex: "1", birthDate: "1975-04-18", ethnicity: "01", issuedAt: "430124", sequence: 31 });
/** Moved from Xiangtan to Changsha in October 2026; her medical insurance transfer is under way. */
export const yiXuemei = citizen({ name: "易雪梅", sex: "2", birthDate: "1993-01-25", ethnicity: "01", issuedAt: "430302", sequence: 28 });
/** Born on a leap day; moved from Xiangtan to Zhuzhou in 2026; his pension transfer was rejected. */
export const huHaitao = citizen({ name: "胡海涛", sex: "1", birthDate: "1984-02-29", ethnicity: "01", issuedAt: "430302", sequence: 11 });

// Changsha
export const chenGuilan = citizen({ name: "陈桂兰", sex: "2", birthDate: "1954-09-12", ethnicity: "01", issuedAt: "430103", sequence: 46 });
export const chenXiaojun = citizen({ name: "陈小军", sex: "1", birthDate: "1982-03-05", ethnicity: "01", issuedAt: "430103", sequence: 15 });
export const chenHao = citizen({ name: "陈浩", sex: "1", birthDate: "2012-06-20", ethnicity: "01", issuedAt: "430103", sequence: 33 });
export const xiangChunhua = citizen({ name: "向春花", sex: "2", birthDate: "1971-11-02", ethnicity: "15", issuedAt: "430123", sequence: 64 });
export const liYutong = citizen({ name: "李雨桐", sex: "2", birthDate: "2001-08-14", ethnicity: "15", issuedAt: "430181", sequence: 86 });
export const liMingxuan = citizen({ name: "李明轩", sex: "1", birthDate: "2009-03-27", ethnicity: "15", issuedAt: "430181", sequence: 51 });
export const wangDeming = citizen({ name: "王德明", sex: "1", birthDate: "1988-08-08", ethnicity: "01", issuedAt: "511621", sequence: 117 });
export const maimaitiAili = citizen({ name: "买买提·艾力", sex: "1", birthDate: "1993-05-21", ethnicity: "05", issuedAt: "650102", sequence: 37 });
/** A Hong Kong resident: her residence permit carries an 18-character number with address code 810000. */
export const chenKayan = citizen({
  name: "陈嘉欣",
  sex: "2",
  birthDate: "1991-02-14",
  issuedAt: "810000",
  sequence: 28,
  documents: (permitNumber) => [
    { type: "hmtResidencePermit", number: permitNumber },
    { type: "hmTravelPermit", number: "H10293847" },
  ],
});
export const katharinaBauer: Identity = {
  name: "Katharina Bauer",
  sex: "2",
  birthDate: "1987-10-03",
  nationality: "DEU",
  documents: [{ type: "passport", number: "C7K2M9P4R", issuingCountry: "DEU" }],
};
export const liWenjing = citizen({ name: "李文静", sex: "2", birthDate: "1980-12-03", ethnicity: "01", issuedAt: "430104", sequence: 82 });
export const pengQiuju = citizen({ name: "彭秋菊", sex: "2", birthDate: "1964-07-30", ethnicity: "01", issuedAt: "430121", sequence: 24 });
export const luoWeidong = citizen({ name: "罗卫东", sex: "1", birthDate: "1953-08-01", ethnicity: "01", issuedAt: "430105", sequence: 13 });
export const zhangFusheng = citizen({ name: "张福生", sex: "1", birthDate: "1947-02-11", ethnicity: "01", issuedAt: "430124", sequence: 17 });
export const liuSiyu = citizen({ name: "刘思雨", sex: "2", birthDate: "2016-04-09", ethnicity: "01", issuedAt: "430111", sequence: 62 });

// Zhuzhou
export const tanJianhua = citizen({ name: "谭建华", sex: "1", birthDate: "1971-09-17", ethnicity: "01", issuedAt: "430221", sequence: 35 });
export const panJinfeng = citizen({ name: "盘金凤", sex: "2", birthDate: "1968-05-03", ethnicity: "13", issuedAt: "430225", sequence: 46 });
export const zhaoDesheng = citizen({ name: "赵德胜", sex: "1", birthDate: "1965-12-19", ethnicity: "13", issuedAt: "430225", sequence: 17 });
export const zhaoXiaolong = citizen({ name: "赵小龙", sex: "1", birthDate: "2004-07-30", ethnicity: "13", issuedAt: "430225", sequence: 93 });
export const longYushan = citizen({ name: "龙玉山", sex: "1", birthDate: "1950-10-10", ethnicity: "06", issuedAt: "430281", sequence: 19 });
export const wuChangshun = citizen({ name: "吴长顺", sex: "1", birthDate: "1965-03-12", ethnicity: "12", issuedAt: "430223", sequence: 57 });
export const liuFang = citizen({ name: "刘芳", sex: "2", birthDate: "1986-06-06", ethnicity: "01", issuedAt: "430202", sequence: 26 });
export const zengXiuying = citizen({ name: "曾秀英", sex: "2", birthDate: "1949-03-01", ethnicity: "01", issuedAt: "430204", sequence: 20 });
export const zengZihan = citizen({ name: "曾子涵", sex: "2", birthDate: "2014-08-15", ethnicity: "01", issuedAt: "430204", sequence: 40 });
export const huangYonggui = citizen({ name: "黄永贵", sex: "1", birthDate: "1962-11-23", ethnicity: "01", issuedAt: "430221", sequence: 51 });
export const dengGuizhi = citizen({ name: "邓桂芝", sex: "2", birthDate: "1944-05-05", ethnicity: "01", issuedAt: "430203", sequence: 88 });

// Xiangtan
export const shiHongmei = citizen({ name: "石红梅", sex: "2", birthDate: "1979-10-08", ethnicity: "06", issuedAt: "430302", sequence: 42 });
export const shiJiayi = citizen({ name: "石佳怡", sex: "2", birthDate: "2007-03-18", ethnicity: "06", issuedAt: "430302", sequence: 66 });
export const tanZhigang = citizen({ name: "谭志刚", sex: "1", birthDate: "1969-06-30", ethnicity: "01", issuedAt: "430321", sequence: 71 });
export const zhouYulan = citizen({ name: "周玉兰", sex: "2", birthDate: "1971-02-02", ethnicity: "01", issuedAt: "430321", sequence: 82 });
export const heChun_e = citizen({ name: "贺春娥", sex: "2", birthDate: "1933-01-15", ethnicity: "01", issuedAt: "430382", sequence: 20 });
/** 𣵦 lies outside the Basic Multilingual Plane (U+23D66): names are counted in code points. */
export const liuSu = citizen({ name: "刘𣵦", sex: "1", birthDate: "1985-10-01", ethnicity: "01", issuedAt: "430381", sequence: 59 });
export const wangJianping = citizen({ name: "王建平", sex: "1", birthDate: "1960-07-07", ethnicity: "01", issuedAt: "430311", sequence: 13 });
export const pengDefu = citizen({ name: "彭德福", sex: "1", birthDate: "1938-12-02", ethnicity: "01", issuedAt: "430321", sequence: 35 });
