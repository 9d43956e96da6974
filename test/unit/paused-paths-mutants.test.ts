import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/core/calendar/dates';
import { isPausedOn, parsePaused } from '../../src/core/cadence/paused';
import { isInFolder, personFromFileName, personFromFolder } from '../../src/core/meetings/meeting-paths';

// Behaviours pinned down by the mutation run over src/core/cadence/paused.ts and
// src/core/meetings/meeting-paths.ts. Fixtures are built inside each test.

describe('parsePaused: values that mean not paused', () => {
  it('reads null and false as not paused, without a problem', () => {
    expect(parsePaused(null)).toEqual({ paused: { kind: 'no' }, problem: null });
    expect(parsePaused(false)).toEqual({ paused: { kind: 'no' }, problem: null });
  });

  it('reads an empty text, "false" and "no" as not paused, without a problem', () => {
    expect(parsePaused('')).toEqual({ paused: { kind: 'no' }, problem: null });
    expect(parsePaused('false')).toEqual({ paused: { kind: 'no' }, problem: null });
    expect(parsePaused('no')).toEqual({ paused: { kind: 'no' }, problem: null });
  });

  it('ignores spaces and case around "no"', () => {
    expect(parsePaused('  No  ')).toEqual({ paused: { kind: 'no' }, problem: null });
  });
});

describe('isPausedOn', () => {
  it('is not paused when not paused at all', () => {
    expect(isPausedOn({ kind: 'no' }, '2026-11-20' as CalendarDay)).toBe(false);
  });
});

describe('isInFolder: how a folder setting is written', () => {
  it('reads backslashes in the setting as slashes', () => {
    expect(isInFolder('1-1s/Ann/x.md', '1-1s\\Ann')).toBe(true);
  });

  it('ignores spaces around the setting', () => {
    expect(isInFolder('1-1s/x.md', ' 1-1s ')).toBe(true);
  });

  it('reads doubled slashes in the setting as one', () => {
    expect(isInFolder('1-1s/Ann/x.md', '1-1s//Ann')).toBe(true);
  });

  it('takes a setting of just a slash to mean no folder, which contains nothing', () => {
    expect(isInFolder('/notes.md', '/')).toBe(false);
  });
});

describe('personFromFileName', () => {
  it('reads the date in the middle of a name as a gap between words', () => {
    expect(personFromFileName('1-1s/Alice2026-01-05Smith.md')).toBe('Alice Smith');
  });
});

describe('personFromFolder', () => {
  it('drops spaces around the folder name', () => {
    expect(personFromFolder('1-1s/ Ann /x.md', '1-1s')).toBe('Ann');
  });

  it('skips a folder named by time', () => {
    expect(personFromFolder('1-1s/2026/x.md', '1-1s')).toBeNull();
  });

  it('skips a folder whose name is only spaces', () => {
    expect(personFromFolder('1-1s/ /Ann/x.md', '1-1s')).toBe('Ann');
  });
});
