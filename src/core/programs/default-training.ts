// Default training modules, one set per role, with a short check at the end of each. Both roles
// train before they are matched: the source material asks for advance training on the right and
// wrong way to run the relationship (listen more than you talk, allow discovery, let the learner
// drive, keep it work-appropriate, confidentiality, no currying favour, no dictating strategy).
//
// Roles keep the reverse-mentoring labels in every mode: 'mentor' is the junior mentor and 'mentee'
// is the senior learner. In mutual mode both people teach; see defaultTrainingFor.

export type TrainingRole = 'mentor' | 'mentee';

export interface TrainingQuestion {
  prompt: string;
  options: readonly string[];
  /** index into options */
  correct: number;
  /** why the right answer is right */
  explanation: string;
}

export interface TrainingModuleDraft {
  role: TrainingRole;
  key: string;
  /** short title */
  title: string;
  /** one sentence */
  summary: string;
  /** plain text: short paragraphs separated by blank lines; lines starting with "- " are bullets */
  body: string;
  /** 2–4 multiple-choice questions, 3–4 options each */
  questions: readonly TrainingQuestion[];
}

const paragraphs = (...parts: readonly string[]): string => parts.join('\n\n');

// ---------------------------------------------------------------------------------------------
// Junior mentor modules
// ---------------------------------------------------------------------------------------------

const TEACHING_UPWARD: TrainingModuleDraft = {
  role: 'mentor',
  key: 'teaching-upward',
  title: 'Teaching upward',
  summary:
    'How to teach a senior colleague as a peer: start from their goals, explain the why, and check understanding by doing.',
  body: paragraphs(
    'In your pair you are the expert on the skills you offered to teach, and your partner is a senior leader who chose to learn them. That reversal is the point of the program: what you know about tools, platforms and how people your age work and shop is valuable to the organization, and leaders asked for it.',
    'Start from their goals, not from a syllabus. Ask what they want to be able to do in three months and in which situations they feel out of the loop. A leader who wants to post with confidence on LinkedIn needs something different from one who wants to understand why the team prefers a chat channel to email.',
    'Explain the why as well as the how. Senior people learn fastest when they see what a tool changes for the business: who it reaches, what it saves, what risk it carries. Tie each new skill to a decision they actually make.',
    [
      'Habits that help:',
      '- Agree one small, concrete outcome for each meeting.',
      '- Use their real work, not invented examples.',
      '- Check understanding by asking them to show you, not by asking "does that make sense?"',
      '- Be patient with repetition: steps that feel automatic to you are new to them.',
    ].join('\n'),
    'Teaching upward builds your own skills too: explaining clearly, reading your audience and keeping your nerve with someone senior. Those are leadership skills, and the program looks for them.',
  ),
  questions: [
    {
      prompt:
        'In your first meeting, your senior partner says they want to "get better at social media". What is the most useful next step?',
      options: [
        'Walk them through every feature of the platforms you use most',
        'Set up accounts for them on several platforms so they can start straight away',
        'Ask what they want to achieve and where they feel out of the loop, then agree one concrete first outcome',
        'Send them a list of online courses to finish before the next meeting',
      ],
      correct: 2,
      explanation:
        "Teaching upward starts from the learner's goals. A vague aim becomes useful once it is tied to something they want to do, and a concrete first outcome gives both of you a way to see progress.",
    },
    {
      prompt: 'What is the best way to check that your partner has understood a new tool?',
      options: [
        'Ask them to do the task themselves, on their own work, while you watch',
        'Ask "does that make sense?" at the end of the explanation',
        'Send a written summary after the meeting',
        'Assume they understood if they did not ask any questions',
      ],
      correct: 0,
      explanation:
        'Senior colleagues often nod along rather than admit they are lost. Seeing them do the task on real work is the only reliable check, and it shows you exactly where to help next.',
    },
  ],
};

const CONFIDENTIALITY: TrainingModuleDraft = {
  role: 'mentor',
  key: 'confidentiality',
  title: 'Confidentiality',
  summary: 'What your partner says and shows you stays within the pair unless both of you choose to share it.',
  body: paragraphs(
    'Trust is what makes a mentoring pair work, and confidentiality is how it is built. Your partner may tell you things they would never say in a team meeting: what they find hard, what they do not understand, how they see the organization, sometimes things that are commercially sensitive.',
    'The rule in Tandem is simple: what is said in the pair stays in the pair unless both of you choose to share it. Your written agreement sets out the details, including any off-limits topics. Private notes are visible only to the two of you, never to managers or the program team.',
    'Confidentiality covers more than conversation. When you help with phones, accounts and apps you may see messages, photos, calendars or documents. Treat anything on their screen as private: never post about your partner, never take screenshots, and never keep passwords or codes you happen to see.',
    'When colleagues ask about the program, talk about what you work on, not about what your partner said or did. "We worked on short video this month" is fine; "You would not believe what they did not know" is not.',
    'There is one exception. If you learn of something that puts someone at risk or breaks the law, or the relationship itself is harming you, use the escalation channel to reach the program manager. That is not a breach of trust; it is what the channel is for.',
  ),
  questions: [
    {
      prompt:
        'A colleague asks what your senior partner is "really like" and whether they struggle with technology. What do you say?',
      options: [
        'Talk about the program in general terms and keep what your partner said or did to yourself',
        'Share one funny example, as long as you do not say which meeting it came from',
        'Tell them, since they are on your own team and will not repeat it',
        'Deny that you are in the program at all',
      ],
      correct: 0,
      explanation:
        'You can be open about taking part and about the kind of skills you work on. What your partner says, does or struggles with belongs to the pair, whoever is asking and however harmless it seems.',
    },
    {
      prompt:
        'While helping your partner set up an app, you see a confidential email about a reorganization on their screen. What should you do?',
      options: [
        'Warn your team quietly so they can prepare',
        'Make a note so you can ask your partner about it later',
        'Look away, treat it as private and say nothing about it to anyone',
        'Mention it in your mentor check-in so the program manager knows',
      ],
      correct: 2,
      explanation:
        "Access to someone's devices is part of the trust the pair depends on. Anything you see while helping is private: passing it on, or even raising it, turns help into surveillance.",
    },
    {
      prompt: 'When is it right to take something from the pair to the program manager?',
      options: [
        'Whenever your partner is progressing more slowly than you expected',
        'When your own manager asks how your partner is doing',
        'Never, under any circumstances',
        'When something puts someone at risk, or the relationship is harming you',
      ],
      correct: 3,
      explanation:
        'Confidentiality protects both of you, but it is not a reason to stay silent about risk or harm. The escalation channel exists for exactly those cases; slow progress and curious managers are not among them.',
    },
  ],
};

const WORK_APPROPRIATE: TrainingModuleDraft = {
  role: 'mentor',
  key: 'work-appropriate',
  title: 'Keeping it work-appropriate',
  summary: 'Keep the relationship, and the way you teach tools and platforms, anchored in a professional context.',
  body: paragraphs(
    'A mentoring pair is a working relationship between peers. It can be friendly and informal, and it can drift into interests beyond work, but it should stay something either of you would be comfortable describing to a colleague.',
    "What you teach should fit a business setting. Knowing how a platform works is not the same as knowing how a leader should use it. A joke format that works on your personal account may not suit someone whose posts are read by customers, investors and journalists. Think about your partner's audience, not yours.",
    [
      'Some practical guidelines:',
      '- Meet in work settings or work channels, at reasonable times.',
      "- Keep personal topics optional: follow your partner's lead and respect the off-limits list in your agreement.",
      '- Do not expect to connect on personal social accounts unless you both want to.',
      '- Avoid gossip about colleagues, including people you both work with.',
    ].join('\n'),
    'If your partner takes the relationship somewhere that makes you uncomfortable, you can say so, point to your agreement, or raise it in a mentor check-in or through the escalation channel. You will not be blamed for raising it.',
  ),
  questions: [
    {
      prompt:
        'Your partner wants to announce the quarterly results on their public profile using a popular meme format. What is the best advice?',
      options: [
        'Go ahead: memes always get the most engagement',
        'Refuse to help, because results are not a social media topic',
        'Post it from your own account first to see how it does',
        'Explain how the format is usually received and test the tone against their real audience of customers, investors and staff',
      ],
      correct: 3,
      explanation:
        "Your job is to translate platform know-how into a business context. The same format can read very differently on a senior leader's profile, so help your partner judge it against the people who will actually see it.",
    },
    {
      prompt:
        'Your partner keeps moving your meetings to late-evening drinks, and you would rather not. What do you do?',
      options: [
        'Say you prefer to keep to the agreed time and place, point to your agreement, and raise it in a mentor check-in if it continues',
        'Go along with it, because turning down a senior leader could hurt your career',
        'Stop replying to their messages until they get the hint',
        'Bring a few colleagues along so it feels less awkward',
      ],
      correct: 0,
      explanation:
        'The written agreement exists so that either person can steer the relationship back without a confrontation. If that does not work, the mentor check-in is there to protect you in the power gap.',
    },
  ],
};

const NOT_SEEKING_FAVOUR: TrainingModuleDraft = {
  role: 'mentor',
  key: 'not-seeking-favour',
  title: 'Not seeking favour',
  summary:
    'Your partner is powerful; keep the relationship about honest learning, not about getting ahead through them.',
  body: paragraphs(
    'Your partner is probably far more senior than you and may influence promotions, projects and budgets. That power gap is the best-known risk in reverse mentoring: it is tempting to use the time to impress, to agree with everything, or to ask for favours.',
    'Currying favour harms the pair. If you flatter instead of telling the truth, your partner stops learning, because the value you bring is an honest view from a place they cannot see. It harms you too: colleagues notice, and the program loses credibility.',
    [
      'In practice:',
      '- Give honest feedback, including "that post did not land" and "that is not how my team sees it".',
      '- Do not ask your partner to step into your performance review, a promotion or a dispute with your manager.',
      '- Do not use meetings to lobby for your own projects or to pass on complaints about colleagues.',
      '- If your partner offers advice or an introduction, accept it gratefully, but do not make it the reason you are there.',
    ].join('\n'),
    'The relationship can help your career, and that is a legitimate benefit: you see how the organization works at the top, and you are seen doing something valuable. Let that follow from mentoring well, not from asking for it.',
    'If your partner offers something that feels like special treatment, or leaves you feeling that you owe them, talk to the program manager through a mentor check-in.',
  ),
  questions: [
    {
      prompt: 'Your partner shows you a draft post you think is clumsy. They are clearly proud of it. What do you do?',
      options: [
        'Praise it: the relationship matters more than one post',
        "Say nothing and let the audience's reaction teach them",
        'Rewrite it yourself and publish it for them',
        'Say politely and specifically what may not land with their audience, and suggest how to fix it',
      ],
      correct: 3,
      explanation:
        'Honest, specific feedback is the most valuable thing you bring. Flattery protects the mood for a day and costs your partner the learning they joined for.',
    },
    {
      prompt: 'Promotion decisions are coming up and your partner sits on the panel. What is appropriate?',
      options: [
        'Ask them to put in a good word for you',
        'Keep your meetings on the agreed learning goals and do not bring up the promotion',
        'Mention your achievements in every meeting until the decision is made',
        'Cancel your meetings until the decision is made, to avoid any suspicion',
      ],
      correct: 1,
      explanation:
        'Using the pair to lobby is exactly the favour-seeking the program guards against. Carrying on as agreed keeps the relationship honest; if the overlap feels awkward, raise it with the program manager.',
    },
  ],
};

const LEARNER_DRIVES: TrainingModuleDraft = {
  role: 'mentor',
  key: 'learner-drives',
  title: 'Letting the learner drive',
  summary: 'Your partner types, taps and clicks while you guide, so that they actually learn.',
  body: paragraphs(
    'The quickest way to get something done for your partner is to take their phone or keyboard and do it. It is also the surest way to make sure they learn nothing: the meeting ends with a configured app and no idea how it got that way.',
    'In a Tandem pair the learner drives and the mentor navigates. Your partner holds the device, types and makes the choices; you explain, point and ask questions. It is slower at first, and that is fine: doing it themselves is what makes it stick.',
    'Allow discovery. When your partner gets stuck, hold back the answer for a moment. Ask what they think the next step is, where they would look, or what the screen is telling them. Help them solve the problem on their own rather than solving it for them.',
    [
      'Habits that help:',
      '- Keep your hands off their device unless they ask and there is no other way.',
      '- Describe where to look ("top right, the three dots") instead of doing it.',
      '- Let safe mistakes happen: undoing one is a lesson too.',
      '- At the end, ask them to repeat the task from the start without help.',
    ].join('\n'),
    'Teaching this way takes patience and the ability to put into words steps that have become automatic for you. Both are worth building.',
  ),
  questions: [
    {
      prompt:
        'Your partner is struggling to share a folder with their team and has ten minutes before their next meeting. What is the best approach?',
      options: [
        'Take the laptop, do it quickly, and explain afterwards what you did',
        'Do it for them after the meeting and send them the link',
        'Talk them through it while they do it, and if time runs out, agree to finish it together next time',
        'Tell them to ask the IT help desk instead',
      ],
      correct: 2,
      explanation:
        'Doing it for them saves a few minutes and teaches nothing. Guiding while they drive builds a skill they can use without you, even if the task takes two sessions.',
    },
    {
      prompt: 'Your partner asks "where are the settings?". Which response best allows discovery?',
      options: [
        'Tap the settings icon for them',
        'Ask where they would expect to find it and what they see on the screen, then give a hint if needed',
        'Tell them exactly which three taps to make',
        'Send them a video tutorial after the meeting',
      ],
      correct: 1,
      explanation:
        'Asking them to look first teaches how to find things, which transfers to every other app. Give a hint only when they need one.',
    },
  ],
};

const STRATEGY_STAYS_WITH_SENIOR: TrainingModuleDraft = {
  role: 'mentor',
  key: 'strategy-stays-with-senior',
  title: 'Leaving strategy to the senior',
  summary: 'Offer tactical know-how and an honest view, but leave strategy and risk decisions to your partner.',
  body: paragraphs(
    "You bring knowledge your partner lacks: how tools and platforms work, how audiences behave, how people your age see the organization. That makes your tactical advice valuable. It does not make you responsible for your partner's strategy.",
    'Strategy depends on longer-term thinking and on context you may not have: commitments to customers, regulation, board discussions, history. Give your partner the options, the evidence and your honest view, then let them decide what to do with it.',
    'Be especially careful with risk. Some things that are normal on a personal account are risky for a senior leader or for the company: provocative posts, hot takes on competitors, trying unapproved tools on company data. Do not push your partner to take a risk just because it would be fine for you.',
    [
      'A useful way to frame advice:',
      '- "Here is how this usually works and what people tend to do."',
      '- "Here are the risks I can see, and there may be others I cannot."',
      '- "What would this mean for your role and for the company?"',
    ].join('\n'),
    'If you think your partner is making a mistake, say so clearly and explain why. Then respect their decision: honest input, owned decisions.',
  ),
  questions: [
    {
      prompt:
        'Your partner asks whether the company should move its whole marketing budget to short-form video. What is your best role?',
      options: [
        'Share what you know about how short video performs and who it reaches, say what you do not know, and leave the decision to them',
        'Tell them yes, because that is where younger audiences are',
        'Refuse to discuss it, because it is a strategy question',
        'Draft a plan and send it to the marketing team yourself',
      ],
      correct: 0,
      explanation:
        'Your platform knowledge is a real input to the decision, but the decision itself needs context and experience you may not have. Inform it honestly, including the limits of what you know, and let your partner own it.',
    },
    {
      prompt:
        'Your partner wants to post a sharp criticism of a competitor\'s product to "get noticed". What do you do?',
      options: [
        'Encourage it: controversy drives reach',
        'Suggest posting it from an anonymous account instead',
        'Help them make it as provocative as possible so it travels',
        'Explain the likely reactions and the risks for them and the company, suggest safer ways to get noticed, and leave the decision with them',
      ],
      correct: 3,
      explanation:
        'Pushing a senior leader into a risk they may not see is the trap this module warns about, and anonymity does not make a statement right. Lay out the risks and alternatives; the call is theirs.',
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Senior mentee modules
// ---------------------------------------------------------------------------------------------

const STATUS_AT_THE_DOOR: TrainingModuleDraft = {
  role: 'mentee',
  key: 'status-at-the-door',
  title: 'Leaving status and ego at the door',
  summary: 'Work with your mentor as a peer, setting rank aside so that they can teach you honestly.',
  body: paragraphs(
    'Reverse mentoring only works if the senior person is willing to learn from someone lower on the ladder. Ego is the biggest obstacle: it is uncomfortable to admit what you do not know, and easy to fall back on the authority you have everywhere else.',
    'In your pair you are peers. Your mentor is the expert on the topics you agreed, and you are the learner. Your title gives you no extra say on whether a post works or a tool is right.',
    [
      'Your mentor takes a risk by being honest with someone powerful. Make it safe:',
      '- Say plainly what you do not know, and ask the "basic" questions.',
      '- Thank them for criticism, especially when it stings.',
      '- Meet somewhere neutral if your office feels like a summons.',
      '- Protect the time as you would for a client, and do not cancel at short notice for "more important" meetings.',
      "- Do not send your assistant or bring your mentor's manager into the relationship.",
    ].join('\n'),
    'Openness pays off. Younger eyes see things differently, and an honest view of your posts, your presentations or the way your division works may be the most useful thing you hear all year.',
  ),
  questions: [
    {
      prompt:
        'Your mentor tells you that your team finds your long all-staff emails hard to follow. What is the best response?',
      options: [
        'Explain why the emails need to be as long as they are',
        'Ask which team members said so',
        'Thank them, ask what would work better, and try it',
        'Note it, but remind them that your communication style is not one of the agreed topics',
      ],
      correct: 2,
      explanation:
        'Candid feedback from below is rare and valuable, and your mentor took a risk to give it. Thanking them and acting on it makes it safe for them to keep being honest.',
    },
    {
      prompt: 'Your mentoring meeting clashes with an internal update meeting. What do you do?',
      options: [
        'Cancel the mentoring meeting; your mentor will understand',
        'Treat the mentoring time as a firm commitment; if you really must move it, say so early and rebook straight away',
        'Send your assistant to explain and take notes',
        'Ask your mentor to sit in on the update meeting instead',
      ],
      correct: 1,
      explanation:
        'Cancelling at short notice tells a junior colleague that their time matters less, which undoes the peer relationship. Protect the slot, and when you cannot, treat the change with the courtesy you would give a client.',
    },
  ],
};

const BE_THE_DRIVER: TrainingModuleDraft = {
  role: 'mentee',
  key: 'be-the-driver',
  title: 'Being the driver',
  summary:
    'You own the agenda and the goals: decide what to learn, prepare for each meeting and do the hands-on work yourself.',
  body: paragraphs(
    'You joined the program to learn something, so you are in charge of what that is. Your mentor will guide you, but they cannot read your mind or set your goals for you.',
    'Write your goals in Tandem early, in concrete terms: "post once a week on LinkedIn and reply to comments", not "get better at social media". Review them with your mentor and update them as you learn.',
    'Come to each meeting with an agenda: what you tried since last time, where you got stuck, and what you want to do next. The meeting log records who drove each meeting; if it is always your mentor, something is off.',
    'Be hands-on. When you learn a tool, hold the device and do it yourself while your mentor navigates. If they reach for your keyboard, ask them to talk you through it instead. Practise between meetings: a skill you only use in the meeting will fade.',
    'Driving also means owning the logistics: proposing times, keeping the cadence you agreed, and saying early if something is not working.',
  ),
  questions: [
    {
      prompt: 'Which of these is the best learning goal to write in Tandem?',
      options: [
        'Understand technology better',
        'Learn whatever my mentor thinks is important',
        'Be more comfortable with social media',
        'By the end of the quarter, run a short poll of my team in our collaboration tool and share the results',
      ],
      correct: 3,
      explanation:
        'A goal you own is specific, yours and checkable. The others are either too vague to measure progress against or hand the agenda to your mentor.',
    },
    {
      prompt: 'Your mentor offers to set up your new dashboard tool for you to save time. What do you say?',
      options: [
        'Yes, as long as they show you the finished result',
        'Thank them, but ask to do it yourself while they talk you through it',
        'Ask your assistant to do it instead',
        'Skip the tool for now',
      ],
      correct: 1,
      explanation:
        'If someone else does the setup, you end up with a tool you cannot maintain. Driving it yourself is slower once and faster every time after.',
    },
    {
      prompt:
        'For two meetings in a row you arrived with nothing prepared and your mentor filled the time. What should you change?',
      options: [
        "Nothing: planning the meetings is the mentor's job",
        'Ask the program manager to give your mentor a curriculum',
        'Bring an agenda next time: what you tried, where you got stuck and what you want to do next',
        'Meet less often until you have more time',
      ],
      correct: 2,
      explanation:
        "You own the agenda. A short list of what you tried and what you need makes the meeting about your goals and respects your mentor's time.",
    },
  ],
};

const LISTEN_MORE: TrainingModuleDraft = {
  role: 'mentee',
  key: 'listen-more',
  title: 'Listening',
  summary: 'Listen more than you talk, and leave room to discover things rather than be told them.',
  body: paragraphs(
    'Senior leaders are used to being the one who talks. In your pair the aim is the opposite: you are there to learn from your colleague at least as much as you share. A good rule of thumb is to spend most of the meeting listening.',
    'Listen for more than instructions. Your mentor can tell you how younger colleagues and customers see things: why a campaign fell flat with them, how a change is being talked about, what a product looks like from outside. Ask open questions and do not rush to defend or explain.',
    'Allow discovery. Learning sticks when you work something out yourself. Try before you ask, and when your mentor asks "what do you think happens next?", answer rather than waiting to be told.',
    [
      'Habits that help:',
      '- Ask "what am I missing?" and then stay quiet.',
      '- Summarize what you heard before giving your view.',
      '- Write down one thing you will try before the next meeting.',
      '- Notice when you have been talking for more than a few minutes.',
    ].join('\n'),
  ),
  questions: [
    {
      prompt:
        'Your mentor says younger staff read the new return-to-office policy as a sign of distrust. What is the best first response?',
      options: [
        'Explain the reasons behind the policy in detail',
        'Ask what they are hearing and what would change that view, and summarize it back before giving yours',
        'Say the policy is not up for discussion',
        'Ask for the names of the people who said so',
      ],
      correct: 1,
      explanation:
        'This is exactly the view from below you joined to hear. Drawing it out and checking you understood comes before any explanation; defending the policy first shuts the conversation down.',
    },
    {
      prompt: 'Which habit best shows that you are listening rather than waiting to talk?',
      options: [
        'Summarizing what you heard before giving your own view',
        'Preparing your counter-arguments while your mentor speaks',
        'Answering a quick message during the meeting to save time later',
        'Telling a story from your own experience after each point',
      ],
      correct: 0,
      explanation:
        'A summary proves you took in what was said and lets your mentor correct you. The other habits keep the focus on you.',
    },
  ],
};

const GIVING_BACK: TrainingModuleDraft = {
  role: 'mentee',
  key: 'giving-back',
  title: 'Giving back',
  summary: 'Share what your experience gives you: business acumen, career guidance and introductions.',
  body: paragraphs(
    'Mentoring is a two-way street. Your mentor gives you time and expertise; you can give back something they cannot easily get elsewhere: a view of how the business really works and how careers are built in it.',
    [
      'What you can offer:',
      '- Business acumen: how the company makes money, how to read a P&L, why a decision was taken, the vocabulary of the industry.',
      '- Career guidance: helping them clarify their goals and the steps that could get them there.',
      '- Introductions: connecting them with people in the company or the industry who could help.',
      '- A view of the organization: how decisions are really made, and how to get heard.',
    ].join('\n'),
    'Give in a way that fits a peer relationship. Offer rather than impose, and ask what would be useful. Keep introductions genuine and low-pressure, and never let giving back turn into patronage: your mentor should not feel they owe you anything.',
    'Giving back is also part of why the program exists. Junior mentors who see the bigger picture grow faster and stay longer, and the organization gets to spot its future leaders.',
  ),
  questions: [
    {
      prompt:
        'Your mentor says they would like to move into product management one day. What is the most useful thing you can offer?',
      options: [
        'Promise to make it happen when a role opens',
        'Tell them to stay in their current role for a few more years first',
        'Arrange a transfer with their manager without telling them',
        'Ask what draws them to it, share how people usually get there, and offer an introduction to a product leader if they would like one',
      ],
      correct: 3,
      explanation:
        'Good career guidance helps them clarify their own goal and next steps, and an introduction they can accept or decline opens a door without creating a debt. Promises and behind-the-scenes moves are patronage.',
    },
    {
      prompt: 'Which is a good way to share business acumen with your mentor?',
      options: [
        'Walk through a real, non-confidential business decision and the numbers behind it',
        'Share confidential board papers so they can see the big picture',
        'Tell them how things worked when you joined the company',
        'Lend them a finance textbook to read before the next meeting',
      ],
      correct: 0,
      explanation:
        'A real decision shows how the business thinks, in its own vocabulary, without breaching confidentiality. Acumen is learned from live examples, not from history or homework.',
    },
  ],
};

const SKILLS_NOT_AGE: TrainingModuleDraft = {
  role: 'mentee',
  key: 'skills-not-age',
  title: 'Skills, not age',
  summary: 'Do not assume what your mentor knows from their age: ask, and be ready to teach a thing or two yourself.',
  body: paragraphs(
    'Your mentor was matched with you for the skills they said they can teach, not for their generation. Being a digital native does not make someone an expert on every platform: not every younger colleague uses TikTok, knows LinkedIn well or follows the same culture, just as not every senior leader is the same.',
    'Assumptions based on age are stereotypes, and they cost you. A mentor asked to teach something they do not know feels set up to fail, and you miss what they actually can teach.',
    [
      'Instead:',
      "- Read your mentor's profile in Tandem: which skills they offered, and at what level.",
      '- Ask what they know and how they use it before asking for help with it.',
      '- If they do not know something, learn it together or find another source.',
      '- Notice when you know more than they do: you may be the one teaching.',
    ].join('\n'),
    'The same holds the other way round. Your mentor should not assume you know nothing about technology or everything about business. Tell them what you already know so that you start in the right place.',
  ),
  questions: [
    {
      prompt:
        'Your mentor, who is 24, was matched to teach you data analysis. You would also like help with TikTok. What do you do?',
      options: [
        'Assume they know TikTok and ask for a full tutorial at the next meeting',
        'Ask the program manager for a different mentor who uses TikTok',
        'Ask whether TikTok is something they know and would like to help with, and look for another source if not',
        'Drop the idea, since it was not part of the match',
      ],
      correct: 2,
      explanation:
        'Age tells you nothing about which platforms someone knows. Asking respects the skills they actually offered and keeps the door open if they do know it.',
    },
    {
      prompt: 'How does Tandem decide who teaches whom?',
      options: [
        'Younger employees are matched to teach every digital topic',
        'By the skills each person can teach and wants to learn, in both directions',
        'By the size of the age gap',
        'At random within a department',
      ],
      correct: 1,
      explanation:
        "Pairs are matched on complementary skills, never on generation. That is why your mentor's profile, not their age, tells you what to ask them about.",
    },
  ],
};

const PRIVACY_GROUND_RULES: TrainingModuleDraft = {
  role: 'mentee',
  key: 'privacy-ground-rules',
  title: 'Setting privacy ground rules',
  summary:
    'Agree in writing what is private, what is off-limits and what may be shared, before you hand over your phone.',
  body: paragraphs(
    'Confidentiality protects both people in the pair, and it works best when the rules are written down before anything goes wrong. Your Tandem agreement records how often you meet, the topics you will cover, the topics that are off-limits and how confidentiality works between you, and both of you sign it.',
    'Think ahead about what your mentor will see. Learning a phone, an inbox or a social account often means sharing a screen full of messages, photos and documents. Decide what you are comfortable with, close what you are not, and say so. Never share passwords; sign in yourself.',
    'Confidentiality runs both ways. Your mentor may tell you frankly how their team sees a decision or a manager. That stays with you: do not act on it in a way that exposes them, and do not repeat it to their manager.',
    'If the rules need to change, renegotiate the agreement rather than quietly stretching it. Tandem keeps each version, so both of you know what you agreed.',
  ),
  questions: [
    {
      prompt: "Your mentor is about to help you with your phone's social apps. What should you do first?",
      options: [
        'Hand over the phone unlocked and let them explore',
        'Give them your passwords so they can sign in for you between meetings',
        'Close anything private, sign in yourself, and agree what they will and will not look at',
        'Ask them to sign a separate non-disclosure agreement with the legal team',
      ],
      correct: 2,
      explanation:
        'Preparing your device and agreeing the limits keeps both of you safe, and signing in yourself keeps your accounts yours. Your Tandem agreement already covers confidentiality, so no separate legal paperwork is needed.',
    },
    {
      prompt:
        "Your mentor mentions that their team is unhappy with their manager's decisions. What do you do with that?",
      options: [
        'Keep it within the pair and, if it points to a wider issue, think about it without exposing your mentor',
        'Raise it with their manager so it can be fixed quickly',
        'Mention it at the next leadership meeting, without naming names',
        'Ask your mentor to find out which colleagues are most unhappy',
      ],
      correct: 0,
      explanation:
        'What your mentor tells you is as confidential as what you tell them. Acting on it in a way that can be traced back to them would break their trust and put them at risk.',
    },
  ],
};

/** Every default module: the junior mentor's first, then the senior mentee's. */
export const DEFAULT_TRAINING: readonly TrainingModuleDraft[] = [
  TEACHING_UPWARD,
  CONFIDENTIALITY,
  WORK_APPROPRIATE,
  NOT_SEEKING_FAVOUR,
  LEARNER_DRIVES,
  STRATEGY_STAYS_WITH_SENIOR,
  STATUS_AT_THE_DOOR,
  BE_THE_DRIVER,
  LISTEN_MORE,
  GIVING_BACK,
  SKILLS_NOT_AGE,
  PRIVACY_GROUND_RULES,
];

// In mutual mode both people teach, so the two modules that frame who teaches whom get one extra
// closing paragraph. Every other module applies unchanged: the junior mentor still needs to
// learn well when the senior teaches, and the senior still needs to teach without dictating,
// but the role labels and their guidance stay as they are.
const MUTUAL_NOTES: Readonly<Record<string, string>> = {
  'teaching-upward':
    'In a mutual program teaching runs both ways: your partner also teaches you, usually business acumen, industry practice and career skills. In those sessions be the learner you ask them to be: set your own goals, prepare an agenda, do the work yourself and listen more than you talk.',
  'giving-back':
    'In a mutual program giving back is half of the pairing, not a courtesy: you were matched on what you can teach as well as what you want to learn, and you have teaching goals of your own in Tandem. Plan those sessions as carefully as your mentor plans theirs, and let your mentor drive while you navigate.',
};

/**
 * The modules a new program starts with. Both modes get every module for both roles; 'mutual'
 * appends a short two-way note to "Teaching upward" and "Giving back". Returns fresh objects, so
 * callers may adjust the list without touching DEFAULT_TRAINING.
 */
export function defaultTrainingFor(mode: 'reverse' | 'mutual'): TrainingModuleDraft[] {
  return DEFAULT_TRAINING.map((module) => {
    const note = mode === 'mutual' ? MUTUAL_NOTES[module.key] : undefined;
    return note === undefined ? { ...module } : { ...module, body: paragraphs(module.body, note) };
  });
}
