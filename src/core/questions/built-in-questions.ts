/**
 * The built-in question bank, as data: by category, each question a line `text | tags | field`. Its id is
 * the category and its place, from 01 (`growth-03` is the third in `growth`). Ids never change once
 * shipped: add new questions at the end of their category, and retire a question by putting `-` on
 * its line, never by taking the line out (that would renumber the rest).
 * `test/unit/question-bank.test.ts` checks ids, texts and categories.
 */
export type BuiltInRow = readonly [id: string, text: string, tags?: readonly string[], field?: string];

/** Each category's questions, one per line: `text | tags | field` (the last two when there are any), `-` for a retired one. */
const BY_CATEGORY = (): Readonly<Record<string, string>> => ({
  'check-in': `
On a scale from 1 to 10, how are you doing right now? | mood scale score | Mood
How has your week been, honestly? | week
What is on your mind coming into this conversation? | agenda
What would make the next half hour most useful for you? | agenda
What gave you energy since we last talked? | energy
What drained you since we last talked? | energy
If your week had a weather forecast, what would it be? | light icebreaker
What is one thing you are looking forward to? | light
Is anything outside work weighing on you that you want me to know about? | support personal
Compared with last time we met, are things better, worse or about the same? | trend
What is the one thing you most want to talk about today? | agenda
How are you feeling about work overall these days? | mood feelings
What were the high point and the low point of your week? | week
Anything you want to get off your chest before we start? | vent`,
  'priorities': `
What are your top three priorities for the next two weeks? | focus
Which of your goals feels furthest from done right now? | progress
If you could only finish one thing this week, what would it be? | focus
How does your current work connect to the team's goals for this quarter? | quarter alignment okr
Is there anything on your plate that we should stop doing? | focus
Which goal would you change now that you know more than when we set it? | okr
What does success look like for you by the end of this quarter? | quarter success okr
Are you spending your time on the work that matters most? | focus time
Which deadline are you most worried about? | deadline
What would you work on if nobody had assigned you anything? | initiative
Which project deserves more attention than it gets? | projects
How are you tracking against the goals we agreed on last time? | progress okr
What should we put on hold to make room for something new? | focus
What do you expect to be your biggest focus next month? | month focus`,
  'blockers': `
What is blocking you right now? | stuck
Where are you waiting on someone else before you can move forward? | dependencies waiting
Is there a decision you need from me to keep going? | decision
What slowed you down the most this week? | speed
Which process or tool gets in your way most often? | tools process
Is there anything you are stuck on but have not asked for help with yet? | stuck help
If you had a magic wand, which obstacle would you remove first? | obstacles
Who could unblock you faster than the person you are waiting on? | dependencies waiting
What information are you missing to finish your current task? | information
What is taking much longer than you expected, and why? | delays estimates
Which meetings could you skip without losing anything? | meetings time
Where could I step in to clear the way for you? | help support
Are you held up by approvals or access you do not have yet? | access permissions`,
  'workload': `
How sustainable does your workload feel right now? | burnout capacity
Are you working more hours than you want to? | hours overtime balance
What part of your work feels heavier than it should? | stress
When did you last take real time off? | vacation holiday rest
How is the balance between work and the rest of your life? | balance life
What could we take off your plate this month? | capacity
Are you able to switch off at the end of the day? | boundaries rest
Are you getting enough focus time, or is your day cut into pieces? | focus meetings interruptions
What early signs tell you that you are getting close to burning out? | burnout
Is there stress at work that you have not mentioned yet? | stress
How much of your week goes to unplanned work and interruptions? | interruptions
Is your on-call or support load fair compared with the rest of the team? | on-call support fairness
What would a healthier week look like for you? | health
Is there anything I can do to make your days less stressful? | stress support`,
  'feedback-them': `
How do you think your last project went, and what would you do differently? | retrospective reflection
Would you like more feedback from me, or less? | frequency
Which feedback from me was most useful to you recently? | usefulness
How do you prefer to hear critical feedback? | preferences criticism
May I share what I noticed about how your presentation went? | presentation observation
Where do you think you are underestimating yourself? | confidence
On what area would you like specific feedback from me this month? | focus
How do you think others on the team see your work? | perception reputation
Have you heard any feedback about yourself that did not sit right? | perception
How would you rate your own performance this quarter, and why? | self-assessment performance review
What do you want to keep doing exactly as you do it now? | strengths
Is there feedback from your peers that you would like to talk through? | peers 360
How did the feedback I gave you last time land? | follow-up`,
  'feedback-me': `
What is one thing I could do better as your manager? | manager improve
What should I stop doing? | manager stop
What should I start doing that would help you? | manager start
Is there something I do that makes your work harder without my noticing? | manager blind-spot
How could our one-on-ones be more useful to you? | 1on1 meetings
Do you get enough of my time, or too much of it? | time availability
Is there a decision I made lately that you disagreed with? | decision disagreement
How clear am I when I hand work over to you? | delegation clarity
Do I give you enough room to make your own calls? | autonomy micromanagement
What did a previous manager do that you wish I did too? | manager previous
When did I last let you down, and how could I have handled it better? | manager trust
Am I easy to come to when something goes wrong? | approachable trust
How well do I represent your work to the rest of the company? | visibility advocacy
If you were running this team, what would you change first? | manager change`,
  'clarity': `
Is it clear to you why your current project matters? | purpose why
What would you like to know about the company's direction? | strategy direction
Is there a recent change that nobody explained well? | change communication
Do you know what is expected of you in your role? | expectations role
Which part of our strategy feels fuzzy to you? | strategy
Have you heard a rumour that you would like me to confirm or clear up? | rumours communication
Do you understand how decisions get made on this team? | decisions process
What context from leadership meetings would help you do your job? | leadership information
Do the requests you get from different people ever pull in opposite directions? | priorities conflicting
Is it clear who owns what on your project? | ownership roles
How well do you understand who uses what you build, and why? | customers users
Is there a goal or metric you are measured on that seems wrong to you? | metrics measurement
What question about the business do you wish you could ask? | business`,
  'growth': `
Where do you want your career to be in two years? | long-term ambition
What kind of work would you like to do more of? | interests
What would you like to be doing a year from now? | future ambition
Do you see a path for yourself here? | path retention
Which role, on this team or elsewhere, interests you most? | roles path
Are you more drawn to leading people or to going deeper as a specialist? | management ic path
What would a promotion mean for you, and what stands in the way? | promotion
Is there a stretch assignment you would like to take on? | stretch opportunity
What next step in your growth would you like my help with? | support development
Whose career do you admire, and what about it? | role-model
How can I help your work get seen more widely? | visibility promotion
What would make you think about leaving? | retention leaving
Would a mentor help you right now, and who would you pick? | mentor mentoring
How do you want to grow over the next six months? | development plan`,
  'skills': `
Which skill would you like to build next? | development
What have you learned recently that surprised you? | reflection
Is there a course, book or conference you would like to go for? | training budget conference
Which of your skills do you think we underuse? | strengths
What do you find hardest to pick up on the job? | difficulty
Who on the team could you learn the most from? | pairing mentoring
How much time do you get for learning each week? | time training
What would you like to teach others on the team? | teaching sharing
Which technology or method would you like to try out? | experiment technology
How do you learn best: by doing, by reading, or by being shown? | learning-style
Which gap in your knowledge worries you most? | gaps
Would you like to pair with someone on your next task? | pairing
What did your most recent mistake teach you? | mistakes reflection`,
  'recognition': `
What are you proudest of since we last spoke? | pride achievement
What went well this week that deserves more credit? | credit
Who helped you lately and should hear about it? | thanks kudos
How do you like to be recognised: in public, in private, or not at all? | preferences praise
Do you feel your work is seen by the people who matter? | visibility
What win, however small, should we celebrate? | celebrate kudos
Which piece of your work do you think went unnoticed? | visibility credit
Did you get the credit you deserved on your last project? | credit
What progress have you made that you have not told anyone about yet? | progress
What was the most satisfying moment of your month? | month satisfaction
Is there someone on another team we should thank for their help? | thanks cross-team
Which milestone are you closest to reaching? | milestone progress
When did you last feel really appreciated at work? | appreciation`,
  'team': `
How is working with the rest of the team going? | teamwork
Who do you work with best, and why? | teamwork relationships
Is there anyone on the team you find hard to work with? | relationships friction
How could the team communicate better? | communication
Do our team meetings help you, or mostly take up time? | meetings
How do you feel about the way work is shared out in the team? | fairness distribution
From where you stand, is everyone pulling their weight? | fairness
Who on the team needs more support than they get? | support
What would help you trust your teammates more? | trust
How well do we work with other teams? | cross-team
Is there a team habit we should drop? | habits process
Does everyone on the team feel free to speak up? | psychological-safety inclusion
How are the newest people settling in, from what you see? | onboarding new-hires
What does the team do really well that we should protect? | strengths culture`,
  'engagement': `
What part of your job do you enjoy most? | enjoyment
What part of your job would you hand off if you could? | enjoyment delegation
What makes you excited to start the day? | energy
When did you last lose track of time because the work was so absorbing? | flow
How motivated are you right now, and what is behind that? | motivation
What would make this a better place to work for you? | culture
Do you feel your work makes a difference? | purpose impact
What keeps you here? | retention
Have you felt bored at work lately? | boredom
Is there a project you would love to be part of? | projects interests
Would you recommend this team to a friend, and why or why not? | referral
What has been draining your enthusiasm lately? | energy
How much say do you have in how you do your work? | autonomy`,
  'remote': `
How is your home setup working for you? | home-office equipment wfh
Do you feel connected to the team when you work from home? | connection wfh isolation
Which time-zone gaps make working together hard? | time-zones distributed
Is there equipment that would make working remotely easier? | equipment budget
How do you keep work and home apart when both happen in the same place? | boundaries wfh
Are there too many video calls in your week? | video-calls meetings zoom
Do you feel left out of conversations that happen in the office? | hybrid inclusion
How often would you like to meet the team in person? | in-person offsite
Which written channel works best for you: chat, email or documents? | async communication
Do you get enough informal chats with colleagues? | social connection
How do you stay focused when you work from home? | focus wfh
Is our written, asynchronous communication clear enough, or do things get lost? | async communication
What would make our remote meetings better? | meetings video-calls`,
  'conflict': `
Is there a disagreement at work that is bothering you? | disagreement
How did you handle the last difficult conversation you had at work? | difficult-conversation
Is there any tension on the team I should know about? | tension
Do you feel safe disagreeing with me? | psychological-safety disagreement
How would you like me to help with the situation you mentioned? | support
How do you think the other person sees it? | perspective empathy
Would it help to bring everyone together to talk it through? | mediation
When people disagree here, how do decisions usually get settled? | decisions disagreement
Have you felt treated unfairly by anyone lately? | fairness
What outcome would feel fair to you? | fairness resolution
Is there a conflict you are avoiding because it feels risky? | avoidance
What could you do, on your side, to ease things? | resolution
Is there something between the two of us that we should clear up? | manager trust`,
  'personal': `
What do you like to do when you are not working? | hobbies free-time
What got you into this line of work? | background story
What would people on the team be surprised to learn about you? | fun icebreaker
What does a perfect day off look like for you? | weekend free-time
What are you reading, watching or listening to lately? | books media
Is there a place you would love to travel to? | travel
What was your first job, and what did you take away from it? | background story
Who has shaped the way you work? | influences role-model
What do you care about outside work that I should know? | values family
What kind of environment brings out your best work? | working-style
What small thing makes your day better? | fun
How do you like to celebrate good news? | celebrate
What would you like to learn just for fun? | hobbies learning
How do you prefer to be reached: a quick chat, a call or a message? | working-style communication`,
  'next-steps': `
What will you get done before our next one-on-one? | follow-up actions
What do you need from me before we meet again? | support actions
Which of today's points should we come back to next time? | agenda follow-up
Who else needs to hear about what we discussed? | communication
What is the first step you will take after this meeting? | actions
When should we check in on progress with this? | follow-up dates
Is there anything we agreed on that you are not comfortable with? | agreement
How will we know that this worked? | success measure
Which action items should we write down from today? | actions tasks
Did we cover what you wanted to talk about today? | agenda wrap-up
What should be on the agenda for our next meeting? | agenda
Is there anything you would like me to follow up on for you? | manager follow-up
By what date should the next step be done? | due-date dates`,
});

let rows: readonly BuiltInRow[] | null = null;

/** Every built-in question as a row, read on first use: main.js carries them deflated (see esbuild.config.mjs), and startup need not inflate them. */
export function builtInRows(): readonly BuiltInRow[] {
  rows ??= Object.entries(BY_CATEGORY()).flatMap(([category, lines]) =>
    lines
      .slice(1)
      .split('\n')
      .flatMap((line, i): BuiltInRow[] => {
        if (line === '-') return [];
        const [text = '', tags, field] = line.split(' | ');
        const id = `${category}-${String(i + 1).padStart(2, '0')}`;
        if (tags === undefined) return [[id, text]];
        const list = tags === '' ? [] : tags.split(' ');
        return [field === undefined ? [id, text, list] : [id, text, list, field]];
      }),
  );
  return rows;
}
