import { useState } from 'react';
import type { MyMatch, MyPrograms, Profile } from '../../api/programs';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../hooks/useApi';
import '../../styles/participation.css';
import { EnrollmentCard } from './EnrollmentCard';
import { LeaderSignalsChoice } from './LeaderSignalsChoice';
import { OpenProgramCard } from './OpenProgramCard';

/**
 * /my/programs — the home page of participants: each program I am in with its next step, and
 * the programs I may apply to on my own.
 */
export function MyProgramsPage() {
  const [refresh, setRefresh] = useState(0);
  const [message, setMessage] = useState('');
  const programs = useApi<MyPrograms>('/api/me/programs', { refreshKey: refresh });
  const data = programs.data;
  const hasPerson = data?.hasPerson === true;
  // The profile only decides whether to point to it before applying; without it, say nothing.
  const profile = useApi<Profile>(hasPerson ? '/api/me/profile' : null, { refreshKey: refresh });
  const profileHasSkills = profile.data === undefined || profile.data.knows.length + profile.data.wants.length > 0;
  // MyEnrollment has no answer deadline: read it from the offered matches, only when there is one.
  const anyOffered = data?.enrollments.some((enrollment) => enrollment.pairStatus === 'offered') ?? false;
  const matches = useApi<MyMatch[]>(anyOffered ? '/api/me/matches' : null, { refreshKey: refresh });

  function changed(text: string) {
    setMessage(text);
    setRefresh((value) => value + 1);
  }

  return (
    <section className="page" aria-busy={programs.loading || undefined}>
      <PageHeading title="My programs" />
      <p className="lead">The mentoring programs you are invited to or take part in, and what to do next.</p>
      <div role="status" className="status-region">
        {message !== '' && <p className="banner banner-success">{message}</p>}
      </div>
      <ErrorBanner error={programs.error} title="Could not load your programs" />
      {programs.loading && data === undefined && <Loading />}
      {data && !data.hasPerson && (
        <div className="card">
          <h2>Your account is not linked to the directory</h2>
          <p>
            Programs are for people in your organization&apos;s employee directory, and your account is not linked to
            anyone there yet, so there is nothing to join here.
          </p>
          <p className="muted">
            Ask an organization admin to link your account to your directory entry (or to invite you from it).
          </p>
        </div>
      )}
      {data && data.hasPerson && (
        <>
          {!profileHasSkills && (
            <p className="notice">
              Before you apply, say what you can teach and what you want to learn:{' '}
              <Link href="/my/profile">complete your profile</Link>.
            </p>
          )}
          <section aria-labelledby="my-enrollments-heading" className="stack">
            <h2 id="my-enrollments-heading">Your programs</h2>
            {data.enrollments.length === 0 ? (
              <EmptyState title="You are not in any program yet.">
                <p>
                  {data.open.length > 0
                    ? 'You can apply to one of the open programs below.'
                    : 'When a program manager invites you, the program appears here.'}
                </p>
              </EmptyState>
            ) : (
              <ul className="card-list">
                {data.enrollments.map((enrollment) => (
                  <EnrollmentCard
                    key={enrollment.id}
                    enrollment={enrollment}
                    offeredMatch={matches.data?.find(
                      (match) => match.program.id === enrollment.program.id && match.status === 'offered',
                    )}
                    profileHasSkills={profileHasSkills}
                    onChanged={changed}
                  />
                ))}
              </ul>
            )}
          </section>
          {data.open.length > 0 && (
            <section aria-labelledby="open-programs-heading" className="stack">
              <h2 id="open-programs-heading">Open to apply</h2>
              <p className="muted">
                Anyone in these programs&apos; scope may apply; your manager is asked to approve your place.
              </p>
              <ul className="card-list">
                {data.open.map((program) => (
                  <OpenProgramCard
                    key={program.id}
                    program={program}
                    profileHasSkills={profileHasSkills}
                    onApplied={changed}
                  />
                ))}
              </ul>
            </section>
          )}
          <LeaderSignalsChoice />
          <p className="page-links">
            <Link href="/my/profile">Your profile</Link> · <Link href="/my/matches">Your matches</Link>
          </p>
        </>
      )}
    </section>
  );
}
