// Every sentence the repair of data.json writes, for a range of stored values of each setting,
// pinned word for word: the repair and the settings tab share one table of settings
// (src/core/settings/settings.ts), and that must not change a word of what the notice says.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from '../../src/core/settings/settings';

const ODD: readonly unknown[] = [42, null, true, ['x'], { a: 1 }];

function repairs(key: keyof Settings, values: readonly unknown[]): string[] {
  return [...values, ...ODD].map((value) => {
    const { settings, problems } = repairSettings({ [key]: value });
    return `${JSON.stringify(value)} → ${JSON.stringify(settings[key])}${problems.length > 0 ? `: ${problems.join(' | ')}` : ''}`;
  });
}

describe('the repair of data.json says what it says today', () => {
  it('for folders, the tag and notes', () => {
    expect(repairs('peopleFolder', ['', '  ', '../x', '/abs', 'Team\\People/', 'C:\\x', 'a\u0001b', 'Cafe\u0301', 'Team'])).toMatchInlineSnapshot(`
      [
        """ → "People": peopleFolder "" is empty; using "People"",
        ""  " → "People": peopleFolder "  " is empty; using "People"",
        ""../x" → "People": peopleFolder "../x" leads outside the vault; using "People"",
        ""/abs" → "abs": peopleFolder "/abs" was read as "abs"",
        ""Team\\\\People/" → "Team/People": peopleFolder "Team\\People/" was read as "Team/People"",
        ""C:\\\\x" → "People": peopleFolder "C:\\x" is a path outside the vault; using "People"",
        ""a\\u0001b" → "People": peopleFolder "ab" contains control characters; using "People"",
        ""Café" → "Café": peopleFolder "Café" was read as "Café"",
        ""Team" → "Team"",
        "42 → "People": peopleFolder is not text; using "People"",
        "null → "People": peopleFolder is not text; using "People"",
        "true → "People": peopleFolder is not text; using "People"",
        "["x"] → "People": peopleFolder is not text; using "People"",
        "{"a":1} → "People": peopleFolder is not text; using "People"",
      ]
    `);
    expect(repairs('meetingsFolder', ['People', 'People/Notes', 'Meet/'])).toMatchInlineSnapshot(`
      [
        ""People" → "1-1s": meetingsFolder is the people folder too ("People"): meeting notes would be read as people; using "1-1s" and "People"",
        ""People/Notes" → "1-1s": meetingsFolder is inside the people folder ("People"): meeting notes would be read as people; using "1-1s" and "People"",
        ""Meet/" → "Meet": meetingsFolder "Meet/" was read as "Meet"",
        "42 → "1-1s": meetingsFolder is not text; using "1-1s"",
        "null → "1-1s": meetingsFolder is not text; using "1-1s"",
        "true → "1-1s": meetingsFolder is not text; using "1-1s"",
        "["x"] → "1-1s": meetingsFolder is not text; using "1-1s"",
        "{"a":1} → "1-1s": meetingsFolder is not text; using "1-1s"",
      ]
    `);
    expect(repairs('meetingTag', ['', 'one on one', '#1on1', '123', ' team '])).toMatchInlineSnapshot(`
      [
        """ → "1on1": meetingTag "" is empty; using "1on1"",
        ""one on one" → "1on1": meetingTag "one on one" is not a tag (letters, digits, - _ / only); using "1on1"",
        ""#1on1" → "1on1": meetingTag "#1on1" was read as "1on1"",
        ""123" → "1on1": meetingTag "123" is only digits, which Obsidian does not read as a tag; using "1on1"",
        "" team " → "team": meetingTag " team " was read as "team"",
        "42 → "1on1": meetingTag is not text; using "1on1"",
        "null → "1on1": meetingTag is not text; using "1on1"",
        "true → "1on1": meetingTag is not text; using "1on1"",
        "["x"] → "1on1": meetingTag is not text; using "1on1"",
        "{"a":1} → "1on1": meetingTag is not text; using "1on1"",
      ]
    `);
    expect(repairs('peopleTag', ['', '  ', '#', '#person', 'Person/Report', 'my people', '123'])).toMatchInlineSnapshot(`
      [
        """ → """,
        ""  " → "": peopleTag "  " was read as """,
        ""#" → "person": peopleTag "#" is empty; using "person"",
        ""#person" → "person": peopleTag "#person" was read as "person"",
        ""Person/Report" → "Person/Report"",
        ""my people" → "person": peopleTag "my people" is not a tag (letters, digits, - _ / only); using "person"",
        ""123" → "person": peopleTag "123" is only digits, which Obsidian does not read as a tag; using "person"",
        "42 → "person": peopleTag is not text; using "person"",
        "null → "person": peopleTag is not text; using "person"",
        "true → "person": peopleTag is not text; using "person"",
        "["x"] → "person": peopleTag is not text; using "person"",
        "{"a":1} → "person": peopleTag is not text; using "person"",
      ]
    `);
    expect(repairs('templateFile', ['', '   ', '../x', 'T', 'T.md'])).toMatchInlineSnapshot(`
      [
        """ → """,
        ""   " → "": templateFile "   " is empty; using """,
        ""../x" → "": templateFile "../x" leads outside the vault; using """,
        ""T" → "T.md": templateFile "T" was read as "T.md"",
        ""T.md" → "T.md"",
        "42 → "": templateFile is not text; using """,
        "null → "": templateFile is not text; using """,
        "true → "": templateFile is not text; using """,
        "["x"] → "": templateFile is not text; using """,
        "{"a":1} → "": templateFile is not text; using """,
      ]
    `);
    expect(repairs('questionFile', ['', '../q', 'Q', 'Q.md'])).toMatchInlineSnapshot(`
      [
        """ → "1-1s/Questions.md": questionFile "" is empty; using "1-1s/Questions.md"",
        ""../q" → "1-1s/Questions.md": questionFile "../q" leads outside the vault; using "1-1s/Questions.md"",
        ""Q" → "Q.md": questionFile "Q" was read as "Q.md"",
        ""Q.md" → "Q.md"",
        "42 → "1-1s/Questions.md": questionFile is not text; using "1-1s/Questions.md"",
        "null → "1-1s/Questions.md": questionFile is not text; using "1-1s/Questions.md"",
        "true → "1-1s/Questions.md": questionFile is not text; using "1-1s/Questions.md"",
        "["x"] → "1-1s/Questions.md": questionFile is not text; using "1-1s/Questions.md"",
        "{"a":1} → "1-1s/Questions.md": questionFile is not text; using "1-1s/Questions.md"",
      ]
    `);
  });

  it('for numbers, text and choices', () => {
    expect(repairs('dueSoonDays', [0, 60, 61, -1, 2.5, '2', Number.NaN])).toMatchInlineSnapshot(`
      [
        "0 → 0",
        "60 → 60",
        "61 → 2: dueSoonDays is not a whole number of days from 0 to 60; using 2",
        "-1 → 2: dueSoonDays is not a whole number of days from 0 to 60; using 2",
        "2.5 → 2: dueSoonDays is not a whole number of days from 0 to 60; using 2",
        ""2" → 2: dueSoonDays is not a whole number of days from 0 to 60; using 2",
        "null → 2: dueSoonDays is not a whole number of days from 0 to 60; using 2",
        "42 → 42",
        "null → 2: dueSoonDays is not a whole number of days from 0 to 60; using 2",
        "true → 2: dueSoonDays is not a whole number of days from 0 to 60; using 2",
        "["x"] → 2: dueSoonDays is not a whole number of days from 0 to 60; using 2",
        "{"a":1} → 2: dueSoonDays is not a whole number of days from 0 to 60; using 2",
      ]
    `);
    expect(repairs('waitingDays', [1, 365, 0, -3, 2.5, '14', 1e21])).toMatchInlineSnapshot(`
      [
        "1 → 1",
        "365 → 365",
        "0 → 14: waitingDays is not a whole number of days, 1 or more; using 14",
        "-3 → 14: waitingDays is not a whole number of days, 1 or more; using 14",
        "2.5 → 14: waitingDays is not a whole number of days, 1 or more; using 14",
        ""14" → 14: waitingDays is not a whole number of days, 1 or more; using 14",
        "1e+21 → 14: waitingDays is not a whole number of days, 1 or more; using 14",
        "42 → 42",
        "null → 14: waitingDays is not a whole number of days, 1 or more; using 14",
        "true → 14: waitingDays is not a whole number of days, 1 or more; using 14",
        "["x"] → 14: waitingDays is not a whole number of days, 1 or more; using 14",
        "{"a":1} → 14: waitingDays is not a whole number of days, 1 or more; using 14",
      ]
    `);
    expect(repairs('templateQuestionCount', [0, 20, 21, '4', ' 5 ', '', 2.5])).toMatchInlineSnapshot(`
      [
        "0 → 0",
        "20 → 20",
        "21 → 3: templateQuestionCount is not a whole number from 0 to 20; using 3",
        ""4" → 4",
        "" 5 " → 5",
        """ → 3: templateQuestionCount is not a whole number from 0 to 20; using 3",
        "2.5 → 3: templateQuestionCount is not a whole number from 0 to 20; using 3",
        "42 → 3: templateQuestionCount is not a whole number from 0 to 20; using 3",
        "null → 3: templateQuestionCount is not a whole number from 0 to 20; using 3",
        "true → 3: templateQuestionCount is not a whole number from 0 to 20; using 3",
        "["x"] → 3: templateQuestionCount is not a whole number from 0 to 20; using 3",
        "{"a":1} → 3: templateQuestionCount is not a whole number from 0 to 20; using 3",
      ]
    `);
    expect(repairs('myName', ['  Sam  ', '', 'Cafe\u0301'])).toMatchInlineSnapshot(`
      [
        ""  Sam  " → "Sam"",
        """ → """,
        ""Café" → "Café"",
        "42 → "": myName is not text; using none",
        "null → "": myName is not text; using none",
        "true → "": myName is not text; using none",
        "["x"] → "": myName is not text; using none",
        "{"a":1} → "": myName is not text; using none",
      ]
    `);
    expect(repairs('roleTemplates', ['report: x', '  '])).toMatchInlineSnapshot(`
      [
        ""report: x" → "report: x"",
        ""  " → "  "",
        "42 → "": roleTemplates is not text; using none",
        "null → "": roleTemplates is not text; using none",
        "true → "": roleTemplates is not text; using none",
        "["x"] → "": roleTemplates is not text; using none",
        "{"a":1} → "": roleTemplates is not text; using none",
      ]
    `);
    expect(repairs('talkingPointsHeading', ['', '   ', ' Agenda '])).toMatchInlineSnapshot(`
      [
        """ → "Next 1:1": talkingPointsHeading is not text; using "Next 1:1"",
        ""   " → "Next 1:1": talkingPointsHeading is not text; using "Next 1:1"",
        "" Agenda " → "Agenda"",
        "42 → "Next 1:1": talkingPointsHeading is not text; using "Next 1:1"",
        "null → "Next 1:1": talkingPointsHeading is not text; using "Next 1:1"",
        "true → "Next 1:1": talkingPointsHeading is not text; using "Next 1:1"",
        "["x"] → "Next 1:1": talkingPointsHeading is not text; using "Next 1:1"",
        "{"a":1} → "Next 1:1": talkingPointsHeading is not text; using "Next 1:1"",
      ]
    `);
    expect(repairs('actionItemsHeading', ['To do'])).toMatchInlineSnapshot(`
      [
        ""To do" → "To do"",
        "42 → "Action items": actionItemsHeading is not text; using "Action items"",
        "null → "Action items": actionItemsHeading is not text; using "Action items"",
        "true → "Action items": actionItemsHeading is not text; using "Action items"",
        "["x"] → "Action items": actionItemsHeading is not text; using "Action items"",
        "{"a":1} → "Action items": actionItemsHeading is not text; using "Action items"",
      ]
    `);
    expect(repairs('defaultCadence', ['', 'fortnite', ' weekly ', '2w', 3])).toMatchInlineSnapshot(`
      [
        """ → "biweekly": defaultCadence is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using "biweekly"",
        ""fortnite" → "biweekly": defaultCadence is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using "biweekly"",
        "" weekly " → "weekly"",
        ""2w" → "2w"",
        "3 → "biweekly": defaultCadence is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using "biweekly"",
        "42 → "biweekly": defaultCadence is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using "biweekly"",
        "null → "biweekly": defaultCadence is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using "biweekly"",
        "true → "biweekly": defaultCadence is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using "biweekly"",
        "["x"] → "biweekly": defaultCadence is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using "biweekly"",
        "{"a":1} → "biweekly": defaultCadence is not a cadence (try weekly, biweekly, monthly, 2w, 10d); using "biweekly"",
      ]
    `);
    expect(repairs('meetingPathPattern', ['', '../{{person}}/{{date}}', '{{person}}', '{{nope}}/{{date}}', ' {{date}} '])).toMatchInlineSnapshot(`
      [
        """ → "{{person}}/{{date}} {{person}}": meetingPathPattern "" is empty; using "{{person}}/{{date}} {{person}}"",
        ""../{{person}}/{{date}}" → "{{person}}/{{date}} {{person}}": meetingPathPattern "../{{person}}/{{date}}" leads outside the meetings folder; using "{{person}}/{{date}} {{person}}"",
        ""{{person}}" → "{{person}}/{{date}} {{person}}": meetingPathPattern "{{person}}" has no {{date}}, so every 1:1 after the first would open the first note; using "{{person}}/{{date}} {{person}}"",
        ""{{nope}}/{{date}}" → "{{person}}/{{date}} {{person}}": meetingPathPattern "{{nope}}/{{date}}" has {{nope}}, which a path cannot fill in (use {{person}}, {{date}} or {{date:FORMAT}}); using "{{person}}/{{date}} {{person}}"",
        "" {{date}} " → "{{date}}"",
        "42 → "{{person}}/{{date}} {{person}}": meetingPathPattern is not text and is empty; using "{{person}}/{{date}} {{person}}"",
        "null → "{{person}}/{{date}} {{person}}": meetingPathPattern is not text and is empty; using "{{person}}/{{date}} {{person}}"",
        "true → "{{person}}/{{date}} {{person}}": meetingPathPattern is not text and is empty; using "{{person}}/{{date}} {{person}}"",
        "["x"] → "{{person}}/{{date}} {{person}}": meetingPathPattern is not text and is empty; using "{{person}}/{{date}} {{person}}"",
        "{"a":1} → "{{person}}/{{date}} {{person}}": meetingPathPattern is not text and is empty; using "{{person}}/{{date}} {{person}}"",
      ]
    `);
    expect(repairs('questionTrigger', ['', 'a b', 'qq', ' ;; '])).toMatchInlineSnapshot(`
      [
        """ → "??": questionTrigger "" is empty; using "??"",
        ""a b" → "??": questionTrigger "a b" contains a space; using "??"",
        ""qq" → "??": questionTrigger "qq" has only letters or digits, so ordinary words would open the suggester; using "??"",
        "" ;; " → ";;"",
        "42 → "??": questionTrigger is not text and is empty; using "??"",
        "null → "??": questionTrigger is not text and is empty; using "??"",
        "true → "??": questionTrigger is not text and is empty; using "??"",
        "["x"] → "??": questionTrigger is not text and is empty; using "??"",
        "{"a":1} → "??": questionTrigger is not text and is empty; using "??"",
      ]
    `);
    expect(repairs('questionTriggerScope', ['everywhere', 'nowhere'])).toMatchInlineSnapshot(`
      [
        ""everywhere" → "everywhere"",
        ""nowhere" → "meetings": questionTriggerScope is not one of meetings, everywhere; using meetings",
        "42 → "meetings": questionTriggerScope is not one of meetings, everywhere; using meetings",
        "null → "meetings": questionTriggerScope is not one of meetings, everywhere; using meetings",
        "true → "meetings": questionTriggerScope is not one of meetings, everywhere; using meetings",
        "["x"] → "meetings": questionTriggerScope is not one of meetings, everywhere; using meetings",
        "{"a":1} → "meetings": questionTriggerScope is not one of meetings, everywhere; using meetings",
      ]
    `);
    expect(repairs('questionFormat', ['list', 'bold'])).toMatchInlineSnapshot(`
      [
        ""list" → "list"",
        ""bold" → "plain": questionFormat is not one of plain, list, heading; using plain",
        "42 → "plain": questionFormat is not one of plain, list, heading; using plain",
        "null → "plain": questionFormat is not one of plain, list, heading; using plain",
        "true → "plain": questionFormat is not one of plain, list, heading; using plain",
        "["x"] → "plain": questionFormat is not one of plain, list, heading; using plain",
        "{"a":1} → "plain": questionFormat is not one of plain, list, heading; using plain",
      ]
    `);
    expect(repairs('addDoneDate', [false, 'true'])).toMatchInlineSnapshot(`
      [
        "false → false",
        ""true" → true: addDoneDate is not true or false; using true",
        "42 → true: addDoneDate is not true or false; using true",
        "null → true: addDoneDate is not true or false; using true",
        "true → true",
        "["x"] → true: addDoneDate is not true or false; using true",
        "{"a":1} → true: addDoneDate is not true or false; using true",
      ]
    `);
  });

  it('for settings that clash, unknown settings and data.json that is no object', () => {
    expect(repairSettings({ peopleFolder: 'Team', meetingsFolder: 'Team' }).problems).toMatchInlineSnapshot(`
      [
        "meetingsFolder is the people folder too ("Team"): meeting notes would be read as people; using "1-1s" and "People"",
      ]
    `);
    expect(repairSettings({ peopleFolder: 'Team/1-1s/People', meetingsFolder: 'Team/1-1s' }).problems).toMatchInlineSnapshot(`
      [
        "meetingsFolder holds the people folder ("Team/1-1s/People"): person notes would be read as meetings; using "1-1s" and "People"",
      ]
    `);
    expect(repairSettings({ colour: 'red', size: 2 }).problems).toMatchInlineSnapshot(`
      [
        "ignored unknown settings "colour", "size"",
      ]
    `);
    expect(repairSettings({ colour: 'red' }).problems).toMatchInlineSnapshot(`
      [
        "ignored unknown setting "colour"",
      ]
    `);
    expect(repairSettings('People')).toEqual({ settings: DEFAULT_SETTINGS, problems: ['the saved settings are not an object; using the defaults'] });
  });

  it('keeps the defaults it has today', () => {
    expect(DEFAULT_SETTINGS).toMatchInlineSnapshot(`
      {
        "actionItemsHeading": "Action items",
        "addDoneDate": true,
        "agendaHeading": "Agenda",
        "defaultCadence": "biweekly",
        "dueSoonDays": 2,
        "hideBuiltInQuestions": false,
        "leaveEarlierUntouched": false,
        "meetingPathPattern": "{{person}}/{{date}} {{person}}",
        "meetingTag": "1on1",
        "meetingsFolder": "1-1s",
        "myName": "",
        "newMeetingLayout": "per-meeting",
        "peopleFolder": "People",
        "peopleTag": "person",
        "questionFile": "1-1s/Questions.md",
        "questionFormat": "plain",
        "questionTrigger": "??",
        "questionTriggerScope": "meetings",
        "roleTemplates": "",
        "runningNewestFirst": true,
        "showOverdueInStatusBar": true,
        "talkingPointsHeading": "Next 1:1",
        "templateFile": "",
        "templateQuestionCount": 3,
        "waitingDays": 14,
      }
    `);
  });
});
