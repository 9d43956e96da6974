import { describe, expect, it } from 'vitest';
import { renderTemplate, usesPlaceholder } from '../../src/core/start/template';

// Behaviours pinned down by the mutation run over src/core/start/template.ts: which placeholders
// take a format, and whether a template places a given placeholder.

describe('placeholders with a format', () => {
  it('formats {{time:FORMAT}} and {{date: FORMAT }} with the format trimmed', () => {
    const now = new Date(2026, 10, 20, 9, 5);
    expect(renderTemplate('{{time:HH.mm}} {{date: YYYY }}', {}, now)).toBe('09.05 2026');
  });

  it('leaves another placeholder with a format as written', () => {
    expect(renderTemplate('{{person:YYYY}}', { person: 'Al' }, new Date(2026, 10, 20))).toBe('{{person:YYYY}}');
  });
});

describe('whether a template places a placeholder', () => {
  it('does not count another placeholder', () => {
    expect(usesPlaceholder('{{date}} {{person}}', 'agenda')).toBe(false);
    expect(usesPlaceholder('{{date}} {{agenda}}', 'agenda')).toBe(true);
  });
});
