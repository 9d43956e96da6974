import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionState, isOpenState, scanActionItems } from '../../src/core/tasks/actions';

/** `line:[status]` for each task, the shortest way to state what the scanner found. */
const tasks = (text: string): string[] => scanActionItems(text, 'Agenda').map((item) => `${item.line}:[${item.status}]`);

describe('scanActionItems: which lines are tasks', () => {
  it.each([
    ['- [ ] open', ['0:[ ]']],
    ['* [x] done', ['0:[x]']],
    ['+ [X] done', ['0:[X]']],
    ['1. [ ] numbered', ['0:[ ]']],
    ['1) [ ] numbered with paren', ['0:[ ]']],
    ['12. [ ] any number', ['0:[ ]']],
    ['- [/] in progress', ['0:[/]']],
    ['- [-] dropped', ['0:[-]']],
    ['- [>] carried', ['0:[>]']],
    ['- [!] custom', ['0:[!]']],
    ['- [🔥] emoji status', ['0:[🔥]']],
    ['- [ ]', []],
    ['- [ ]   ', []],
    ['-  [ ] two spaces', ['0:[ ]']],
    ['   - [ ] three spaces of indent', ['0:[ ]']],
    ['\t- [ ] a tab is four columns: indented code', []],
    ['- parent\n\t- [ ] tab under a parent', ['1:[ ]']],
    ['- [ ]no space after box', []],
    ['- [  ] two spaces in box', []],
    ['-[ ] no space after marker', []],
    ['[ ] no marker', []],
    ['- [x]', []],
    ['-      [ ] five spaces: indented code in the item', []],
    ['    - [ ] indented code', []],
    ['\u200b- [ ] zero-width space first', []],
  ])('%j', (text, expected) => {
    expect(tasks(text)).toEqual(expected);
  });

  it('finds nested tasks with their parents and child ranges', () => {
    const text = ['- [ ] parent', '    - [ ] child', '        - [x] grandchild', '    - plain child', '- [ ] sibling', ''].join('\n');
    const items = scanActionItems(text, 'Agenda');
    expect(items.map((item) => [item.line, item.parentLine, item.endLine])).toEqual([
      [0, null, 3],
      [1, 0, 2],
      [2, 1, 2],
      [4, null, 4],
    ]);
  });

  it('keeps continuation lines, code and blank-separated children with their task', () => {
    const text = ['- [ ] task', '  more text', '', '  ```sh', '  ls', '  ```', '', '    - [ ] child', '', 'Paragraph', '- [ ] next'].join('\n');
    const items = scanActionItems(text, 'Agenda');
    expect(items.map((item) => [item.line, item.parentLine, item.endLine])).toEqual([
      [0, null, 7],
      [7, 0, 7],
      [10, null, 10],
    ]);
  });

  it('keeps a lazy continuation line with its task', () => {
    expect(scanActionItems('- [ ] task\nlazy line\n\nnot part', 'Agenda').map((item) => item.endLine)).toEqual([1]);
  });

  it('finds tasks in blockquotes and callouts, nested ones included', () => {
    const text = ['> [!todo] Follow-ups', '> - [ ] in callout', '>     - [/] nested in callout', '', '> > - [x] in nested quote', ' >>> - [-] tight', '>\t- [ ] tab after marker'].join('\n');
    expect(tasks(text)).toEqual(['1:[ ]', '2:[/]', '4:[x]', '5:[-]', '6:[ ]']);
    expect(scanActionItems(text, 'Agenda')[1]?.parentLine).toBe(1);
  });

  it('never finds tasks in fenced code, with backticks or tildes, longer fences and indented fences', () => {
    const text = [
      '```',
      '- [ ] in code',
      '```',
      '~~~markdown',
      '- [ ] in tilde code',
      '```',
      '- [ ] still in tilde code',
      '~~~',
      '````',
      '```',
      '- [ ] in a four-backtick fence',
      '```',
      '````',
      '   ```',
      '- [ ] in an indented fence',
      '  ```',
      '- [ ] after',
      '``` not `a` fence',
      '- [ ] also after',
    ].join('\n');
    expect(tasks(text)).toEqual(['16:[ ]', '18:[ ]']);
  });

  it('ends a fence opened inside a list item when the item ends', () => {
    const text = ['- item', '  ```', '  - [ ] in code', '- [ ] after the item'].join('\n');
    expect(tasks(text)).toEqual(['3:[ ]']);
  });

  it('ends a fence opened in a blockquote when the blockquote ends', () => {
    expect(tasks('> ```\n> - [ ] code\n- [ ] outside')).toEqual(['2:[ ]']);
  });

  it('never finds tasks in HTML or %% comments, one-line or multi-line', () => {
    const text = [
      '<!--',
      '- [ ] in html comment',
      '-->',
      '<!-- one line --> ',
      '- [ ] after html',
      '%%',
      '- [ ] in percent comment',
      '```',
      '%%',
      '- [ ] after percent',
      '%% one line %%',
      '- [ ] inline %% comments %% stay tasks <!-- like this -->',
      '<!-- unclosed',
      '- [ ] hidden',
    ].join('\n');
    expect(tasks(text)).toEqual(['4:[ ]', '9:[ ]', '11:[ ]']);
  });

  it('skips frontmatter, BOM or not', () => {
    expect(tasks('---\ntags:\n- [ ] yaml\n---\n- [ ] body')).toEqual(['4:[ ]']);
    expect(tasks('\ufeff---\na: 1\n---\n- [ ] body')).toEqual(['3:[ ]']);
    expect(tasks('\ufeff- [ ] first line')).toEqual(['0:[ ]']);
    expect(tasks('---\n- [ ] no closing fence, so no frontmatter')).toEqual(['1:[ ]']);
  });

  it('keeps the BOM in the line text, so an edit finds the line as written', () => {
    const [item] = scanActionItems('\ufeff- [ ] first', 'Agenda');
    expect(item?.lineText).toBe('\ufeff- [ ] first');
    expect(item?.lineText.charAt(item.statusIndex)).toBe(' ');
  });

  it('reads \\r\\n notes like \\n notes', () => {
    const text = '# Notes\r\n- [ ] one\r\n  - [x] two\r\n';
    expect(tasks(text)).toEqual(['1:[ ]', '2:[x]']);
    expect(scanActionItems(text, 'Agenda').map((item) => item.lineText)).toEqual(['- [ ] one', '  - [x] two']);
  });

  it('follows CommonMark on ordered items that interrupt a paragraph', () => {
    expect(tasks('Some text\n2. [ ] not an item')).toEqual([]);
    expect(tasks('Some text\n1. [ ] an item')).toEqual(['1:[ ]']);
    expect(tasks('Some text\n- [ ] an item')).toEqual(['1:[ ]']);
    expect(tasks('1. [ ] one\n2. [ ] two')).toEqual(['0:[ ]', '1:[ ]']);
  });

  it('is not fooled by thematic breaks, headings or a task box after another marker', () => {
    expect(tasks('- - -\n* * *\n# - [ ] heading\n- - [ ] nested on one line')).toEqual(['3:[ ]']);
    expect(scanActionItems('- - [ ] x', 'Agenda')[0]?.parentLine).toBe(0);
  });

  it('reports identical duplicate lines separately', () => {
    const items = scanActionItems('- [ ] same\n- [ ] same\n- [ ] same', 'Agenda');
    expect(items.map((item) => [item.line, item.lineText])).toEqual([
      [0, '- [ ] same'],
      [1, '- [ ] same'],
      [2, '- [ ] same'],
    ]);
  });

  it('handles a 10,000-character line', () => {
    const long = `- [ ] ${'a [[b'.repeat(2000)}`;
    const [item] = scanActionItems(`${long}\n- [ ] after`, 'Agenda');
    expect(item?.text.length).toBe(10000);
    expect(tasks(`${long}\n- [ ] after`)).toEqual(['0:[ ]', '1:[ ]']);
  });

  it('stays fast on pathological lines', () => {
    const lines = [
      `- ${'- '.repeat(5000)}x`,
      `- [ ] ${'['.repeat(10000)}`,
      `- [ ] ${'[a]('.repeat(2500)}`,
      `- [ ] ${'`'.repeat(50)}${' ` `` ```'.repeat(1000)}`,
      `- [ ] ${'@'.repeat(10000)}`,
      `- [ ] ${'([[a|from '.repeat(1000)}`,
      `- [ ] ${' ^a'.repeat(3000)} x`,
      `${'> '.repeat(5000)}- [ ] deep quote`,
      `${' '.repeat(10000)}- [ ] far right`,
    ];
    expect(scanActionItems(lines.join('\n'), 'Agenda').length).toBeGreaterThan(0);
  });

  it('never throws and finds every task line inside the text', () => {
    const markdownish = fc.array(
      fc.oneof(
        fc.constantFrom('- [ ] a', '  - [x] b', '> - [/] c', '```', '~~~', '<!--', '-->', '%%', '---', '', '1. [-] d', '    code', '\t* [>] e'),
        fc.string(),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(markdownish, fc.constantFrom('\n', '\r\n'), (lines, ending) => {
        const text = lines.join(ending);
        const physical = text.split('\n');
        for (const item of scanActionItems(text, 'Agenda')) {
          expect(physical[item.line]?.startsWith(item.lineText)).toBe(true);
          expect(item.endLine).toBeGreaterThanOrEqual(item.line);
          expect([...item.status]).toHaveLength(1);
        }
      }),
    );
    const symbols = ['-', ' ', '[', ']', 'x', '>', '`', '~', '%', '<', '!', '\n', '\r', '\t', '1', '.', ')', '*', '#', '@', '|', '(', '\u200b', '\ufeff', '📅', '✅'];
    const soup = fc.string({ unit: fc.constantFrom(...symbols), maxLength: 300 });
    fc.assert(fc.property(fc.oneof(soup, fc.string()), (text) => Array.isArray(scanActionItems(text, 'Agenda'))));
  });
});

describe('scanActionItems: fields', () => {
  const only = (line: string) => {
    const [item] = scanActionItems(line, 'Agenda');
    if (!item) throw new Error(`no task in ${line}`);
    return item;
  };

  it('reads the Tasks and Dataview fields', () => {
    const item = only('- [x] [[Alice Smith]] send the roadmap draft 📅 2026-11-30 ✅ 2026-11-28 ^abc-123');
    expect(item).toMatchObject({
      status: 'x',
      state: 'done',
      text: '[[Alice Smith]] send the roadmap draft 📅 2026-11-30 ✅ 2026-11-28 ^abc-123',
      owners: [{ kind: 'link', target: 'Alice Smith' }],
      due: '2026-11-30',
      done: '2026-11-28',
      carriedFrom: null,
    });
    expect(only('- [ ] x [due:: 2026-12-04]').due).toBe('2026-12-04');
    expect(only('- [ ] x (due:: 2026-12-04) [completion:: 2026-12-05]')).toMatchObject({ due: '2026-12-04', done: '2026-12-05' });
    expect(only('- [ ] x 📅 2026-02-30').due).toBeNull();
    expect(only('- [ ] x 📅2026-02-03').due).toBe('2026-02-03');
  });

  it('lists owner candidates in order, leaving the choice of person to the index', () => {
    const item = only('- [ ] review [[Roadmap]] with [[People/Alice|Al]] and @Bob, cc @me ![[diagram.png]] [doc](https://x.y)');
    expect(item.owners).toEqual([
      { kind: 'link', target: 'Roadmap' },
      { kind: 'link', target: 'People/Alice' },
      { kind: 'mention', name: 'Bob' },
      { kind: 'me' },
    ]);
  });

  it('reads @mentions, markdown links and skips code spans and e-mail addresses', () => {
    expect(only('- [ ] @Meg send the reading list.').owners).toEqual([{ kind: 'mention', name: 'Meg' }]);
    expect(only('- [ ] @ME.').owners).toEqual([{ kind: 'me' }]);
    expect(only('- [ ] [Alice](People/Alice%20Smith.md) x').owners).toEqual([{ kind: 'link', target: 'People/Alice Smith.md' }]);
    expect(only('- [ ] mail bob@example.com `@code [[code]]` then @Zoë').owners).toEqual([{ kind: 'mention', name: 'Zoë' }]);
    expect(only('- [ ] nobody').owners).toEqual([]);
  });

  it('reads the carry marker and does not take its link for an owner', () => {
    const item = only("- [ ] @me find budget 📅 2026-11-13 ([[1-1s/Priya Raman/2026-10-09|from Oct 9]])");
    expect(item.owners).toEqual([{ kind: 'me' }]);
    expect(item.carriedFrom).toMatchObject({ target: '1-1s/Priya Raman/2026-10-09', label: 'Oct 9', count: 1 });
    expect(only('- [ ] x ([[1-1s/A/2026-01-05|from Jan 5]] ×3)').carriedFrom?.count).toBe(3);
    expect(only('- [ ] x (from [[1-1s/A/2026-01-05]])').carriedFrom).toMatchObject({ target: '1-1s/A/2026-01-05', label: '' });
  });

  it('maps status characters to states', () => {
    expect([' ', '/', 'x', 'X', '-', '>', '!', '?'].map(actionState)).toEqual([
      'open',
      'in-progress',
      'done',
      'done',
      'dropped',
      'carried',
      'open',
      'open',
    ]);
    expect(['open', 'in-progress', 'done', 'dropped', 'carried'].map((state) => isOpenState(state as never))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('owners written as the Markdown links the plugin writes for names that break wikilinks', () => {
  it('reads a link whose label escapes its brackets, and one with paired brackets', () => {
    const [escaped, paired] = scanActionItems('- [ ] [Anna \\[Ops\\]](People/Anna%20%5BOps%5D.md) send the runbook\n- [ ] [Anna [Ops]](People/Anna%20%5BOps%5D.md) book it\n', 'Agenda');
    expect(escaped?.owners).toEqual([{ kind: 'link', target: 'People/Anna [Ops].md' }]);
    expect(paired?.owners).toEqual([{ kind: 'link', target: 'People/Anna [Ops].md' }]);
  });
});
