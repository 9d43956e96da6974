/** Edit distance (insert, delete, substitute, swap of neighbours), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The known word closest to what was typed, when it is close enough to be a typo: a third of the
 * word's length in edits, at least one, at most three. Also a word the typed text begins (`over`
 * → `overdue`). Null when nothing is close.
 */
export function didYouMean(typed: string, known: readonly string[]): string | null {
  const word = typed.trim().toLowerCase();
  if (word === '') return null;
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const d = editDistance(word, candidate, limit);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  if (best !== null) return best;
  if (word.length >= 3) return known.find((candidate) => candidate.startsWith(word)) ?? null;
  return null;
}

/** `— did you mean 'owner'?` or nothing, for the end of a problem message. */
export function suggestion(typed: string, known: readonly string[]): string {
  const match = didYouMean(typed, known);
  return match === null ? '' : ` — did you mean '${match}'?`;
}
