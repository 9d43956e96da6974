import { readMarkdown } from '../markdown/markdown-note';
import { BUILT_IN_CATEGORIES } from './categories';
import { questionKey } from './question-text';
import type { LineProblem, Question, QuestionCategory } from './question-types';

/** The user's questions file, read: its questions, the categories it adds, and what it could not use. */
export interface CustomQuestions {
  readonly questions: readonly Question[];
  /** Categories named in the file that are not built-in ones, in file order. */
  readonly categories: readonly QuestionCategory[];
  readonly problems: readonly LineProblem[];
}

/** What "Open question bank" writes when the file does not exist yet. */
export const CUSTOM_QUESTIONS_EXAMPLE = `# My 1:1 questions

Your own questions for the question picker, next to the built-in ones. Each \`## Heading\` is a
category (use a built-in name such as "Career and growth" to add to it); each list item under it is
a question. Tags at the end of a question (#onboarding) help you find it.

## Onboarding
- What has surprised you most since you joined? #new-hire
- Who have you not met yet that you would like to?

## Career and growth
- Which conference talk would you like to give one day?
`;

const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const TASK_BOX = /^\[.\][ \t]+/;
const TRAILING_TAG = /[ \t]#([\p{L}\p{N}_/-]+)$/u;
const MAX_QUESTION_LENGTH = 500;

function slug(text: string): string {
  return questionKey(text).replace(/ /g, '-') || 'category';
}

/** A built-in category whose label, id or alias the heading names (case and punctuation ignored). */
function builtInFor(heading: string): QuestionCategory | null {
  const key = questionKey(heading);
  return (
    BUILT_IN_CATEGORIES.find(
      (category) => questionKey(category.label) === key || questionKey(category.id) === key || category.aliases.some((alias) => questionKey(alias) === key),
    ) ?? null
  );
}

/** `text #tag #other` → the text and its tags; tags inside the sentence stay part of it. */
function splitTags(text: string): { text: string; tags: string[] } {
  const tags: string[] = [];
  let rest = text;
  for (let match = TRAILING_TAG.exec(rest); match; match = TRAILING_TAG.exec(rest)) {
    tags.unshift(match[1] ?? '');
    rest = rest.slice(0, match.index).trimEnd();
  }
  return { text: rest, tags };
}

function quote(text: string): string {
  return text.length > 60 ? `"${text.slice(0, 57)}…"` : `"${text}"`;
}

/**
 * Reads the user's questions file: `## Category` headings with list items as questions. Never
 * throws; every line it cannot use is reported with its line number, and the file is never changed.
 */
export function parseCustomQuestions(text: string): CustomQuestions {
  const note = readMarkdown(text);
  const listItems = new Set(note.items.map((item) => item.line));
  const headingAt = new Map(note.headings.filter((heading) => heading.quoteDepth === 0).map((heading) => [heading.line, heading]));
  const questions: Question[] = [];
  const categories: QuestionCategory[] = [];
  const problems: LineProblem[] = [];
  const firstLineOf = new Map<string, number>();
  const countIn = new Map<string, number>();
  let current: { category: QuestionCategory; line: number; questions: number } | null = null;
  const closeCategory = () => {
    if (current && current.questions === 0) problems.push({ line: current.line, message: `category "${current.category.label}" has no questions under it` });
  };
  for (const [i, line] of note.lines.entries()) {
    const number = i + 1;
    const heading = headingAt.get(i);
    if (heading) {
      if (heading.level === 1) continue;
      closeCategory();
      const name = heading.text;
      if (name === '') {
        problems.push({ line: number, message: 'heading has no name, so its questions have no category' });
        current = null;
        continue;
      }
      let category = builtInFor(name) ?? categories.find((c) => questionKey(c.label) === questionKey(name)) ?? null;
      if (!category) {
        category = { id: `custom-${slug(name)}`, label: name, aliases: [] };
        categories.push(category);
      }
      current = { category, line: number, questions: 0 };
      continue;
    }
    if (note.kinds[i] !== 'text') continue;
    const marker = listItems.has(i) ? LIST_ITEM.exec(line) : null;
    if (!marker) {
      // Prose is allowed as notes; a question without its list marker is most likely a slip.
      if (current && line.trim().endsWith('?')) problems.push({ line: number, message: `${quote(line.trim())} is not a list item; start it with "- " to use it` });
      continue;
    }
    const { text: questionText, tags } = splitTags(line.slice(marker[0].length).replace(TASK_BOX, '').trim());
    if (questionText === '') {
      problems.push({ line: number, message: 'empty list item' });
      continue;
    }
    if (!current) {
      problems.push({ line: number, message: `${quote(questionText)} is not under a "## Category" heading, so it has no category` });
      continue;
    }
    if (questionText.length > MAX_QUESTION_LENGTH) {
      problems.push({ line: number, message: `question is longer than ${MAX_QUESTION_LENGTH} characters` });
      continue;
    }
    const key = questionKey(questionText);
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      problems.push({ line: number, message: `${quote(questionText)} repeats line ${earlier}` });
      continue;
    }
    firstLineOf.set(key, number);
    current.questions++;
    const count = (countIn.get(current.category.id) ?? 0) + 1;
    countIn.set(current.category.id, count);
    const idBase = current.category.id.startsWith('custom-') ? current.category.id : `custom-${current.category.id}`;
    questions.push({ id: `${idBase}-${count}`, text: questionText, category: current.category.id, tags, source: 'custom' });
  }
  closeCategory();
  return { questions, categories, problems };
}
