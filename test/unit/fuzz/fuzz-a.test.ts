import { fuzzSuite } from "./runner";

/**
 * Share a of the fuzz suite (runner.ts): 5,000 random workbooks through the whole engine — none throws, none
 * takes more than its CPU budget, every report and summary validates. Seed offset 0 keeps this share apart
 * from the other file's under one FUZZ_SEED. A failure prints the line that replays it.
 */
fuzzSuite("a", 0);
