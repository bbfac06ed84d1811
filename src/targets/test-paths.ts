/**
 * Where test code lives, by the conventions of the ecosystems we scan. One definition, so the
 * code analyzer (which skips taint and `assert` noise in tests) and the review (which asks
 * whether a change came with tests) agree on what a test is.
 */
const TEST_CODE = /(?:^|\/)(?:tests?|__tests__|spec|specs|e2e|testing|test_utils)\/|(?:^|\/)test_[^/]*\.py$|_test\.(?:py|go)$|\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)conftest\.py$/;

export function isTestCode(path: string): boolean {
  return TEST_CODE.test(path);
}
