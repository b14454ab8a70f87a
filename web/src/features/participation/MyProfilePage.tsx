import type { Profile, Skill } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../hooks/useApi';
import '../../styles/participation.css';
import { ProfileForm } from './ProfileForm';
import { ProfileSummary } from './ProfileSummary';

/** /my/profile — what I can teach and want to learn, practicalities and pairing wishes. */
export function MyProfilePage() {
  const profile = useApi<Profile>('/api/me/profile');
  const skills = useApi<Skill[]>('/api/skills');
  const loading = profile.loading || skills.loading;
  const data = profile.data;
  const catalogue = skills.data;
  const ready = data !== undefined && catalogue !== undefined;

  return (
    <section className="page" aria-busy={loading || undefined}>
      <p className="breadcrumb">
        <Link href="/my/programs">
          <span aria-hidden="true">← </span>My programs
        </Link>
      </p>
      <PageHeading title="My profile" />
      <p className="lead">Matching pairs you with a colleague by what each of you can teach and wants to learn.</p>
      {loading && !ready && <Loading />}
      <ErrorBanner error={profile.error} title="Could not load your profile" />
      <ErrorBanner error={skills.error} title="Could not load the skill catalogue" />
      {ready && data.locked && (
        <>
          <div className="notice" role="note">
            <p className="banner-title">Your profile is locked while you have a match</p>
            <p>
              You have a match that is offered or active, and it was made from this profile, so the profile cannot
              change until the pair ends. See <Link href="/my/matches">your match</Link>.
            </p>
          </div>
          <div className="card">
            <ProfileSummary profile={data} skills={catalogue} />
          </div>
        </>
      )}
      {ready && !data.locked && <ProfileForm profile={data} skills={catalogue} />}
    </section>
  );
}
