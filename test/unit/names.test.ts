import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkTarget, normalizeName, yamlLinkText } from '../../src/core/people/names';

describe('normalizeName', () => {
  it('matches names that differ by case, spacing or Unicode composition', () => {
    expect(normalizeName('  Alice   SMITH ')).toBe('alice smith');
    expect(normalizeName('Zoe\u0308 Ada')).toBe(normalizeName('Zoë ada'));
    expect(normalizeName('Ren\u00e9\u00a0Dubois')).toBe('rené dubois');
    expect(normalizeName('ÅSA')).toBe(normalizeName('a\u030asa'));
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (name) => {
        expect(normalizeName(normalizeName(name))).toBe(normalizeName(name));
      }),
    );
  });
});

describe('linkTarget', () => {
  it.each([
    ['[[Alice Smith]]', 'Alice Smith'],
    ['"[[Alice Smith]]"', 'Alice Smith'],
    ['[[People/Alice Smith|Alice]]', 'People/Alice Smith'],
    ['[[Alice Smith#Next 1:1]]', 'Alice Smith'],
    ['[[Alice Smith#^abc123|x]]', 'Alice Smith'],
    ['[[Alice Smith\\|Alice]]', 'Alice Smith'],
    ['![[Alice Smith]]', 'Alice Smith'],
    ['[Alice](People/Alice%20Smith.md)', 'People/Alice Smith.md'],
    ['[Alice](<People/Alice Smith.md#Notes>)', 'People/Alice Smith.md'],
    ['[bad](%E0%A4%A)', '%E0%A4%A'],
    ['  Alice Smith  ', 'Alice Smith'],
    ['[[Alice', '[[Alice'],
    ['', ''],
  ])('reads %j as %j', (value, expected) => {
    expect(linkTarget(value)).toBe(expected);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (value) => typeof linkTarget(value) === 'string'));
  });
});

describe('yamlLinkText', () => {
  it('recognises only what YAML makes of an unquoted [[link]]', () => {
    expect(yamlLinkText(['Alice'])).toBe('[[Alice]]');
    expect(yamlLinkText(['Alice', 'Bob'])).toBeNull();
    expect(yamlLinkText('Alice')).toBeNull();
    expect(yamlLinkText([1])).toBeNull();
  });
});
