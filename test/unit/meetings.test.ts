import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { personFromFileName, personFromFolder } from '../../src/core/meetings/meeting-paths';
import { findInlineMood, parseMeeting, type MeetingOptions } from '../../src/core/meetings/meetings';

const options: MeetingOptions = { meetingsFolder: '1-1s' };
const read = (path: string, frontmatter: unknown, extra: Partial<MeetingOptions> = {}) =>
  parseMeeting(path, frontmatter, { ...options, ...extra });

describe('parseMeeting: which notes are meetings', () => {
  it('takes notes in the meetings folder and its subfolders', () => {
    expect(read('1-1s/Alice Smith/2026-01-05.md', {})).not.toBeNull();
    expect(read('1-1s/2026-01-05 Alice Smith.md', undefined)).not.toBeNull();
    expect(read('1-1s x/2026-01-05 Alice Smith.md', undefined)).toBeNull();
    expect(read('Notes/2026-01-05 Alice Smith.md', undefined)).toBeNull();
    expect(read('Notes/1-1s/2026-01-05 Alice Smith.md', undefined)).toBeNull();
    expect(read('1-1s/Alice Smith/2026-01-05.md', {}, { meetingsFolder: '/1-1s/' })).not.toBeNull();
  });

  it('takes tagged notes anywhere, by the tag list or the tags property', () => {
    const path = 'Journal/2026-10-09 coffee with Rosa.md';
    expect(read(path, {}, { tags: ['#1on1'] })).not.toBeNull();
    expect(read(path, {}, { tags: ['#1On1/team'] })).not.toBeNull();
    expect(read(path, { tags: ['1on1', 'journal'] })).not.toBeNull();
    expect(read(path, { tags: '1on1 journal' })).not.toBeNull();
    expect(read(path, {}, { tags: ['#1on1x', '#journal'] })).toBeNull();
    expect(read(path, {}, { tags: ['#sync'], meetingTag: '#sync' })).not.toBeNull();
    expect(read(path, { tags: ['1on1'] }, { meetingsFolder: '' })).not.toBeNull();
    expect(read(path, { tags: [] }, { meetingsFolder: '' })).toBeNull();
  });
});

describe('parseMeeting: the person', () => {
  it.each([
    ['[[Alice Smith]]', ['Alice Smith']],
    ['"[[Alice Smith]]"', ['Alice Smith']],
    ['[[People/Alice Smith|Alice]]', ['People/Alice Smith']],
    ['Alice Smith', ['Alice Smith']],
    [['[[Daniel Kowalczyk]]', '[[Lucas Ferreira]]'], ['Daniel Kowalczyk', 'Lucas Ferreira']],
    [['[[Alice]]', 'Alice'], ['Alice']],
  ])('reads person %j', (person, refs) => {
    expect(read('1-1s/2026-01-05.md', { person })).toMatchObject({ personRefs: refs, personSource: 'property' });
  });

  it('reads an unquoted [[link]], which YAML turns into a list of a list', () => {
    const meeting = read('1-1s/x.md', parseYaml('person: [[Alice Smith]]'));
    expect(meeting).toMatchObject({ personRefs: ['Alice Smith'], personSource: 'property', problems: [] });
  });

  it('infers the person from the folder, then from a dated file name', () => {
    expect(read('1-1s/Alice Smith/2026-01-05.md', {})).toMatchObject({ personRefs: ['Alice Smith'], personSource: 'folder' });
    expect(read('1-1s/Alice Smith/Career plan.md', {})).toMatchObject({ personRefs: ['Alice Smith'], personSource: 'folder' });
    expect(read('1-1s/2026-01-05 Alice Smith.md', {})).toMatchObject({ personRefs: ['Alice Smith'], personSource: 'file-name' });
    expect(read('1-1s/2026/01/2026-01-05 Alice Smith.md', {})).toMatchObject({ personRefs: ['Alice Smith'] });
    expect(read('1-1s/Alice Smith/2026-01-05.md', { person: 42 })).toMatchObject({
      personRefs: ['Alice Smith'],
      personSource: 'folder',
      problems: ['person 42 is not a link or a name'],
    });
  });

  it('reports a meeting whose person cannot be found', () => {
    const meeting = read('1-1s/Questions.md', null);
    expect(meeting).toMatchObject({ personRefs: [], personSource: null, date: null });
    expect(meeting?.problems).toEqual(['no person: add a person property, e.g. person: "[[Alice Smith]]"']);
  });

  it.each([
    ['1-1s/2026-01-05 Alice Smith.md', 'Alice Smith'],
    ['1-1s/Alice Smith - 2026-01-05.md', 'Alice Smith'],
    ['1-1s/2026-01-05_Alice_Smith.md', 'Alice_Smith'],
    ['1-1s/1-1 with Alice Smith 2026-01-05.md', 'Alice Smith'],
    ['1-1s/2026-01-05 1on1 Zoë.md', 'Zoë'],
    ['1-1s/2026-01-05.md', null],
    ['1-1s/Alice Smith.md', null],
  ])('reads the person in the file name %j', (path, name) => {
    expect(personFromFileName(path)).toBe(name);
  });

  it('skips time folders when reading the person folder', () => {
    expect(personFromFolder('1-1s/2026/Alice/2026-01-05.md', '1-1s')).toBe('Alice');
    expect(personFromFolder('1-1s/2026-01/2026-01-05 Alice.md', '1-1s')).toBeNull();
    expect(personFromFolder('Other/Alice/2026-01-05.md', '1-1s')).toBeNull();
  });
});

describe('parseMeeting: date, status and mood', () => {
  it('reads the date property, else the file name, else none — never today', () => {
    expect(read('1-1s/A/2026-01-05.md', { date: '2026-02-01' })?.date).toBe('2026-02-01');
    expect(read('1-1s/A/2026-01-05.md', { date: new Date(Date.UTC(2026, 1, 1)) })?.date).toBe('2026-02-01');
    expect(read('1-1s/A/2026-01-05.md', {})?.date).toBe('2026-01-05');
    expect(read('1-1s/A/2026-01-05.md', { date: null })?.date).toBe('2026-01-05');
    expect(read('1-1s/A/2026-01-05.md', { date: '' })?.date).toBe('2026-01-05');
    expect(read('1-1s/A/2026-01-05.md', { date: '  ' })).toMatchObject({ date: '2026-01-05', problems: [] });
    expect(read('1-1s/A/Career plan.md', {})).toMatchObject({ date: null, problems: [] });
  });

  it.each([
    ['2026-02-30', 'date "2026-02-30" is not a date (YYYY-MM-DD); using 2026-01-05 from the file name'],
    ['26-1-5', 'date "26-1-5" is not a date (YYYY-MM-DD); using 2026-01-05 from the file name'],
    [20260105, 'date 20260105 is not a date (YYYY-MM-DD); using 2026-01-05 from the file name'],
  ])('warns about the date %j and falls back to the file name', (date, problem) => {
    expect(read('1-1s/A/2026-01-05.md', { date })).toMatchObject({ date: '2026-01-05', problems: [problem] });
  });

  it('leaves a note with an unreadable date and no dated name undated', () => {
    expect(read('1-1s/A/notes.md', { date: 'soon' })).toMatchObject({
      date: null,
      problems: ['date "soon" is not a date (YYYY-MM-DD); the note is undated'],
    });
  });

  it.each([
    [undefined, 'held'],
    [null, 'held'],
    ['', 'held'],
    ['held', 'held'],
    ['Cancelled', 'cancelled'],
    ['canceled', 'cancelled'],
    ['rescheduled', 'rescheduled'],
    [' planned ', 'planned'],
  ])('reads status %j as %s', (status, expected) => {
    expect(read('1-1s/A/2026-01-05.md', { status })).toMatchObject({ status: expected, problems: [] });
  });

  it('marks an unknown status and never counts it as held', () => {
    expect(read('1-1s/A/2026-01-05.md', { status: 'skipped' })).toMatchObject({
      status: 'unknown',
      problems: ['status "skipped" is not one of held, cancelled, rescheduled, planned; not counted as met'],
    });
    expect(read('1-1s/A/2026-01-05.md', { status: true })?.status).toBe('unknown');
  });

  it.each([
    [7, 7],
    ['7', 7],
    [' 8 ', 8],
    ['6/10', 6],
    [7.5, 7.5],
    [1, 1],
    [10, 10],
    [null, null],
    ['', null],
  ])('reads mood %j as %j', (mood, expected) => {
    expect(read('1-1s/A/2026-01-05.md', { mood })).toMatchObject({ mood: expected, problems: [] });
  });

  it.each([
    [0, 'mood 0 is outside 1–10'],
    [11, 'mood 11 is outside 1–10'],
    [-3, 'mood -3 is outside 1–10'],
    ['great', 'mood "great" is not a number from 1 to 10'],
    [[7], 'mood a list is not a number from 1 to 10'],
    [Number.NaN, 'mood NaN is not a number from 1 to 10'],
  ])('refuses mood %j', (mood, problem) => {
    expect(read('1-1s/A/2026-01-05.md', { mood })).toMatchObject({ mood: null, problems: [problem] });
  });

  it('takes the mood from the body when the property is empty or absent', () => {
    expect(read('1-1s/A/2026-01-05.md', { mood: null }, { bodyMood: '7' })?.mood).toBe(7);
    expect(read('1-1s/A/2026-01-05.md', { mood: ' ' }, { bodyMood: '7' })?.mood).toBe(7);
    expect(read('1-1s/A/2026-01-05.md', {}, { bodyMood: 6 })?.mood).toBe(6);
    expect(read('1-1s/A/2026-01-05.md', { mood: 9 }, { bodyMood: 6 })?.mood).toBe(9);
    expect(read('1-1s/A/2026-01-05.md', {}, { bodyMood: '12' })?.problems).toEqual(['mood "12" is outside 1–10']);
  });

  it('never throws, whatever the properties hold', () => {
    const value = fc.oneof(fc.jsonValue(), fc.date(), fc.string(), fc.constant(undefined), fc.anything());
    const frontmatter = fc.record({ person: value, date: value, status: value, mood: value, tags: value }, { requiredKeys: [] });
    const path = fc.oneof(fc.constant('1-1s/Alice/2026-01-05.md'), fc.string().map((name) => `1-1s/${name}.md`));
    fc.assert(
      fc.property(path, fc.oneof(frontmatter, fc.anything()), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), (p, input, bodyMood) => {
        const meeting = read(p, input, { bodyMood, tags: ['#1on1'] });
        expect(meeting).not.toBeNull();
        if (meeting?.mood != null) expect(meeting.mood).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('findInlineMood', () => {
  it.each([
    ['Mood:: 7', '7'],
    ['intro\r\nmood::8\r\nmore', '8'],
    ['- **Mood**:: 6/10', '6/10'],
    ['> Mood:: 5', '5'],
    ['How was it? [mood:: 4] thanks', '4'],
    ['(Mood:: 9)', '9'],
    ['Mood: 7', null],
    ['moody:: 7', null],
    ['', null],
  ])('finds %j', (body, expected) => {
    expect(findInlineMood(body)).toBe(expected);
  });

  it('takes the first field and stays linear on long text', () => {
    expect(findInlineMood('[mood:: 3]\nMood:: 4')).toBe('3');
    expect(findInlineMood(`${'[mood:: '.repeat(2000)}\n${' '.repeat(10000)}Mood:: 2`)).toBe('2');
  });
});
