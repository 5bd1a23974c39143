/** Prints the plain closing line CI reads in any language: "tests: N passed, N failed, N skipped". */
class SummaryReporter {
  onRunComplete(_contexts, r) {
    process.stdout.write(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped\n`);
  }
}
module.exports = SummaryReporter;
