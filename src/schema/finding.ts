import { z } from "zod";
import { CellStatusSchema, SeveritySchema, SourcePositionSchema } from "./common.js";

/** One value a rule used: its field id, official labels, value and where it was read. */
export const OperandSchema = z
  .object({
    field: z.string().describe("Field id (fields.tsv, or a legacy / normalized id)."),
    label: z.string().describe("Official row / column labels, e.g. 三、（七）总计 / 自然人."),
    value: z.number().nullable().describe("Value used (null when the cell is absent or not a number)."),
    status: z.union([CellStatusSchema, z.literal("absent")]).describe("Cell status, or `absent`."),
    assumedZero: z
      .boolean()
      .optional()
      .describe("True when a blank was taken as 0 (lenient mode), or a dash in a warning that holds if dashes are 0."),
    source: SourcePositionSchema.optional(),
    report: z.number().int().min(0).optional().describe("For cross-year rules: 0 = older report, 1 = newer."),
  })
  .describe("An operand of a rule.");
/** An operand of a rule. */
export type Operand = z.infer<typeof OperandSchema>;

/** A validation finding: a stable rule id, severity, bilingual message and the cells involved. */
export const FindingSchema = z
  .object({
    rule: z.string().describe("Stable rule id, e.g. T3-BAL, NARR-RECEIVED, META-DATE (see README reference)."),
    severity: SeveritySchema,
    message: z
      .object({ zh: z.string(), en: z.string() })
      .describe("Message in Chinese and English, naming the official row and column labels."),
    expected: z.number().nullable().describe("Value the rule expected, when numeric."),
    actual: z.number().nullable().describe("Value found, when numeric."),
    delta: z.number().nullable().describe("actual − expected, when both are numeric."),
    operands: z.array(OperandSchema).describe("Every value the rule used."),
    source: SourcePositionSchema.optional().describe("Where to look first (the checked cell or sentence)."),
    suggestion: z
      .object({
        field: z.string().describe("Field id of the cell."),
        value: z.number().describe("The value that would mend every identity of the group."),
      })
      .optional()
      .describe(
        "When several identities fail together and one cell is in all of them: the value of that cell that mends them all and breaks none that holds (a hint, never applied).",
      ),
  })
  .describe("A validation finding.");
/** A validation finding. */
export type Finding = z.infer<typeof FindingSchema>;
