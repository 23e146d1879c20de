// Prints the plain closing line CI reads: "N passed, N failed" (plus ", N skipped" when some were).
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // A suite that failed to load counts as a failure even though it ran no test.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "");
    process.stderr.write(`\n${line}\n`);
  }
}
module.exports = SummaryLineReporter;
