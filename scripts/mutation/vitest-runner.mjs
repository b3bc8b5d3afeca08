// Stryker's Vitest runner (9.6.1), with one fix: with Vitest 4.1 a test file whose collection or
// beforeAll throws leaves its tests without a result, and the runner drops those as "skipped by
// bail" — so a mutant that breaks a schema read at collection counted as survived. Here such a
// file counts as a failed test. See docs/decisions/0018-mutation-testing.md.
import path from "node:path";
import { INSTRUMENTER_CONSTANTS } from "@stryker-mutator/api/core";
import {
  commonTokens,
  declareFactoryPlugin,
  PluginKind,
  tokens,
} from "@stryker-mutator/api/plugin";
import { DryRunStatus, TestStatus } from "@stryker-mutator/api/test-runner";
// Not exported by the package; imported by path, pinned by the exact version in package.json.
import { VitestTestRunner } from "../../node_modules/@stryker-mutator/vitest-runner/dist/src/vitest-test-runner.js";

class FileFailuresCountRunner extends VitestTestRunner {
  async run(options) {
    const result = await super.run(options);
    if (result.status !== DryRunStatus.Complete) return result;
    for (const file of this.ctx.state.getFiles()) {
      if (file.result?.state !== "fail") continue;
      const fileName = path.resolve(file.filepath);
      const named = result.tests.some(
        (test) => test.status === TestStatus.Failed && test.fileName === fileName,
      );
      if (named) continue;
      result.tests.push({
        id: `${file.filepath}#(collection or beforeAll failed)`,
        name: `${path.basename(file.filepath)} (collection or beforeAll failed)`,
        status: TestStatus.Failed,
        failureMessage: file.result?.errors?.[0]?.message ?? "the test file failed",
        timeSpentMs: 0,
        fileName,
      });
    }
    return result;
  }
}

function createRunner(injector) {
  return injector
    .provideValue("globalNamespace", INSTRUMENTER_CONSTANTS.NAMESPACE)
    .injectClass(FileFailuresCountRunner);
}
createRunner.inject = tokens(commonTokens.injector);

export const strykerPlugins = [
  declareFactoryPlugin(PluginKind.TestRunner, "vitest-file-failures", createRunner),
];
