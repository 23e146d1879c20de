// Imported first by the pane's entry points, before any module builds a zod schema: zod 4 compiles object parsers
// with `new Function` unless told not to, and probing for it is a Content-Security-Policy violation in a page
// without 'unsafe-eval' (taskpane.html). Object schemas read the setting when they are built, hence "first".
import { z } from "zod";

z.config({ jitless: true });
