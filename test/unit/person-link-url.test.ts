// The obsidian://one-on-ones links a calendar invite carries: every name comes back exactly as
// written once the app has decoded the URL, and what a link asks for is read without guessing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personLinkUrl, readPersonLink } from '../../src/core/people/person-link-url';

/** The URL's query as Obsidian hands it to a protocol handler: each value percent-decoded. */
function decodedParams(url: string): Record<string, string> {
  const query = url.slice(url.indexOf('?') + 1);
  return Object.fromEntries(query.split('&').map((pair) => {
    const at = pair.indexOf('=');
    return [decodeURIComponent(pair.slice(0, at)), decodeURIComponent(pair.slice(at + 1))];
  }));
}

describe('personLinkUrl', () => {
  it('names the vault first and encodes every reserved character of the name', () => {
    expect(personLinkUrl('Work notes', 'start', 'Priya Raman')).toBe('obsidian://one-on-ones?vault=Work%20notes&start=Priya%20Raman');
    expect(personLinkUrl('V', 'start', 'C# Dev')).toBe('obsidian://one-on-ones?vault=V&start=C%23%20Dev');
    expect(personLinkUrl('V', 'view', '100% Ana & Bo+Cy')).toBe('obsidian://one-on-ones?vault=V&view=100%25%20Ana%20%26%20Bo%2BCy');
    expect(personLinkUrl('V', 'start', 'People/Contractors/Alex Kim')).toBe('obsidian://one-on-ones?vault=V&start=People%2FContractors%2FAlex%20Kim');
  });

  it('round-trips any vault and name through the decoding the app does, accents, #, %, &, + and = included', () => {
    const names = ['Zoë Ångström', 'C# Dev', '100% Ana', 'Bo & Cy', 'a+b', 'x=y', 'tab\there', '日本 太郎', '?', '#'];
    for (const name of names) {
      expect(decodedParams(personLinkUrl('My vault #2', 'start', name))).toEqual({ vault: 'My vault #2', start: name });
    }
    fc.assert(fc.property(fc.string(), fc.string({ minLength: 1 }), (vault, name) => {
      expect(decodedParams(personLinkUrl(vault, 'view', name))).toEqual({ vault, view: name });
    }));
  });
});

describe('readPersonLink', () => {
  it('reads start, else view, trimming the name and nothing more', () => {
    expect(readPersonLink({ action: 'one-on-ones', start: '  Priya Raman ' })).toEqual({ action: 'start', name: 'Priya Raman' });
    expect(readPersonLink({ action: 'one-on-ones', view: 'C# Dev' })).toEqual({ action: 'view', name: 'C# Dev' });
    expect(readPersonLink({ action: 'one-on-ones', view: 'Meg', start: 'Priya' })).toEqual({ action: 'start', name: 'Priya' });
  });

  it('a key with no value (the app passes "true") or an empty one names nobody; no key asks for nothing', () => {
    expect(readPersonLink({ action: 'one-on-ones', start: 'true' })).toEqual({ action: 'start', name: '' });
    expect(readPersonLink({ action: 'one-on-ones', view: '' })).toEqual({ action: 'view', name: '' });
    expect(readPersonLink({ action: 'one-on-ones', vault: 'Work' })).toBeNull();
    expect(readPersonLink({ action: 'one-on-ones', Start: 'Priya' })).toBeNull();
  });
});
