/** Where a word was found inside a text, allowing typos. */
export interface FuzzyFind {
  /** Typos between the word and the part of the text it matched: a wrong, missing, extra or swapped letter each count one. */
  readonly edits: number;
  /** The text's characters that the word's letters matched, as flat `start, end` pairs, in order. */
  readonly ranges: readonly number[];
}

/**
 * The closest place in `text` where `word` occurs with at most `maxEdits` typos, or null. Every
 * part of the text is compared (`blokc` is found in `unblocking`); case and accents are compared as
 * given. One table of edits over the word and the text (Sellers' algorithm, with swaps of
 * neighbours), read back from the closest end to learn which characters matched.
 */
export function fuzzyFind(word: string, text: string, maxEdits: number): FuzzyFind | null {
  const rows = word.length;
  const width = text.length + 1;
  if (rows - maxEdits > text.length) return null;
  // Row 0 is all zeros: the word may start anywhere in the text.
  const table = new Uint16Array((rows + 1) * width);
  const at = (i: number, j: number): number => table[i * width + j] ?? 0;
  const swapped = (i: number, j: number): boolean => i > 1 && j > 1 && word[i - 1] === text[j - 2] && word[i - 2] === text[j - 1];
  for (let i = 1; i <= rows; i++) {
    table[i * width] = i;
    let rowBest = i;
    for (let j = 1; j < width; j++) {
      let edits = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (word[i - 1] === text[j - 1] ? 0 : 1));
      if (swapped(i, j)) edits = Math.min(edits, at(i - 2, j - 2) + 1);
      table[i * width + j] = edits;
      rowBest = Math.min(rowBest, edits);
    }
    // A row's best is never beaten further down: stop once it is past what is allowed.
    if (rowBest > maxEdits) return null;
  }
  let end = 0;
  for (let j = 1; j < width; j++) if (at(rows, j) < at(rows, end)) end = j;
  const edits = at(rows, end);
  if (edits > maxEdits) return null;
  // Where the next ends are as close, the word goes on there: `blokc` is `block`, not `bloc`.
  while (end + 1 < width && at(rows, end + 1) === edits) end++;
  const matched: number[] = [];
  for (let i = rows, j = end; i > 0; ) {
    const here = at(i, j);
    if (j > 0 && word[i - 1] === text[j - 1] && at(i - 1, j - 1) === here) {
      matched.push(--j);
      i--;
    } else if (swapped(i, j) && at(i - 2, j - 2) + 1 === here) {
      matched.push(j - 1, j - 2);
      i -= 2;
      j -= 2;
    } else if (j > 0 && at(i - 1, j - 1) + 1 === here) {
      i--;
      j--;
    } else if (at(i - 1, j) + 1 === here) {
      i--;
    } else {
      j--;
    }
  }
  const ranges: number[] = [];
  for (const position of matched.reverse()) {
    if (ranges[ranges.length - 1] === position) ranges[ranges.length - 1] = position + 1;
    else ranges.push(position, position + 1);
  }
  return { edits, ranges };
}
