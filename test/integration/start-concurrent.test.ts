// Two starts at once for two people who share a group meeting: each shared item ends up open once.
import { describe, expect, it } from 'vitest';
import { isOpenState, scanActionItems } from '../../src/core/tasks/actions';
import { onTheReferenceDay, settle, startSettled } from '../support/plugin-harness';

onTheReferenceDay(new Date(2026, 10, 20, 9, 30));

const GROUP = '1-1s/2026-11-18 Daniel and Lucas.md';

describe('two starts at once', () => {
  it('carries an item of a shared group meeting into one new note only', async () => {
    const { app, plugin } = await startSettled();
    app.vault.createSync(GROUP, '---\nperson: ["[[Daniel Kowalczyk]]", "[[Lucas Ferreira]]"]\ndate: 2026-11-18\ntags: [1on1]\n---\n- [ ] @me my item from the group\n- [ ] unassigned group item\n');
    await settle(app);
    await Promise.all([plugin.startOneOnOne('People/Daniel Kowalczyk.md'), plugin.startOneOnOne('People/Lucas Ferreira.md')]);
    await settle(app);
    const everywhere = app.vault.getMarkdownFiles().flatMap((file) =>
      scanActionItems(app.vault.peek(file.path) ?? '', 'Agenda')
        .filter((item) => isOpenState(item.state) && item.text.includes('group'))
        .map((item) => `${file.path}: ${item.text.replace(/ \(\[\[.*$/, '')}`),
    );
    expect(everywhere.filter((line) => line.includes('my item from the group'))).toHaveLength(1);
    expect(everywhere.filter((line) => line.includes('unassigned group item'))).toHaveLength(1);
  });
});
