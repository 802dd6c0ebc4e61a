/**
 * The labels both gb layouts print that no pre-2019 statistics table does (`Template.markers`): Table 三's first
 * row and head, Table 二's block heading (第二十条第（一）项) and head, Table 四's head.
 */
export const GB_COMMON_MARKERS: readonly string[] = Object.freeze([
  "本年新收政府信息公开申请数量",
  "申请人情况",
  "第二十条第",
  "结果维持",
  "信息内容",
]);
