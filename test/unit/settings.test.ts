import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkVaultFolder, DEFAULT_SETTINGS, repairSettings } from '../../src/core/settings/settings';

describe('checkVaultFolder', () => {
  it.each([
    ['People', 'People'],
    ['/abs', 'abs'],
    ['Team\\People\\', 'Team/People'],
    ['./Team/./People', 'Team/People'],
    ['  1-1s  ', '1-1s'],
    ['Cafe\u0301', 'Café'],
    // A space left at an end once a slash is dropped is dropped too, so the folder reads the same next time.
    ['Team /', 'Team'],
    ['\\ /a', 'a'],
  ])('reads %j as %j', (input, folder) => {
    expect(checkVaultFolder(input)).toEqual({ folder });
  });

  it.each([
    ['', 'is empty'],
    ['../x', 'leads outside the vault'],
    ['a/../../b', 'leads outside the vault'],
    ['C:\\x', 'is a path outside the vault'],
    ['c:/Users', 'is a path outside the vault'],
    ['~/notes', 'is a path outside the vault'],
    ['/', 'is the vault root'],
    ['a\u0000b', 'contains control characters'],
  ])('refuses %j: it %s', (input, problem) => {
    expect(checkVaultFolder(input)).toEqual({ problem });
  });

  it('never yields a folder that leaves the vault, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '.', '/', '\\', ':', 'C', ' ', '~', 'é') }), (input) => {
        const check = checkVaultFolder(input);
        if ('folder' in check) {
          expect(check.folder.split('/')).not.toContain('..');
          expect(check.folder.startsWith('/')).toBe(false);
          expect(check.folder).not.toMatch(/^[A-Za-z]:|^~|\\/);
          expect(check.folder.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('repairSettings', () => {
  it('returns a fresh copy of the defaults for nothing stored', () => {
    const { settings, problems } = repairSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings).not.toBe(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
  });

  it('never throws and always yields valid settings, whatever data.json held', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ peopleFolder: fc.jsonValue(), meetingsFolder: fc.jsonValue() })), (stored) => {
        const { settings } = repairSettings(stored);
        expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        for (const folder of [settings.peopleFolder, settings.meetingsFolder]) {
          expect(checkVaultFolder(folder)).toEqual({ folder });
        }
      }),
    );
  });
});

describe('settings that cannot work together or as a path', () => {
  it('repairs a new note path without a date, leading out, or with an unknown placeholder', async () => {
    const { repairSettings } = await import('../../src/core/settings/settings');
    for (const pattern of ['{{person}}', '../{{person}}/{{date}}', '{{nope}}/{{date}}']) {
      const { settings, problems } = repairSettings({ meetingPathPattern: pattern });
      expect(settings.meetingPathPattern).toBe('{{person}}/{{date}} {{person}}');
      expect(problems).toHaveLength(1);
    }
    expect(repairSettings({ meetingPathPattern: '{{date:YYYY}}/{{person}} {{date}}' }).problems).toEqual([]);
  });

  it('refuses a meetings folder that is, or is inside, the people folder', async () => {
    const { repairSettings } = await import('../../src/core/settings/settings');
    const { settings, problems } = repairSettings({ peopleFolder: 'Team', meetingsFolder: 'Team/1-1s' });
    expect([settings.peopleFolder, settings.meetingsFolder]).toEqual(['People', '1-1s']);
    expect(problems).toEqual(['meetingsFolder is inside the people folder ("Team"): meeting notes would be read as people; using "1-1s" and "People"']);
    expect(repairSettings({ peopleFolder: 'Team/People', meetingsFolder: 'Team/1-1s' }).problems).toEqual([]);
  });
});
