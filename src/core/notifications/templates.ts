// Every message Tandem sends about a program, as email and in-app notification (issue 4).
// Pure. Messages carry names, program names, dates and links only: never a motivation, a
// manager's reason, a profile, a note or anything else a person wrote.

export type NotificationMessage =
  | { kind: 'program_invitation'; programName: string; objectivesFirstLine: string; accountUrl: string | null }
  | { kind: 'approval_request'; participantName: string; programName: string; approveUrl: string | null }
  | { kind: 'approval_reminder'; participantName: string; programName: string; approveUrl: string | null; daysWaiting: number }
  | { kind: 'approval_decided'; programName: string; decision: 'approved' | 'declined' }
  | { kind: 'match_offered'; programName: string; partnerName: string; respondBy: string }
  | { kind: 'match_active'; programName: string; partnerName: string }
  | { kind: 'match_not_going_ahead'; programName: string; why: 'declined' | 'expired' }
  | { kind: 'pair_ended'; programName: string; partnerName: string }
  | { kind: 'rematch_needed'; programName: string; programId: string; how: 'declined' | 'expired' | 'ended' }
  // The pair workspace (issue 5). `when` is already written in the recipient's own time zone.
  | { kind: 'agreement_unsigned'; programName: string; partnerName: string; pairId: string }
  | { kind: 'meeting_scheduled'; programName: string; partnerName: string; pairId: string; when: string; count: number }
  | { kind: 'meeting_changed'; programName: string; partnerName: string; pairId: string; when: string; change: 'rescheduled' | 'cancelled' }
  | { kind: 'meeting_reminder'; programName: string; partnerName: string; pairId: string; when: string }
  | { kind: 'pair_quiet'; programName: string; partnerName: string; pairId: string; weeks: number }
  | { kind: 'checkin_due'; programName: string; pairId: string; phase: 'start' | 'midway' | 'end' }
  | { kind: 'pulse_check_due'; programName: string; pulseId: string }
  | { kind: 'concern_raised'; programName: string; concernId: string }
  | { kind: 'concern_reply'; programName: string; concernId: string }
  // Management reviews (issue 6): names, dates and links only — never a goal, a statement or a comment.
  | { kind: 'review_requested'; programName: string; reviewTitle: string; dueDate: string; pairId: string }
  | { kind: 'review_reminder'; programName: string; reviewTitle: string; dueDate: string; pairId: string }
  | { kind: 'review_confirm_needed'; programName: string; partnerName: string; pairId: string }
  | { kind: 'review_comment'; programName: string; reviewTitle: string; pairId: string }
  // Surveys (issue 6): the kind of survey, its closing date and a link; never a question's answer.
  | { kind: 'survey_due'; programName: string; responseId: string; survey: SurveyMessageKind; closesOn: string }
  | { kind: 'survey_reminder'; programName: string; responseId: string; survey: SurveyMessageKind; closesOn: string };

export type SurveyMessageKind = 'fit_check' | 'pulse' | 'end_of_cycle';

const SURVEY_NAMES: Record<SurveyMessageKind, string> = { fit_check: 'first-meeting check', pulse: 'monthly pulse', end_of_cycle: 'end-of-program survey' };

export interface Rendered {
  /** In-app title and email subject. */
  title: string;
  /** In-app body: one or two sentences. */
  body: string;
  /** The in-app page to open. */
  link: string;
  /** Full email text (plain). */
  email: string;
}

const SIGN_OFF = '\n\n— Tandem';

export function renderMessage(message: NotificationMessage, recipientName: string, appUrl: string): Rendered {
  const r = draft(message);
  const url = `${appUrl.replace(/\/$/, '')}${r.link}`;
  const action = r.emailUrl ?? url;
  return {
    title: r.title,
    body: r.body,
    link: r.link,
    email: `Hello ${recipientName},\n\n${r.body}\n\n${r.cta}: ${action}${SIGN_OFF}`,
  };
}

interface Draft {
  title: string;
  body: string;
  link: string;
  cta: string;
  emailUrl?: string;
}

function draft(m: NotificationMessage): Draft {
  switch (m.kind) {
    case 'program_invitation':
      return {
        title: `You are invited to ${m.programName}`,
        body: `You are invited to join the mentoring program "${m.programName}". ${m.objectivesFirstLine}`.trim(),
        link: '/my/programs',
        cta: m.accountUrl ? 'Create your Tandem account, then read about it and apply' : 'Read about it and apply',
        ...(m.accountUrl ? { emailUrl: m.accountUrl } : {}),
      };
    case 'approval_request':
      return {
        title: `${m.participantName} asks to join ${m.programName}`,
        body: `${m.participantName} has applied to the mentoring program "${m.programName}" and needs your approval as their manager.`,
        link: '/approvals',
        cta: 'Approve or decline',
        ...(m.approveUrl ? { emailUrl: m.approveUrl } : {}),
      };
    case 'approval_reminder':
      return {
        title: `Reminder: ${m.participantName} is waiting for your approval`,
        body: `${m.participantName} applied to "${m.programName}" ${m.daysWaiting} days ago and is still waiting for your approval.`,
        link: '/approvals',
        cta: 'Approve or decline',
        ...(m.approveUrl ? { emailUrl: m.approveUrl } : {}),
      };
    case 'approval_decided':
      return {
        title: m.decision === 'approved' ? `You are approved for ${m.programName}` : `Your application to ${m.programName} was declined`,
        body:
          m.decision === 'approved'
            ? `Your manager approved your place in "${m.programName}". Complete your training so that you can be matched.`
            : `Your application to "${m.programName}" was declined. You can see the details in Tandem.`,
        link: '/my/programs',
        cta: 'Open your programs',
      };
    case 'match_offered':
      return {
        title: `You have a match in ${m.programName}`,
        body: `You have been matched with ${m.partnerName} in "${m.programName}". See why you were paired and accept or decline by ${m.respondBy}.`,
        link: '/my/matches',
        cta: 'See your match',
      };
    case 'match_active':
      return {
        title: `Your pair in ${m.programName} is confirmed`,
        body: `You and ${m.partnerName} have both accepted. Your pair in "${m.programName}" is now active.`,
        link: '/my/matches',
        cta: 'Open your pair',
      };
    case 'match_not_going_ahead':
      return {
        title: `Your match in ${m.programName} is not going ahead`,
        body:
          m.why === 'expired'
            ? `The time to respond to your match in "${m.programName}" has passed. You are back in the pool and will be matched with someone new.`
            : `Your match in "${m.programName}" is not going ahead. No fault on anyone: you are back in the pool and will be matched with someone new.`,
        link: '/my/matches',
        cta: 'Open your matches',
      };
    case 'rematch_needed':
      return {
        title: `A pair in ${m.programName} needs a new match`,
        body: `A pair in "${m.programName}" ${m.how === 'expired' ? 'was not answered in time' : m.how === 'declined' ? 'was declined' : 'has ended'}. Both people are back in the pool; run a matching round to pair them again.`,
        link: `/programs/${m.programId}?tab=rounds`,
        cta: 'Open the program',
      };
    case 'pair_ended':
      return {
        title: `Your pair in ${m.programName} has ended`,
        body: `Your pair with ${m.partnerName} in "${m.programName}" has ended, with no fault on anyone. You can be matched again.`,
        link: '/my/matches',
        cta: 'Open your matches',
      };
    case 'agreement_unsigned':
      return {
        title: `Your agreement with ${m.partnerName} is not signed yet`,
        body: `A week into your pair in "${m.programName}", your written agreement with ${m.partnerName} still needs both signatures. Agreeing how you will work together is the first step.`,
        link: `/my/pairs/${m.pairId}`,
        cta: 'Open your agreement',
      };
    case 'meeting_scheduled':
      return {
        title: m.count > 1 ? `${m.count} meetings with ${m.partnerName} are in your calendar` : `Meeting with ${m.partnerName}: ${m.when}`,
        body:
          m.count > 1
            ? `${m.count} meetings with ${m.partnerName} in "${m.programName}" are scheduled, the first on ${m.when}. The calendar invitation is attached.`
            : `A meeting with ${m.partnerName} in "${m.programName}" is scheduled for ${m.when}. The calendar invitation is attached.`,
        link: `/my/pairs/${m.pairId}`,
        cta: 'Open your pair',
      };
    case 'meeting_changed':
      return {
        title: m.change === 'cancelled' ? `Cancelled: meeting with ${m.partnerName} on ${m.when}` : `Moved: meeting with ${m.partnerName}, now ${m.when}`,
        body:
          m.change === 'cancelled'
            ? `Your meeting with ${m.partnerName} in "${m.programName}" on ${m.when} is cancelled. Your calendar will remove it.`
            : `Your meeting with ${m.partnerName} in "${m.programName}" has moved to ${m.when}. Your calendar will update it.`,
        link: `/my/pairs/${m.pairId}`,
        cta: 'Open your pair',
      };
    case 'meeting_reminder':
      return {
        title: `Reminder: meeting with ${m.partnerName}, ${m.when}`,
        body: `You meet ${m.partnerName} (${m.programName}) on ${m.when}. Afterwards, log how it went.`,
        link: `/my/pairs/${m.pairId}`,
        cta: 'Open your pair',
      };
    case 'pair_quiet':
      return {
        title: `It has been a while since you met ${m.partnerName}`,
        body: `You and ${m.partnerName} have not met in "${m.programName}" for ${m.weeks} weeks. A short catch-up keeps the momentum: pick a time that suits you both.`,
        link: `/my/pairs/${m.pairId}`,
        cta: 'Schedule a meeting',
      };
    case 'checkin_due':
      return {
        title: `Time for your ${m.phase === 'midway' ? 'midway' : m.phase === 'start' ? 'starting' : 'final'} skill check-in`,
        body: `Rate where you are on the skills you are learning in "${m.programName}". It takes two minutes and shows your progress over time.`,
        link: `/my/pairs/${m.pairId}`,
        cta: 'Do your check-in',
      };
    case 'pulse_check_due':
      return {
        title: 'A short, private check-in for mentors',
        body: `Three quick questions about your mentoring in "${m.programName}". Your answers go to the program manager only, never to your mentee.`,
        link: `/my/pulse/${m.pulseId}`,
        cta: 'Answer the check-in',
      };
    case 'concern_raised':
      return {
        title: `A participant in ${m.programName} raised a concern`,
        body: `A participant in "${m.programName}" has sent you a confidential concern about their pair. Please read and respond in Tandem.`,
        link: `/concerns/${m.concernId}`,
        cta: 'Read the concern',
      };
    case 'survey_due':
      return {
        title: `Your ${SURVEY_NAMES[m.survey]} for ${m.programName}`,
        body: `A short ${SURVEY_NAMES[m.survey]} for "${m.programName}" is open until ${m.closesOn}. Your answers are never shown one by one, and never to your partner.`,
        link: `/my/surveys/${m.responseId}`,
        cta: 'Answer the survey',
      };
    case 'survey_reminder':
      return {
        title: `Reminder: your ${SURVEY_NAMES[m.survey]} closes on ${m.closesOn}`,
        body: `Your ${SURVEY_NAMES[m.survey]} for "${m.programName}" is still open until ${m.closesOn}. It takes a couple of minutes.`,
        link: `/my/surveys/${m.responseId}`,
        cta: 'Answer the survey',
      };
    case 'concern_reply':
      return {
        title: `The program manager replied to your concern`,
        body: `The program manager of "${m.programName}" has replied to the concern you raised. Only you can see it.`,
        link: `/my/concerns/${m.concernId}`,
        cta: 'Read the reply',
      };
    case 'review_requested':
      return {
        title: `Review: ${m.reviewTitle} in ${m.programName}`,
        body: `The program "${m.programName}" asks each pair for a short progress summary ("${m.reviewTitle}") by ${m.dueDate}. You choose together what to share: nothing is sent until you both confirm.`,
        link: `/my/pairs/${m.pairId}#review`,
        cta: 'Prepare your summary',
      };
    case 'review_reminder':
      return {
        title: `Reminder: your review summary is due ${m.dueDate}`,
        body: `Your pair's progress summary for "${m.reviewTitle}" in "${m.programName}" is due by ${m.dueDate} and has not been submitted yet. It goes only once you both confirm what to share.`,
        link: `/my/pairs/${m.pairId}#review`,
        cta: 'Open your summary',
      };
    case 'review_confirm_needed':
      return {
        title: `${m.partnerName} confirmed your review summary`,
        body: `${m.partnerName} confirmed your pair's review summary in "${m.programName}". It is submitted once you confirm it too.`,
        link: `/my/pairs/${m.pairId}#review`,
        cta: 'Read and confirm',
      };
    case 'review_comment':
      return {
        title: `A reviewer commented on your summary`,
        body: `A reviewer of "${m.programName}" commented on your pair's summary for "${m.reviewTitle}".`,
        link: `/my/pairs/${m.pairId}#review`,
        cta: 'Read the comment',
      };
  }
}
