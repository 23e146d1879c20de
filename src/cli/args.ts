/**
 * A small argument splitter: `--name value`, `--name=value`, boolean `--flag`, and positionals. Which
 * names take values is declared by each command; validation of the values is done with zod there.
 */
export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean>;
}

export class ArgError extends Error {}

export function splitArgs(argv: string[], valueOptions: ReadonlySet<string>, flagOptions: ReadonlySet<string>): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (valueOptions.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new ArgError(`--${name}`);
      options[name] = value;
    } else if (flagOptions.has(name) && eq < 0) {
      options[name] = true;
    } else {
      throw new ArgError(`--${name}`);
    }
  }
  return { positionals, options };
}
