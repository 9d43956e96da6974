import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mergeRequiredProperties, type RequiredProperties } from '../../src/core/start/frontmatter-merge';

// Behaviours pinned down by the mutation run over src/core/start/frontmatter-merge.ts: which lines of
// the template's properties an entry spans, which line names a key, how tags are read, and when the
// properties are replaced instead of merged.
const required = (): RequiredProperties => ({ person: '"[[Al]]"', date: '2026-11-20', tag: '1on1' });
const yaml = (text: string): unknown => parse(text) as unknown;
const merged = (note: string) => mergeRequiredProperties(note, required(), yaml);
const FILLED = 'person: "[[Al]]"\ndate: 2026-11-20';

describe('the lines an entry spans', () => {
  it('replaces a tag list written as indented items, and keeps the key after it', () => {
    const note = '---\ntags:\n  - work\n  - team\nother: x\n---\nbody\n';
    expect(merged(note)).toEqual({ text: `---\ntags: [work, team, 1on1]\nother: x\n${FILLED}\n---\nbody\n`, problem: null });
  });

  it('replaces a tag list written as items at the start of the line', () => {
    const note = '---\ntags:\n- work\n- team\nother: x\n---\n';
    expect(merged(note).text).toBe(`---\ntags: [work, team, 1on1]\nother: x\n${FILLED}\n---\n`);
  });

  it('replaces a value folded over lines indented by one space and by four', () => {
    const note = '---\nperson: old\n one\n    two\ndate: 2020-01-01\n---\n';
    expect(merged(note).text).toBe('---\nperson: "[[Al]]"\ndate: 2026-11-20\ntags: [1on1]\n---\n');
  });

  it('keeps a key right after a replaced entry even when it holds "- "', () => {
    const note = '---\nperson: old\nfoo- bar: 1\n---\n';
    expect(merged(note).text).toBe('---\nperson: "[[Al]]"\nfoo- bar: 1\ndate: 2026-11-20\ntags: [1on1]\n---\n');
  });
});

describe('the line that names a key', () => {
  it('does not take a key nested under another for a top-level one', () => {
    const note = '---\nmeta:\n  person: someone\n---\n';
    expect(merged(note).text).toBe(`---\nmeta:\n  person: someone\n${FILLED}\ntags: [1on1]\n---\n`);
  });

  it('finds a key written with a space before its colon', () => {
    const note = '---\nperson : old\ndate: 2020-01-01\ntags: [1on1]\n---\n';
    expect(merged(note).text).toBe(`---\n${FILLED}\ntags: [1on1]\n---\n`);
  });
});

describe('the tags already there', () => {
  it('reads tags written as one string of words and commas', () => {
    const note = '---\ntags: one two,\n---\n';
    expect(merged(note).text).toBe(`---\ntags: [one, two, 1on1]\n${FILLED}\n---\n`);
  });

  it('drops tags that are not text', () => {
    const note = '---\ntags: [a, 3]\n---\n';
    expect(merged(note).text).toBe(`---\ntags: [a, 1on1]\n${FILLED}\n---\n`);
  });

  it('adds a tags entry when there is none', () => {
    const note = '---\ntitle: x\n---\n';
    expect(merged(note).text).toBe(`---\ntitle: x\n${FILLED}\ntags: [1on1]\n---\n`);
  });

  it('leaves the tags alone when one of several is the meeting tag', () => {
    const note = '---\ntags: [work, 1on1]\n---\n';
    expect(merged(note).text).toBe(`---\ntags: [work, 1on1]\n${FILLED}\n---\n`);
  });

  it('reads a tag written with a leading # as the meeting tag', () => {
    const note = '---\ntags: ["#1on1"]\n---\n';
    expect(merged(note).text).toBe(`---\ntags: ["#1on1"]\n${FILLED}\n---\n`);
  });

  it('takes only a leading # off a tag', () => {
    const note = '---\ntags: [1on1#]\n---\n';
    expect(merged(note).text).toBe(`---\ntags: [1on1#, 1on1]\n${FILLED}\n---\n`);
  });
});

describe('empty properties', () => {
  it('fills properties that hold nothing', () => {
    expect(merged('---\n---\nbody')).toEqual({ text: `---\n${FILLED}\ntags: [1on1]\n---\nbody`, problem: null });
  });

  it('fills properties that hold only a comment', () => {
    expect(merged('---\n# note\n---\n')).toEqual({ text: `---\n# note\n${FILLED}\ntags: [1on1]\n---\n`, problem: null });
  });

  it('fills properties a parser reads as undefined', () => {
    const result = mergeRequiredProperties('---\ntitle: x\n---\n', required(), () => undefined);
    expect(result).toEqual({ text: `---\ntitle: x\n${FILLED}\ntags: [1on1]\n---\n`, problem: null });
  });
});

describe('properties that are not a mapping', () => {
  it('replaces a list and says so', () => {
    expect(merged('---\n- a\n---\nbody\n')).toEqual({
      text: `---\n${FILLED}\ntags: [1on1]\n---\nbody\n`,
      problem: 'not a list of key: value pairs',
    });
  });

  it('replaces a lone word and says so', () => {
    expect(merged('---\nhello\n---\nbody\n')).toEqual({
      text: `---\n${FILLED}\ntags: [1on1]\n---\nbody\n`,
      problem: 'not a list of key: value pairs',
    });
  });

  it('says only the first line of the parser\'s error', () => {
    const fail = () => {
      throw new Error('bad indentation\nat line 2');
    };
    expect(mergeRequiredProperties('---\nx: 1\n---\nbody', required(), fail)).toEqual({
      text: `---\n${FILLED}\ntags: [1on1]\n---\nbody`,
      problem: 'not valid YAML (bad indentation)',
    });
  });
});

describe('line endings', () => {
  it('keeps Windows line endings in the merged properties', () => {
    expect(merged('---\r\ntitle: x\r\n---\r\nbody\r\n').text).toBe(
      '---\r\ntitle: x\r\nperson: "[[Al]]"\r\ndate: 2026-11-20\r\ntags: [1on1]\r\n---\r\nbody\r\n',
    );
  });

  it('ends the properties with a line ending when the note ends right after them', () => {
    expect(merged('---\ntitle: x\n---').text).toBe(`---\ntitle: x\n${FILLED}\ntags: [1on1]\n---\n`);
  });
});
