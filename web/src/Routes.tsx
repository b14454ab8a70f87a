import { canOpen, homePathFor } from './access';
import type { Me } from './api/types';
import { Redirect } from './components/Redirect';
import { AuditPage } from './features/audit/AuditPage';
import { SignInPage } from './features/auth/SignInPage';
import { ForbiddenPage, NotFoundPage } from './features/home/MessagePages';
import { ImportPage } from './features/import/ImportPage';
import { AcceptInvitePage } from './features/invitations/AcceptInvitePage';
import { OutboxPage } from './features/outbox/OutboxPage';
import { DirectoryPage } from './features/people/DirectoryPage';
import { PersonPage } from './features/people/PersonPage';
import { UsersPage } from './features/users/UsersPage';
import { ApprovalsPage } from './features/approvals/ApprovalsPage';
import { ApproveByTokenPage } from './features/approvals/ApproveByTokenPage';
import { NotificationsPage } from './features/notifications/NotificationsPage';
import { MyMatchesPage } from './features/participation/MyMatchesPage';
import { MyProfilePage } from './features/participation/MyProfilePage';
import { MyProgramsPage } from './features/participation/MyProgramsPage';
import { TrainingPlayerPage } from './features/participation/TrainingPlayerPage';
import { ProgramEnrollmentPage } from './features/programs/ProgramEnrollmentPage';
import { ProgramNewPage } from './features/programs/ProgramNewPage';
import { ProgramPage } from './features/programs/ProgramPage';
import { ProgramPairsPage } from './features/programs/ProgramPairsPage';
import { ProgramsPage } from './features/programs/ProgramsPage';
import { ProgramTrainingPage } from './features/programs/ProgramTrainingPage';
import { RoundPage } from './features/programs/RoundPage';
import { PairWorkspacePage } from './features/workspace/PairWorkspacePage';
import { ConcernPage } from './features/safeguards/ConcernPage';
import { MyConcernPage } from './features/safeguards/MyConcernPage';
import { MyConcernsPage } from './features/safeguards/MyConcernsPage';
import { MyPulsePage } from './features/safeguards/MyPulsePage';
import { ProgramConcernsPage } from './features/safeguards/ProgramConcernsPage';
import { PulseResultsPage } from './features/safeguards/PulseResultsPage';
import { MySurveyPage } from './features/surveys/MySurveyPage';
import { MySurveysPage } from './features/surveys/MySurveysPage';
import { ProgramSurveysPage } from './features/surveys/ProgramSurveysPage';
import { OutcomesPage } from './features/outcomes/OutcomesPage';
import { ProgramOutcomesPage } from './features/outcomes/ProgramOutcomesPage';
import { ProgramReviewsPage } from './features/reviews/ProgramReviewsPage';
import { ReviewCyclePage } from './features/reviews/ReviewCyclePage';
import { inviteTokenFromHash, matchRoute, safeReturnPath, useHash, useLocation, type Route } from './router';

/** Picks the page for the current URL, applying sign-in and role checks. */
export function AppRoutes({ me }: { me: Me | null }) {
  const { pathname, search } = useLocation();
  const hash = useHash();
  const route = matchRoute(pathname);

  // Public: the token is in the fragment (/invite#<token>) so it never reaches the server's logs.
  // The key starts the page afresh when another link is pasted into the address bar.
  if (route.name === 'invite') {
    const token = inviteTokenFromHash(hash);
    return <AcceptInvitePage key={token} token={token} />;
  }
  if (route.name === 'approve') {
    const token = inviteTokenFromHash(hash);
    return <ApproveByTokenPage key={token} token={token} />;
  }
  if (route.name === 'signIn') {
    if (me === null) return <SignInPage />;
    return <Redirect to={safeReturnPath(new URLSearchParams(search).get('next'))} />;
  }
  if (me === null) {
    const here = pathname + search;
    return <Redirect to={here === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`} />;
  }
  if (route.name === 'home') {
    return <Redirect to={homePathFor(me.roles)} />;
  }
  if (route.name !== 'notFound' && !canOpen(route.name, me.roles)) return <ForbiddenPage />;
  // The key remounts the page when the path changes, so each page starts fresh and
  // moves focus to its own heading.
  return <SignedInPage key={pathname} route={route} />;
}

function SignedInPage({ route }: { route: Route }) {
  switch (route.name) {
    case 'people':
      return <DirectoryPage />;
    case 'person':
      return <PersonPage personId={route.personId} />;
    case 'import':
      return <ImportPage />;
    case 'users':
      return <UsersPage />;
    case 'outbox':
      return <OutboxPage />;
    case 'audit':
      return <AuditPage />;
    case 'programs':
      return <ProgramsPage />;
    case 'programNew':
      return <ProgramNewPage />;
    case 'program':
      return <ProgramPage programId={route.programId} />;
    case 'programEnrollment':
      return <ProgramEnrollmentPage programId={route.programId} />;
    case 'programTraining':
      return <ProgramTrainingPage programId={route.programId} />;
    case 'programRound':
      return <RoundPage programId={route.programId} roundId={route.roundId} />;
    case 'programPairs':
      return <ProgramPairsPage programId={route.programId} />;
    case 'myPrograms':
      return <MyProgramsPage />;
    case 'myProfile':
      return <MyProfilePage />;
    case 'myTraining':
      return <TrainingPlayerPage programId={route.programId} />;
    case 'myMatches':
      return <MyMatchesPage />;
    case 'pairWorkspace':
      return <PairWorkspacePage pairId={route.pairId} />;
    case 'myPulse':
      return <MyPulsePage pulseId={route.pulseId} />;
    case 'myConcerns':
      return <MyConcernsPage />;
    case 'myConcern':
      return <MyConcernPage concernId={route.concernId} />;
    case 'programConcerns':
      return <ProgramConcernsPage programId={route.programId} />;
    case 'programPulse':
      return <PulseResultsPage programId={route.programId} />;
    case 'programSurveys':
      return <ProgramSurveysPage programId={route.programId} />;
    case 'mySurveys':
      return <MySurveysPage />;
    case 'mySurvey':
      return <MySurveyPage responseId={route.responseId} />;
    case 'programOutcomes':
      return <ProgramOutcomesPage programId={route.programId} />;
    case 'outcomes':
      return <OutcomesPage />;
    case 'programReviews':
      return <ProgramReviewsPage programId={route.programId} />;
    case 'reviewCycle':
      return <ReviewCyclePage cycleId={route.cycleId} />;
    case 'concern':
      return <ConcernPage concernId={route.concernId} />;
    case 'approvals':
      return <ApprovalsPage />;
    case 'notifications':
      return <NotificationsPage />;
    default:
      return <NotFoundPage />;
  }
}
