import { z } from "zod";
import { ArgError, ParsedArgs, splitArgs } from "./args";
import { CliIO } from "./io";
import { Lang, langSchema } from "../core/text/lang";
import { MessageKey, msg } from "./messages";
import { PlanPeriod, parsePlanPeriod } from "../core/plan/period";

/** A usage problem: the command prints the message on stderr and exits 2 (contract). */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly args: Array<string | number> = [],
  ) {
    super(key);
  }
}

export const planPeriodSchema = z.string().transform((s, ctx): PlanPeriod => {
  const p = parsePlanPeriod(s);
  if (!p) {
    ctx.addIssue({ code: "custom", message: s });
    return z.NEVER;
  }
  return p;
});

/** The language of messages before options are read: --lang if present, else the environment, else vi. */
export function guessLang(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i >= 0 ? (argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1]) : undefined;
  if (v === "en" || v === "vi") return v;
  const env = process.env.PHULUC_LANG;
  return env === "en" ? "en" : "vi";
}

export function parseArgs(argv: string[], values: string[], flags: string[]): ParsedArgs {
  try {
    return splitArgs(argv, new Set(values), new Set(flags));
  } catch (e) {
    if (e instanceof ArgError) throw new UsageError("unknownOption", [e.message]);
    throw e;
  }
}

/** For commands that read stdin and take no file names: a stray word is a mistake, not something to ignore. */
export function parseOptionsOnly(argv: string[], values: string[], flags: string[]): ParsedArgs {
  const parsed = parseArgs(argv, values, flags);
  const extra = parsed.positionals[0];
  if (extra !== undefined) throw new UsageError("unexpectedArgument", [extra]);
  return parsed;
}

export function readLang(options: ParsedArgs["options"], fallback: Lang): Lang {
  if (options.lang === undefined) return fallback;
  const r = langSchema.safeParse(options.lang);
  if (!r.success) throw new UsageError("badLang", [String(options.lang)]);
  return r.data;
}

export function readPlanPeriod(options: ParsedArgs["options"]): PlanPeriod | undefined {
  if (options["plan-period"] === undefined) return undefined;
  const r = planPeriodSchema.safeParse(options["plan-period"]);
  if (!r.success) throw new UsageError("badPlanPeriod", [String(options["plan-period"])]);
  return r.data;
}

export function reportUsageError(io: CliIO, lang: Lang, e: UsageError): number {
  io.stderr(`phuluc: ${msg(lang, e.key, ...e.args)}\n`);
  return 2;
}
