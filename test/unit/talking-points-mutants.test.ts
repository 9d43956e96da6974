import { describe, expect, it } from 'vitest';
import { appendPoint, readQueue, removePoints } from '../../src/core/talking-points/talking-points';

// Behaviours pinned down by the mutation run over src/core/talking-points/talking-points.ts: which
// lines of a person note make up the queue, and how points are added and removed.

describe('the heading of the queue', () => {
  it('is found with spaces around the name asked for', () => {
    expect(readQueue('## Q\n- a\n', ' Q ')).toEqual({ headingLine: 0, points: [{ line: 1, endLine: 1, lines: ['- a'], text: 'a' }] });
  });

  it('is not a heading inside a quote, nor a heading of another name', () => {
    const note = '# Bio\n> ## Q\n> - quoted\n## Q\n- real\n';
    expect(readQueue(note, 'Q')).toEqual({ headingLine: 3, points: [{ line: 4, endLine: 4, lines: ['- real'], text: 'real' }] });
  });
});

describe('where the queue ends', () => {
  it('goes on past a heading inside a quote', () => {
    expect(readQueue('## Q\n- a\n> ## Other\n- b\n', 'Q').points.map((p) => p.text)).toEqual(['a', 'b']);
  });

  it('goes on past a deeper heading and stops at one of the same level', () => {
    expect(readQueue('## Q\n- a\n### Sub\n- b\n## After\n- c\n', 'Q').points.map((p) => p.text)).toEqual(['a', 'b']);
  });

  it('holds no item written before the heading, nor the heading itself written as an item', () => {
    expect(readQueue('- before\n- ## Q\n- a\n', 'Q').points.map((p) => p.text)).toEqual(['a']);
  });

  it('holds no item that is the next heading', () => {
    expect(readQueue('## Q\n- a\n- ## Other\n', 'Q').points.map((p) => p.text)).toEqual(['a']);
  });

  it('cuts a point off at a heading nested in it that ends the queue', () => {
    expect(readQueue('## Q\n- a\n  ## Inner\n  more\n- b\n', 'Q').points).toEqual([{ line: 1, endLine: 1, lines: ['- a'], text: 'a' }]);
  });
});

describe('the text of a point', () => {
  it('is trimmed of the spaces after it', () => {
    expect(readQueue('## Q\n- a  \n', 'Q').points.map((p) => p.text)).toEqual(['a']);
  });

  it('is the whole line when the item has nothing after its marker', () => {
    expect(readQueue('## Q\n-\n- b\n', 'Q').points.map((p) => p.text)).toEqual(['-', 'b']);
  });
});

describe('adding a point', () => {
  it('writes a point of several lines as one line, spaces trimmed', () => {
    expect(appendPoint('## Q\n', 'Q', ' a\nb \r\n  c\n\nd ')).toBe('## Q\n- a b c d\n');
  });

  it('makes the heading, trimmed, as the first line of an empty note', () => {
    expect(appendPoint('', ' Q ', 'a')).toBe('## Q\n- a\n');
  });

  it('makes the heading after the note\'s text, one blank line apart', () => {
    expect(appendPoint('Bio.\n\n\n', 'Q', 'a')).toBe('Bio.\n\n## Q\n- a\n');
  });
});

describe('removing points', () => {
  it('refuses when any line of a point changed, not only when all did', () => {
    const note = '## Q\n- a\n  more\n';
    const [point] = readQueue(note, 'Q').points;
    expect(removePoints(note, point ? [point] : [])).toBe('## Q\n');
    expect(removePoints(note.replace('more', 'changed'), point ? [point] : [])).toBeNull();
  });

  it('refuses when a point lies past the end of the note', () => {
    expect(removePoints('## Q\n', [{ line: 3, endLine: 3, lines: ['- a'], text: 'a' }])).toBeNull();
  });
});
