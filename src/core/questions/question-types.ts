/** The shapes shared by the question bank, its search and the per-person memory. */

export interface QuestionCategory {
  /** Stable id: the prefix of built-in question ids (`growth` in `growth-03`). */
  readonly id: string;
  /** What the user sees, in sentence case. */
  readonly label: string;
  /** Other names a `## Heading` in the user's file or a `#cat` query may use for it. */
  readonly aliases: readonly string[];
}

export interface Question {
  /** Stable id: `growth-03` for built-in questions, `custom-…` for the user's own. */
  readonly id: string;
  readonly text: string;
  /** A category id of the bank. */
  readonly category: string;
  readonly tags: readonly string[];
  /**
   * An inline field the question fills in instead of its text (the 1–10 check-in inserts `Mood:: `
   * so the index reads the answer as the meeting's mood).
   */
  readonly field?: string;
  readonly source: 'built-in' | 'custom';
}

/** The questions the pickers offer, and their categories in display order. */
export interface QuestionBank {
  readonly questions: readonly Question[];
  readonly categories: readonly QuestionCategory[];
}

/** A line of the user's questions file that could not be used, with why. */
export interface LineProblem {
  /** 1-based, as editors number lines. */
  readonly line: number;
  readonly message: string;
}
