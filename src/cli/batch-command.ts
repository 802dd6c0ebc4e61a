/** The part every batch command shares: collect inputs, run a task over them, report failures on stderr. */
import { runBatch } from "./batch.js";
import { type CommandContext, jobsOf, UsageError } from "./command.js";
import { collectInputs, type InputItem } from "./files.js";
import { writeText } from "./io.js";
import type { TaskName, TaskOptions, TaskValue } from "./tasks.js";

/** How a batch command went. */
export interface BatchCommandResult {
  /** Documents found. */
  total: number;
  /** Documents that gave a value. */
  succeeded: number;
  /** Inputs that yielded nothing plus documents that failed. */
  failed: number;
  /** Whether the command line named several documents (see BatchCommandRequest.options). */
  several: boolean;
}

/** What a batch command asks for. */
export interface BatchCommandRequest {
  /** Command name (for messages). */
  name: string;
  /** Task to run on each document. */
  task: TaskName;
  /**
   * Task options; `several` says whether the command line names several documents (more than one input, or
   * a folder, glob or `-`), whatever number of files they matched.
   */
  options: (items: readonly InputItem[], several: boolean) => TaskOptions;
  /** Keep a document given twice (two-report diff); by default it is processed once. */
  keepDuplicates?: boolean;
  /**
   * Called once the inputs are expanded, before anything is written: may reject the command line (throw a
   * UsageError) from the documents found and the number of inputs that yielded problems.
   */
  accept?: (items: readonly InputItem[], problems: number) => void;
  /** Called once the documents are known and before any result (e.g. to write a header). */
  start?: (items: readonly InputItem[], several: boolean) => Promise<void> | void;
  /** Receives each successful value in input order. */
  onValue: (item: InputItem, value: TaskValue, index: number) => Promise<void> | void;
}

/**
 * Collects the positional inputs, runs the task (in parallel per `--jobs`, output in input order), writes
 * `xxgk <name>: <path>: <reason>` on stderr for every input or document that failed, and a count line at the
 * end when some did. One bad document never stops the batch.
 */
export async function runBatchCommand(ctx: CommandContext, request: BatchCommandRequest): Promise<BatchCommandResult> {
  const { io, values, positionals } = ctx;
  if (positionals.length === 0) throw new UsageError("no input given (files, folders, globs or - for stdin)");
  const jobs = jobsOf(values, io.defaultJobs ?? 1);
  const { items, problems, several } = await collectInputs(positionals, io.cwd, {
    keepDuplicates: request.keepDuplicates === true,
  });
  if (items.filter((i) => i.file === null).length > 1) throw new UsageError("stdin (-) can be read only once");
  request.accept?.(items, problems.length);
  for (const p of problems) await writeText(io.stderr, `xxgk ${request.name}: ${p.input}: ${p.reason}\n`);
  await request.start?.(items, several);
  let succeeded = 0;
  const summary = await runBatch(
    {
      items,
      task: request.task,
      options: request.options(items, several),
      jobs,
      quiet: values.quiet === true,
      onResult: async (item, outcome, index) => {
        if (outcome.ok) {
          succeeded++;
          await request.onValue(item, outcome.value, index);
        } else await writeText(io.stderr, `xxgk ${request.name}: ${item.path}: ${outcome.reason}\n`);
      },
    },
    io,
  );
  const failed = problems.length + summary.failed;
  if (failed > 0 && items.length + problems.length > 1) {
    await writeText(io.stderr, `xxgk ${request.name}: ${failed} of ${items.length + problems.length} inputs failed\n`);
  }
  return { total: items.length, succeeded, failed, several };
}
