/**
 * Known ways one body's name is written (formal name vs the usual short form), as data for X-BODY: a
 * report of 洪泽区政府办公室 and one of 洪泽区人民政府办公室 are of the same body, as are 太康县卫健委 and
 * 太康县卫生健康委员会. Each alias names a full form and the short form it is written as; names are
 * compared after every full form is rewritten to its short form.
 */

/** A full form of a body's name and the short form it is also written as. */
export interface BodyAlias {
  /** The formal wording, e.g. 卫生健康委员会. */
  full: string;
  /** The usual short form, e.g. 卫健委. */
  short: string;
}

/**
 * The known aliases, longest full form first so that 卫生健康委员会 is rewritten before 卫生健康委. Only
 * whole name parts of one body: a region (淮安市 vs 洪泽区) is never an alias.
 */
export const BODY_ALIASES: readonly BodyAlias[] = [
  { full: "人力资源和社会保障局", short: "人社局" },
  { full: "发展和改革委员会", short: "发改委" },
  { full: "住房和城乡建设局", short: "住建局" },
  { full: "卫生健康委员会", short: "卫健委" },
  { full: "发展改革委员会", short: "发改委" },
  { full: "市场监督管理局", short: "市场监管局" },
  { full: "卫生健康委", short: "卫健委" },
  { full: "发展改革委", short: "发改委" },
  { full: "人民政府", short: "政府" },
];

/** A normalised body name with every known full form rewritten to its short form (洪泽区人民政府 → 洪泽区政府). */
export function aliasKey(name: string, aliases: readonly BodyAlias[] = BODY_ALIASES): string {
  let key = name;
  for (const { full, short } of aliases) if (key.includes(full)) key = key.replaceAll(full, short);
  return key;
}
