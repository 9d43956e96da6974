// Snooze and Resume write one property of a person note: the `paused` line, and nothing else.
// Found by a hostile pass: Obsidian's processFrontMatter moved a byte order mark, added a second LF
// block to a note with lone-CR endings and dropped the YAML comments.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withPaused } from '../../src/core/people/paused-property';
import type { CalendarDay } from '../../src/core/calendar/dates';

const DAY = '2027-01-10' as CalendarDay;
const yaml = (text: string): unknown => parse(text);
const set = (text: string, until: CalendarDay | null = DAY) => withPaused(text, until, yaml);

describe('snoozing writes the paused line only', () => {
  it('adds the line before the closing --- and keeps comments, order and quoting', () => {
    const note = '---\n# my reports\nrole: report   # since May\ncadence: "weekly"\n---\nBody\n';
    expect(set(note)).toEqual({ text: '---\n# my reports\nrole: report   # since May\ncadence: "weekly"\npaused: 2027-01-10\n---\nBody\n' });
  });

  it('replaces the value where it is, keeping the key as written and a comment after it', () => {
    expect(set('---\nPaused: true # parental leave\nrole: x\n---\n')).toEqual({ text: '---\nPaused: 2027-01-10 # parental leave\nrole: x\n---\n' });
  });

  it('replaces a value that runs over several lines', () => {
    expect(set('---\npaused:\n  - 2026-01-01\n  - x\nrole: r\n---\n')).toEqual({ text: '---\npaused: 2027-01-10\nrole: r\n---\n' });
  });

  it('keeps a byte order mark first, and CRLF or lone CR endings as they are', () => {
    expect(set('\uFEFF---\r\nrole: r\r\n---\r\nBody\r\n')).toEqual({ text: '\uFEFF---\r\nrole: r\r\npaused: 2027-01-10\r\n---\r\nBody\r\n' });
    expect(set('---\rrole: r\r---\rBody\r')).toEqual({ text: '---\rrole: r\rpaused: 2027-01-10\r---\rBody\r' });
    expect(set('\uFEFFBody\r')).toEqual({ text: '\uFEFF---\rpaused: 2027-01-10\r---\rBody\r' });
  });

  it('gives a note without properties its first, and an empty note a block of its own', () => {
    expect(set('Body\n')).toEqual({ text: '---\npaused: 2027-01-10\n---\nBody\n' });
    expect(set('')).toEqual({ text: '---\npaused: 2027-01-10\n---\n' });
    expect(set('---\n---\n')).toEqual({ text: '---\npaused: 2027-01-10\n---\n' });
  });

  it('reads a --- that only opens (a thematic break, no closing line) as no properties', () => {
    expect(set('---\nBody\n')).toEqual({ text: '---\npaused: 2027-01-10\n---\n---\nBody\n' });
  });
});

describe('resuming takes every paused line out, and only those', () => {
  it('removes the line and its continuation lines, keeping comments', () => {
    expect(set('---\n# keep\npaused: 2027-01-10 # leave\nrole: r\n---\n', null)).toEqual({ text: '---\n# keep\nrole: r\n---\n' });
    expect(set('\uFEFF---\rPAUSED:\r  - a\rrole: r\r---\r', null)).toEqual({ text: '\uFEFF---\rrole: r\r---\r' });
    // Properties are case-insensitive in Obsidian: both spellings go.
    expect(set('---\npaused: true\nrole: r\nPaused: 2026-01-01\n---\n', null)).toEqual({ text: '---\nrole: r\n---\n' });
  });

  it('changes nothing in a note that is not paused', () => {
    for (const note of ['Body\n', '---\nrole: r\n---\n', '']) expect(set(note, null)).toEqual({ text: note });
  });
});

describe('properties that cannot be read are left alone', () => {
  it('refuses YAML that does not parse, or is not key: value pairs, naming why', () => {
    const broken = set('---\nrole: [unclosed\n---\n');
    expect('problem' in broken && broken.problem).toMatch(/^its properties are not valid YAML \(/);
    expect(set('---\n- a\n- b\n---\n')).toEqual({ problem: 'its properties are not a list of key: value pairs' });
  });

  it('refuses an edit that would not read back as meant (a flow mapping)', () => {
    expect(set('---\n{role: r, paused: true}\n---\n')).toEqual({ problem: 'its paused property could not be changed on its own line' });
  });
});
