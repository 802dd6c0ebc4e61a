/** `run(argv, io)`: the whole `xxgk` command line, testable in-process. */
import { parseArgs } from "node:util";
import { VERSION } from "../version.js";
import { type Command, UsageError } from "./command.js";
import { COMMANDS } from "./commands.js";
import type { CliIO } from "./io.js";
import { writeText } from "./io.js";

/** Exit code for a bad command line or unusable input. */
export const EXIT_USAGE = 2;
/** Exit code for an unexpected internal error (a bug). */
export const EXIT_INTERNAL = 70;

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return `usage: xxgk <command> [options] [inputs...]

Government information-disclosure annual reports (政府信息公开工作年度报告) as typed, validated data.

Commands:
${list}

Options:
  -h, --help      help (also: xxgk <command> --help)
  -V, --version   print the version

Exit codes: 0 success, 1 findings of severity error (check; see its --fail-on), 2 unusable input or bad usage, 70 internal error.
`;
}

async function runCommand(command: Command, args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...command.options, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    await writeText(io.stdout, `${command.help.trimEnd()}\n`);
    return 0;
  }
  return command.run({ io, values, positionals });
}

/**
 * Runs the `xxgk` command line `argv` (without node and script) against `io`; resolves to the exit code.
 * Never throws: usage errors print to stderr and give 2, unexpected errors give 70.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      await writeText(io.stderr, mainHelp());
      return EXIT_USAGE;
    }
    if (first === "-h" || first === "--help" || first === "help") {
      const name = first === "help" ? rest[0] : undefined;
      const topic = name === undefined ? undefined : COMMANDS.find((c) => c.name === name);
      if (name !== undefined && !topic) throw new UsageError(`help: unknown command "${name}" (run xxgk --help)`);
      await writeText(io.stdout, topic ? `${topic.help.trimEnd()}\n` : mainHelp());
      return 0;
    }
    if (first === "-V" || first === "--version") {
      await writeText(io.stdout, `${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (!command) throw new UsageError(`unknown command "${first}" (run xxgk --help)`);
    try {
      return await runCommand(command, rest, io);
    } catch (error) {
      if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
        await writeText(
          io.stderr,
          `xxgk ${command.name}: ${(error as Error).message}\nsee: xxgk ${command.name} --help\n`,
        );
        return EXIT_USAGE;
      }
      throw error;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      await writeText(io.stderr, `xxgk: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    await writeText(io.stderr, `xxgk: internal error: ${message}\n`);
    return EXIT_INTERNAL;
  }
}
