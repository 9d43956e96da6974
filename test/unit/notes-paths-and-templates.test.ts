import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { formatDate } from '../../src/core/calendar/date-format';
import { mergeRequiredProperties } from '../../src/core/start/frontmatter-merge';
import { meetingPathFor } from '../../src/core/start/meeting-plan';
import { DEFAULT_PATH_PATTERN } from '../../src/core/settings/settings';
import { isInsideFolder, safeFileName } from '../../src/core/people/safe-names';
import { renderTemplate } from '../../src/core/start/template';
import { runs } from '../support/mutation-run';

const DAY = '2026-11-20' as CalendarDay;
const NOW = new Date(2026, 10, 20, 9, 5);
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/;

describe('safe meeting paths', () => {
  it.each([
    ['Alice Smith', '1-1s/Alice Smith/2026-11-20 Alice Smith.md'],
    ['a/b\\c:d*e?f"g<h>i|j', '1-1s/a b c d e f g h i j/2026-11-20 a b c d e f g h i j.md'],
    ['  ..hidden.  ', '1-1s/hidden/2026-11-20 hidden.md'],
    ['..', '1-1s/Unnamed/2026-11-20 Unnamed.md'],
    ['CON', '1-1s/_CON/2026-11-20 _CON.md'],
    ['nul.txt', '1-1s/_nul.txt/2026-11-20 _nul.txt.md'],
    ['{{date}}', '1-1s/date/2026-11-20 date.md'],
    ['Zoë 🚀 [[x]] #tag ^id', '1-1s/Zoë 🚀 x tag id/2026-11-20 Zoë 🚀 x tag id.md'],
  ])('%j goes to %j', (name, path) => {
    expect(meetingPathFor(DEFAULT_PATH_PATTERN, '1-1s', name, DAY)).toBe(path);
  });

  it('gives NFC and NFD spellings the same path, and keeps long names short', () => {
    const nfc = 'Zoë Ångström'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(meetingPathFor(DEFAULT_PATH_PATTERN, '1-1s', nfd, DAY)).toBe(meetingPathFor(DEFAULT_PATH_PATTERN, '1-1s', nfc, DAY));
    expect([...safeFileName('x'.repeat(250))].length).toBeLessThanOrEqual(80);
  });

  it('numbers a second note, and formats dates in the pattern', () => {
    expect(meetingPathFor(DEFAULT_PATH_PATTERN, '1-1s', 'Al', DAY, 2)).toBe('1-1s/Al/2026-11-20 Al 2.md');
    expect(meetingPathFor('{{date:YYYY}}/{{person}} {{date}}', 'M', 'Al', DAY)).toBe('M/2026/Al 2026-11-20.md');
    // A `/` inside a date format makes folders, as it does in Obsidian's daily notes.
    expect(meetingPathFor('{{person}}/{{date:YYYY/MM-DD}}', 'M', 'Al', DAY)).toBe('M/Al/2026/11-20.md');
  });

  it('never leaves the meetings folder, whatever the name or pattern', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), (name, pattern) => {
        const path = meetingPathFor(pattern, '1-1s', name, DAY);
        expect(isInsideFolder(path, '1-1s')).toBe(true);
        for (const part of path.split('/')) {
          expect(part).not.toMatch(FORBIDDEN);
          expect(part).not.toMatch(/^[.\s]|[.\s]$/);
        }
      }),
      { numRuns: runs(2000) },
    );
  });
});

describe('templates', () => {
  it('fills known placeholders and date formats, leaving unknown ones and Templater code alone', () => {
    const text = '{{person}} {{date}} {{date:dddd, MMMM Do YYYY}} {{time}} {{nope}} <% tp.date.now("{{date}}") %> {{date:[week] W}}';
    expect(renderTemplate(text, { person: 'Al', date: DAY, time: '09:05' }, NOW)).toBe(
      'Al 2026-11-20 Friday, November 20th 2026 09:05 {{nope}} <% tp.date.now("{{date}}") %> week 47',
    );
  });

  it.each([
    ['YYYY-MM-DD', '2026-11-20'],
    ['ddd D MMM YY', 'Fri 20 Nov 26'],
    ['h:mm A', '9:05 AM'],
    ['Qo', '4o'],
    ['Do', '20th'],
  ])('formats %s as %s', (format, text) => {
    expect(formatDate(NOW, format)).toBe(text);
  });
  it('writes ordinals right', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map((d) => formatDate(new Date(2026, 0, d), 'Do'))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '31st']);
  });
});

describe('required properties', () => {
  const required = { person: '"[[Al]]"', date: '2026-11-20', tag: '1on1' };

  it('sets person and date and adds the tag, keeping order, quoting and comments of the rest', () => {
    const note = '---\n# my template\ntitle: \'1:1\'\nperson: "{{x}}"\nattendees:\n  - a\n  - b\ntags: [work]\n---\nbody\n';
    expect(mergeRequiredProperties(note, required, parse)).toEqual({
      text: '---\n# my template\ntitle: \'1:1\'\nperson: "[[Al]]"\nattendees:\n  - a\n  - b\ntags: [work, 1on1]\ndate: 2026-11-20\n---\nbody\n',
      problem: null,
    });
  });

  it('does not repeat a tag that is there, in any spelling', () => {
    const note = '---\ntags:\n  - "#1on1"\n---\n';
    expect(mergeRequiredProperties(note, required, parse).text).toBe('---\ntags:\n  - "#1on1"\nperson: "[[Al]]"\ndate: 2026-11-20\n---\n');
  });

  it('adds properties to a note without any', () => {
    expect(mergeRequiredProperties('# Hi\n', required, parse).text).toBe('---\nperson: "[[Al]]"\ndate: 2026-11-20\ntags: [1on1]\n---\n# Hi\n');
  });

  it('replaces unreadable properties and says why', () => {
    const result = mergeRequiredProperties('---\nperson: [unclosed\n---\nbody\n', required, parse);
    expect(result.text).toBe('---\nperson: "[[Al]]"\ndate: 2026-11-20\ntags: [1on1]\n---\nbody\n');
    expect(result.problem).toContain('not valid YAML');
  });
});

describe('dates in the path', () => {
  it('come from the meeting day, not from today', () => {
    expect(meetingPathFor('{{person}}/{{date:YYYY-MM-DD}}', '1-1s', 'Al', '2026-01-05' as CalendarDay)).toBe('1-1s/Al/2026-01-05.md');
  });
});
