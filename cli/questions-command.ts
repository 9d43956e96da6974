import type { CalendarDay } from '../src/core/calendar/dates';
import { questionMemory } from '../src/core/questions/question-memory';
import { QuestionSearch } from '../src/core/questions/question-search';
import { UsageError } from '../src/core/commands/args';
import type { FsVault } from './fs-vault';
import { jsonText, paint, type Output } from '../src/core/commands/output';
import { vaultQuestionBank } from './question-bank';

/** The documented JSON contract of `questions --json`. */
export interface QuestionJson {
  readonly id: string;
  readonly text: string;
  readonly category: string;
  /** The last day it was asked of `--person`, or null (always null without `--person`). */
  readonly lastAsked: string | null;
}

/** The question bank searched as the pickers search it; with a person, what was asked is marked. */
export function runQuestions(
  vault: FsVault,
  search: string,
  options: { category?: string; person?: string; json: boolean; today: CalendarDay },
  output: Output,
): void {
  const bank = vaultQuestionBank(vault);
  let memory = null;
  if (options.person !== undefined) {
    const person = vault.findPerson(options.person);
    memory = questionMemory(bank, vault.index.meetingsOf(person.path), { today: options.today });
  }
  const query = options.category === undefined ? search : `#${options.category.replace(/\s+/g, '-')} ${search}`;
  const results = new QuestionSearch(bank).search(query.trim(), memory, 1000);
  if (results.problem !== null) throw new UsageError(results.problem);
  const rows: QuestionJson[] = results.hits.map((hit) => ({ id: hit.question.id, text: hit.question.text, category: hit.category.label, lastAsked: hit.lastAsked }));
  if (options.json) return output.out(jsonText(rows));
  let category = '';
  for (const row of rows) {
    if (row.category !== category) output.out(paint(output, 'bold', (category = row.category)));
    output.out(`  ${row.text}${row.lastAsked ? paint(output, 'dim', `  (asked ${row.lastAsked})`) : ''}`);
  }
  if (rows.length === 0) output.out('No questions match.');
}
