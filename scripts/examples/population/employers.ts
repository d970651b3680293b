/** Employers of the examples (synthetic credit codes; old enterprises keep their pre-2015 numeric bodies). */
import { employer } from "../agencies.js";

export const yueluPrecision = employer("91", "430104", "18376425", "长沙岳麓精工机械有限公司");
export const xingchengConstruction = employer("91", "430111", "MA4L1N7Q", "长沙星城建设工程有限公司");
export const siluCatering = employer("91", "430105", "MA4LB2K8", "长沙丝路餐饮管理有限公司");
export const xiangjiangData = employer("91", "430104", "MA4M0R3T", "长沙湘江数据服务有限公司");
export const luguIntelligent = employer("91", "430104", "MA4P6H2W", "长沙麓谷智能科技有限公司");
export const fenglinSchool = employer("12", "430104", "44488163", "长沙市岳麓区枫林中学");
export const thirdTextile = employer("91", "430105", "18390215", "长沙第三纺织厂");
export const furongTax = employer("91", "430102", "MA4PC8J1", "长沙芙蓉财税咨询有限公司");
export const tianyuanRail = employer("91", "430211", "18441736", "株洲天元轨道装备有限公司");
export const shifengSmelting = employer("91", "430204", "18452037", "株洲石峰冶炼有限公司");
export const hetangCeramics = employer("91", "430202", "32041876", "株洲荷塘陶瓷有限公司");
export const lusongApparel = employer("91", "430203", "MA4LR5E9", "株洲芦淞服饰有限公司");
export const yuetangMotor = employer("91", "430304", "MA4L2T6W", "湘潭岳塘电机有限公司");
export const yuhuSteel = employer("91", "430302", "18427351", "湘潭雨湖钢构有限公司");
export const jinshiBuilding = employer("91", "430381", "MA4M5B3Y", "湘乡市金石建材有限公司");
export const xiangtanCable = employer("91", "430304", "18440722", "湘潭电缆厂");
