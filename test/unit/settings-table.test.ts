// The one table of settings (src/core/settings/settings.ts) behind both the settings tab and the repair of
// data.json: what one accepts the other keeps, so a value saved from the tab is never "repaired"
// with a notice at the next start.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTyped, DEFAULT_SETTINGS, repairSettings, SETTINGS, type Settings } from '../../src/core/settings/settings';
import { runs } from '../support/mutation-run';

/** The settings the tab shows as text fields (the others are toggles and dropdowns). */
const TYPED = (Object.keys(SETTINGS) as (keyof Settings)[]).filter((key) => typeof DEFAULT_SETTINGS[key] !== 'boolean');

const SAMPLES = [
  '', ' ', 'People', ' Team//People/ ', './a/./b', '/abs', 'Cafe\u0301', '#1on1', 'x.md', 'T', '{{person}}/{{date}}', ' {{date}} ',
  ';;', '??', ' 7 ', '1e1', '0', '60', '20', 'weekly', ' 2w ', 'list', 'everywhere', '../x', 'a\u0001b',
];
const typedText = fc.oneof(fc.constantFrom(...SAMPLES), fc.string({ unit: fc.constantFrom('a', '.', '/', '\\', ' ', '#', '{', '}', '1', 'é', ';', '?') }));

describe('the table of settings', () => {
  it('has a default for every setting that its own check keeps as it is', () => {
    for (const key of Object.keys(SETTINGS) as (keyof Settings)[]) {
      expect(SETTINGS[key].check(DEFAULT_SETTINGS[key]), key).toEqual({ value: DEFAULT_SETTINGS[key] });
    }
    expect(repairSettings({ ...DEFAULT_SETTINGS })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps, silently and unchanged, every value the settings tab would save', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPED), typedText, (key, text) => {
        const typed = checkTyped(key, text, DEFAULT_SETTINGS);
        if ('problem' in typed) return;
        const { settings, problems } = repairSettings({ ...DEFAULT_SETTINGS, [key]: typed.value });
        expect(problems).toEqual([]);
        expect(settings[key]).toBe(typed.value);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('checks a typed folder against the other folder the settings hold', () => {
    const current = { ...DEFAULT_SETTINGS, peopleFolder: 'Team', meetingsFolder: 'Meetings' };
    expect(checkTyped('meetingsFolder', 'Team/1-1s', current)).toEqual({
      problem: 'The meetings folder is inside the people folder ("Team"): meeting notes would be read as people',
    });
    expect(checkTyped('peopleFolder', 'Meetings/People', current)).toEqual({
      problem: 'The meetings folder holds the people folder ("Meetings/People"): person notes would be read as meetings',
    });
    expect(checkTyped('meetingsFolder', 'Team 1-1s', current)).toEqual({ value: 'Team 1-1s' });
  });
});
