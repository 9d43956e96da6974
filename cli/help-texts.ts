/** What `--help` prints: the overview under '', and each command's own. */
export const HELP: Readonly<Record<string, string>> = {
  '': `one-on-ones — your 1:1s from a vault folder, without opening Obsidian

Usage: one-on-ones <command> [options]
       one-on-ones help <command>     (or: one-on-ones <command> --help, -h)
       one-on-ones --version

Commands:
  status      everyone with a cadence: last 1:1, next due, state, open items, problems
  actions     action items, filtered with the 1on1 query language
  start       create today's 1:1 note with someone, carrying open items over
  questions   search the question bank, marking what you already asked someone

Options take two dashes (--json); an option a command does not take, or a word given to a command
that takes none, is a mistake. After "--" every argument is a word, even one starting with "-".

Every command first warns on stderr about what is wrong in the vault: bad or unreadable settings,
a people or meetings folder that is not there, notes or folders it could not read (skipped), and
how many problems the notes hold (a cadence, date, status or mood that cannot be read);
"status --json" lists each one. Linked notes and folders are read like the others. Text output
shows a control character in a note's name or text as a sign (␛ for ESC), never sends it raw.

Exit codes: 0 done, 1 a mistake in the command (bad option, bad date, unknown or ambiguous person,
bad query), 2 the vault cannot be read, today's note cannot be written, or the output cannot be
written (a full disk). Set ONE_ON_ONES_DEBUG=1 to see a stack trace with an unexpected error.`,
  status: `Usage: one-on-ones status [--vault DIR] [--date YYYY-MM-DD] [--json]

  Everyone with a cadence, and anyone whose notes have a problem, most urgent first. Two people
  with the same name are shown by the path of their note.

  --vault DIR   the vault folder (default: the current folder)
  --date DAY    compute states as of this day (default: today)
  --json        an array of {name, path, role, cadence, cadenceDays, lastMet, nextDue, state,
                daysOverdue, cancelledNotRescheduled, openActions: {theirs, mine, unassigned},
                waiting, problems}; waiting counts their open items first written down at least
                waitingDays (a setting, default 14) days ago; problems are strings, "PATH: problem" for one in a meeting note and
                the bare problem for one in the person's note. Problems in meeting notes that
                match no person are printed on stderr.`,
  actions: `Usage: one-on-ones actions [--vault DIR] [--date YYYY-MM-DD] [--json] [--query FILE] [QUERY…]

  QUERY…        query lines, one per argument, e.g.  "owner: me" "due: overdue"
  --query FILE  read the query from a file instead (the body of a \`\`\`1on1 block)
  --json        an array of {text, status, owner, due, person, meeting, section, line, age}
                (section: the heading of its section in a running note, or null; line is 0-based;
                age is the days since the item was first written down, or null)`,
  start: `Usage: one-on-ones start NAME [--vault DIR] [--date YYYY-MM-DD] [--on DAY] [--dry-run]

  NAME          a person's name, alias or whole words of one ("Priya"), any case, or the path
                of their note (People/Contractors/Alex Kim) when two people share the name; the
                command never guesses: a typo or a cut word ("Pri") gets "did you mean …?"
  --on DAY      the day of the 1:1 (default: today): YYYY-MM-DD, yesterday, last thursday,
                in 3 days… A past day carries what was open in the 1:1s before it; a day ahead
                writes a planned 1:1 with the agenda and carries nothing until that day
  --dry-run     print the note that would be written, and change nothing

  Today's note is created only where no file is; if one appears meanwhile, it is today's note.
  Earlier notes are edited in place (mode, owner and links kept). A read-only note, or one that
  is not valid UTF-8, is never written: its open items stay there, and a warning names it.`,
  questions: `Usage: one-on-ones questions [SEARCH] [--category C] [--person NAME] [--vault DIR] [--date YYYY-MM-DD] [--json]

  SEARCH          words to search for (empty: every question, by category)
  --category C    only this category (fuzzy on its name, e.g. growth)
  --person NAME   mark when each question was last asked of this person (a name, alias or path)
  --json          an array of {id, text, category, lastAsked}`,
};
