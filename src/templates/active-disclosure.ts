/** Table 二 (主动公开政府信息情况): the 2021 and 2019 layouts differ completely in their columns. */
import type { BlockTemplate, ColumnTemplate, TableTemplate } from "./types.js";

const block = (id: string, item: string, header: string[]): BlockTemplate => ({
  id,
  labels: [`第二十条第（${item}）项`],
  header: ["信息内容", ...header],
});
const col = (id: string, labels: string[], kind: ColumnTemplate["kind"] = "count"): ColumnTemplate => ({
  id,
  labels,
  kind,
});

const DECISIONS_2021 = [col("decisions", ["本年处理决定数量", "处理决定数量"])];
const DOCS_2021 = [
  col("issued", ["本年制发件数"]),
  col("repealed", ["本年废止件数", "本年度止件数"]),
  col("in_force", ["现行有效件数"]),
];

/** Table 二, 2021 layout: 10 value cells in four blocks. */
export const ACTIVE_DISCLOSURE_2021: TableTemplate = {
  id: "active_disclosure",
  number: "二",
  title: "主动公开政府信息情况",
  layout: "rows",
  groups: [],
  blocks: [
    block("art20_1", "一", ["本年制发件数", "本年废止件数", "现行有效件数"]),
    block("art20_5", "五", ["本年处理决定数量"]),
    block("art20_6", "六", ["本年处理决定数量"]),
    block("art20_8", "八", ["本年收费金额（单位：万元）"]),
  ],
  rows: [
    { id: "regulations", labels: ["规章"], groups: [], block: "art20_1", columns: DOCS_2021 },
    {
      id: "normative_documents",
      labels: ["行政规范性文件", "规范性文件"],
      groups: [],
      block: "art20_1",
      columns: DOCS_2021,
    },
    { id: "licensing", labels: ["行政许可"], groups: [], block: "art20_5", columns: DECISIONS_2021 },
    { id: "penalty", labels: ["行政处罚"], groups: [], block: "art20_6", columns: DECISIONS_2021 },
    { id: "coercion", labels: ["行政强制"], groups: [], block: "art20_6", columns: DECISIONS_2021 },
    {
      id: "fees",
      labels: ["行政事业性收费"],
      groups: [],
      block: "art20_8",
      columns: [col("amount_10k_yuan", ["本年收费金额（单位：万元）"], "amount")],
    },
  ],
  headerLabels: [
    "信息内容",
    "本年制发件数",
    "本年废止件数",
    "本年度止件数",
    "现行有效件数",
    "本年处理决定数量",
    "本年收费金额（单位：万元）",
  ],
};

const DOCS_2019 = [
  col("newly_made", ["本年新制作数量", "本年新制作"]),
  col("newly_published", ["本年新公开数量", "本年新公开"]),
  col("total_published", ["对外公开总数量"]),
];
/** The 2019 item blocks' columns, with the wordings sites give their heads (上年项目数量, 比上年增减 …). */
const ITEMS_2019 = [
  col("prev_year_items", [
    "上一年项目数量",
    "上年项目数量",
    "上年度项目数量",
    "上一年度项目数量",
    "去年项目数量",
    "上一年项目数",
    "上年项目数",
    "去年项目数",
  ]),
  col(
    "items_change",
    ["本年增/减", "本年增减", "增/减", "增减", "比上年增减", "本年增减数", "本年增加/减少", "增加/减少"],
    "signed",
  ),
  col("decisions", ["处理决定数量"]),
];

/** Table 二, 2019 trial layout: 22 value cells in five blocks. */
export const ACTIVE_DISCLOSURE_2019: TableTemplate = {
  id: "active_disclosure",
  number: "二",
  title: "主动公开政府信息情况",
  layout: "rows",
  groups: [],
  blocks: [
    block("art20_1", "一", ["本年新制作数量", "本年新公开数量", "对外公开总数量"]),
    block("art20_5", "五", ["上一年项目数量", "本年增/减", "处理决定数量"]),
    block("art20_6", "六", ["上一年项目数量", "本年增/减", "处理决定数量"]),
    block("art20_8", "八", ["上一年项目数量", "本年增/减"]),
    block("art20_9", "九", ["采购项目数量", "采购总金额"]),
  ],
  rows: [
    { id: "regulations", labels: ["规章"], groups: [], block: "art20_1", columns: DOCS_2019 },
    {
      id: "normative_documents",
      labels: ["规范性文件", "行政规范性文件"],
      groups: [],
      block: "art20_1",
      columns: DOCS_2019,
    },
    { id: "licensing", labels: ["行政许可"], groups: [], block: "art20_5", columns: ITEMS_2019 },
    { id: "other_services", labels: ["其他对外管理服务事项"], groups: [], block: "art20_5", columns: ITEMS_2019 },
    { id: "penalty", labels: ["行政处罚"], groups: [], block: "art20_6", columns: ITEMS_2019 },
    { id: "coercion", labels: ["行政强制"], groups: [], block: "art20_6", columns: ITEMS_2019 },
    { id: "fees", labels: ["行政事业性收费"], groups: [], block: "art20_8", columns: ITEMS_2019.slice(0, 2) },
    {
      id: "procurement",
      labels: ["政府集中采购"],
      groups: [],
      block: "art20_9",
      columns: [col("projects", ["采购项目数量"]), col("amount", ["采购总金额"], "amount")],
    },
  ],
  headerLabels: [
    "信息内容",
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "采购项目数量",
    "采购总金额",
  ],
};
