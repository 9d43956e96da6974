import type { Plugin } from 'obsidian';
import type { Settings } from '../../core/settings/settings';
import { QuestionBankFile } from './question-bank-file';
import { editorTarget, QuestionModal } from './question-modal';
import { QuestionSource } from './question-source';
import { QuestionSuggest } from './question-suggest';
import type { LineWriter } from '../platform/line-writer';
import type { VaultIndexer } from '../platform/vault-indexer';

/**
 * The question bank, its two pickers and their commands, registered on the plugin. Returns the
 * source the pickers share: the plugin refreshes its bank file on settings changes, and the meeting
 * template takes its `{{questions}}` from it.
 */
export function registerQuestions(plugin: Plugin, indexer: VaultIndexer, settings: () => Settings, writer: LineWriter): QuestionSource {
  const bankFile = plugin.addChild(new QuestionBankFile(plugin.app, settings, writer));
  const source = new QuestionSource(plugin.app, indexer, bankFile, settings);
  plugin.registerEditorSuggest(new QuestionSuggest(plugin.app, source));
  plugin.addCommand({
    id: 'insert-question',
    name: 'Insert 1:1 question',
    editorCallback: (editor, context) => new QuestionModal(plugin.app, source, editorTarget(editor, context.file, source)).open(),
  });
  plugin.addCommand({ id: 'open-question-bank', name: 'Open question bank', callback: () => void bankFile.openOrCreate() });
  return source;
}
