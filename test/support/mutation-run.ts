// `npm run mutate` runs the tests covering each mutant, once per mutant. Over all of src/core the
// property tests were a fifth of that time; a mutant a property catches is caught within its first
// few cases nearly always, so under mutation each property tries at most 25 (and the 10,000
// interleavings of the line writer, 1,000). `npm test` tries them all.

/** True in the test processes of `npm run mutate` (StrykerJS names its workers in the environment). */
export const underMutation = process.env.STRYKER_MUTATOR_WORKER !== undefined;

/** How many cases a property test tries: `n`, or at most 25 under mutation. */
export function runs(n: number): number {
  return underMutation ? Math.min(n, 25) : n;
}
