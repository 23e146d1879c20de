/**
 * A string that exists only in the simulation and survives bundling (createGlobals puts it on the Excel and Office
 * globals it installs, so no minifier can drop it). test/e2e/addin-bundle.test.ts looks for it in the built add-in
 * and fails if it is there: the add-in Excel loads must carry no simulation code.
 */
export const SIMULATION_MARKER = "phuluc-simulated-excel:sim/fake-excel";
