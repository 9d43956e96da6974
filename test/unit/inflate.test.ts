import { constants, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inflate, inflatedText } from '../../src/core/questions/inflate';
import { builtInRows } from '../../src/core/questions/built-in-questions';

// The built-in questions ship deflated in main.js; this is the inflater that reads them back.

const roundTrip = (bytes: Uint8Array, options: Parameters<typeof deflateRawSync>[1] = {}) => inflate(new Uint8Array(deflateRawSync(bytes, options)));

describe('inflate', () => {
  it('reads back what zlib writes: stored, fixed and dynamic blocks, any level', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 0, max: 9 }), fc.boolean(), (bytes, level, fixed) => {
        expect(roundTrip(bytes, { level, strategy: fixed ? constants.Z_FIXED : constants.Z_DEFAULT_STRATEGY })).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('reads long repeats, text and data larger than one stored block', () => {
    const text = new TextEncoder().encode('What would you like to talk about? '.repeat(3000) + 'ünïcødé ✓ 🙂');
    expect(roundTrip(text, { level: 9 })).toEqual(text);
    const big = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251);
    expect(roundTrip(big, { level: 0 })).toEqual(big);
    expect(roundTrip(new Uint8Array(70_000), { level: 9 })).toEqual(new Uint8Array(70_000));
  });

  it('refuses data that ends too soon or is not deflate, rather than making text up', () => {
    const whole = new Uint8Array(deflateRawSync(new TextEncoder().encode('How are you doing, really?'.repeat(20))));
    expect(() => inflate(whole.slice(0, whole.length - 3))).toThrow();
    expect(() => inflate(Uint8Array.of(0xff, 0xff, 0xff))).toThrow();
  });

  it('reads the question bank as the build writes it', () => {
    const json = JSON.stringify(builtInRows());
    expect(inflatedText(deflateRawSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64'))).toBe(json);
  });
});
