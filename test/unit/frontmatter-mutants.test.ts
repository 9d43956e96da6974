import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/core/markdown/frontmatter';

// Behaviours pinned down by the mutation run over src/core/markdown/frontmatter.ts: how a bad
// property value is shown in a warning.

describe('how a bad property value is shown', () => {
  it('shows a string of up to 60 characters whole, in quotes', () => {
    const sixty = 'a'.repeat(60);
    expect(describeValue(sixty)).toBe(`"${sixty}"`);
  });

  it('cuts a longer string to its first 60 characters and an ellipsis', () => {
    expect(describeValue(`${'a'.repeat(60)}bc`)).toBe(`"${'a'.repeat(60)}…"`);
  });

  it('shows numbers, booleans and big integers as written', () => {
    expect([describeValue(3), describeValue(false), describeValue(BigInt(10))]).toEqual(['3', 'false', '10']);
  });

  it('calls a null value empty and an absent one missing', () => {
    expect([describeValue(null), describeValue(undefined)]).toEqual(['empty', 'missing']);
  });
});
