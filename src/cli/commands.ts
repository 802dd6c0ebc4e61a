/** The registry of `xxgk` commands, in the order `--help` lists them. */
import type { Command } from "./command.js";
import { schemaCommand } from "./commands-schema.js";

/** Every registered command. */
export const COMMANDS: readonly Command[] = [schemaCommand];
