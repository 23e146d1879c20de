import { z } from "zod";

/**
 * The languages PhuLuc speaks: Vietnamese first (the users' language, and the default everywhere), English second.
 * Declared once here, in the core, so that the engine's catalog, the command line, the Excel adapter and the pane
 * cannot drift apart on what a language is.
 */
export const LANGS = ["vi", "en"] as const;

export type Lang = (typeof LANGS)[number];

/** At a boundary (a command-line option, stored settings): a language code that is one of LANGS. */
export const langSchema = z.enum(LANGS);
