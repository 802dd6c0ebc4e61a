/**
 * A typed legacy row printed in another money unit than its layout row (`七、依申请公开信息收取的费用 | 元 | 200`
 * under the id `…fees.collected_10k_yuan`): the value stays as printed, and the reader is told, since the id
 * names the layout's unit (normalizeReport converts by the printed unit).
 */
import type { Diagnostic } from "../schema/common.js";
import type { LegacyRow } from "../schema/report.js";
import type { LegacyTemplate } from "../templates/legacy-types.js";

/** The money units whose mix-up changes a value ten-thousandfold. */
const MONEY_UNITS = new Set(["元", "万元"]);

/** The unit of the layout row a typed id stands for (`<template id>.<row id>[.<column>]`), if any. */
function layoutUnit(template: LegacyTemplate, id: string): string | null {
  const prefix = `${template.id}.`;
  if (!id.startsWith(prefix)) return null;
  const rest = id.slice(prefix.length);
  const row = template.rows.find((r) => rest === r.id || rest.startsWith(`${r.id}.`));
  return row?.unit ?? null;
}

/** The `legacy-unit-mismatch` warning of a typed row printed in 元 where its layout row counts 万元 (or back), or null. */
export function unitMismatch(template: LegacyTemplate, row: LegacyRow): Diagnostic | null {
  if (row.id === null) return null;
  const printed = row.unit ?? row.cell.unit ?? null;
  // Most rows print no money unit: the layout row is looked up only for those that do.
  if (printed === null || !MONEY_UNITS.has(printed)) return null;
  const expected = layoutUnit(template, row.id);
  if (expected === null || printed === expected || !MONEY_UNITS.has(expected)) return null;
  return {
    code: "legacy-unit-mismatch",
    severity: "warning",
    message: `Row “${row.label}” is printed in ${printed}, but ${row.id} counts ${expected}: its value ${row.cell.raw} is kept as printed (normalizeReport converts it by the printed unit).`,
    source: row.source,
    field: row.id,
    text: row.label,
  };
}
