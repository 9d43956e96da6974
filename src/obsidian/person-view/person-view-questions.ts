import type { QuestionCoverage } from '../../core/view-models/question-coverage';

/** "Questions": the ones asked lately, and the categories left alone in the last 60 days. */
export function renderQuestionCoverage(parent: HTMLElement, coverage: QuestionCoverage): void {
  const section = parent.createDiv({ cls: 'one-on-ones-pv-section one-on-ones-pv-questions' });
  section.createDiv({ cls: 'one-on-ones-pv-section-head' }).createEl('h3', { text: 'Questions' });
  const columns = section.createDiv({ cls: 'one-on-ones-pv-question-columns' });
  const recent = columns.createDiv();
  recent.createEl('h4', { text: 'Asked recently' });
  if (coverage.recent.length === 0) recent.createDiv({ cls: 'one-on-ones-pv-empty', text: 'None of the bank’s questions appear in your notes with them yet.' });
  const list = recent.createEl('ul');
  for (const question of coverage.recent) {
    // The category and when on a line of their own under the question, so no separator is left dangling.
    list.createEl('li', { text: question.text }).createDiv({ cls: 'one-on-ones-pv-question-when', text: `${question.category}, ${question.when}` });
  }
  const uncovered = columns.createDiv();
  uncovered.createEl('h4', { text: 'Not covered in 60 days' });
  if (coverage.uncovered.length === 0) uncovered.createDiv({ cls: 'one-on-ones-pv-empty', text: 'Every category came up lately.' });
  const chips = uncovered.createDiv({ cls: 'one-on-ones-pv-question-chips' });
  // Each opens the question picker on its category, to queue a question for the next 1:1.
  for (const category of coverage.uncovered) {
    chips.createEl('button', {
      cls: 'one-on-ones-pv-chip one-on-ones-pv-chip-button',
      text: category.label,
      attr: { type: 'button', 'data-question-category': category.id, 'aria-label': `Queue a question from ${category.label} for the next 1:1` },
    });
  }
}
