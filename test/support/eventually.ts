// Waiting for what the fake reaches asynchronously (a debounced redraw, a deferred view, a write and
// the index update after it), checking again after every turn of the event loop: vi.waitFor checks
// every 50 ms, which made most of the integration tests' time idle waiting, a cost every mutant of
// `npm run mutate` paid again.

const TIMEOUT_MS = 2000;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once `check()` is true; fails naming `what` after two seconds. */
export async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + TIMEOUT_MS;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await nextTurn();
  }
}

/** Resolves once `assertion()` stops throwing; after two seconds, throws what it last threw. */
export async function eventually(assertion: () => void): Promise<void> {
  const deadline = performance.now() + TIMEOUT_MS;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
    }
    await nextTurn();
  }
}
