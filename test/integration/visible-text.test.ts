// The DOM-to-text helper behind the approval tests: what it shows, and what it leaves out.
import { describe, expect, it } from 'vitest';
import { visibleText } from '../support/visible-text';

function html(markup: string): HTMLElement {
  return new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html').body.firstElementChild as HTMLElement;
}

describe('visible text', () => {
  it('puts blocks on their own lines and joins inline text, a space between touching elements', () => {
    const el = html('<h3>Due</h3><div><span>Priya</span><span>report</span></div><p>A <a href="#">link</a>: <b>b</b>old</p>');
    expect(visibleText(el)).toBe('### Due\nPriya report\nA link: bold');
  });

  it('leaves out hidden elements and tooltips', () => {
    const el = html(
      '<div style="display: none">gone</div><div hidden>gone</div><span aria-hidden="true">icon</span>' +
        '<span style="visibility: hidden">gone</span><svg><title>tip</title><circle/></svg><div>kept</div>',
    );
    expect(visibleText(el)).toBe('kept');
  });

  it('shows checkboxes, buttons, fields and images as they read', () => {
    const el = html(
      '<ul><li><input type="checkbox"> open</li><li><input type="checkbox" checked> done<ul><li>sub-item</li></ul></li></ul>' +
        '<button>Start 1:1</button><button aria-label="Remove: point"><svg></svg></button>' +
        '<input type="text" placeholder="Find…"><select><option>Everyone</option><option selected>report</option></select>' +
        '<svg role="img" aria-label="Check-ins: 8, 4"></svg>',
    );
    expect(visibleText(el)).toBe('[ ] open\n[x] done\n  sub-item\n[Start 1:1] [Remove: point] [input: placeholder "Find…"] [select: report] [image: Check-ins: 8, 4]');
  });

  it('writes a table row as its cells, and marks the selected row', () => {
    const el = html('<table><tr><th>Name</th><th>State</th></tr><tr><td>Priya <span>Raman</span></td><td>Overdue</td></tr></table><div class="is-selected"><div>first</div><div>second</div></div>');
    expect(visibleText(el)).toBe('Name | State\nPriya Raman | Overdue\n> first\nsecond');
  });
});
