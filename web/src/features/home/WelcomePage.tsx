import { PageHeading } from '../../components/PageHeading';
import { rolesText } from '../../format';
import { useMe } from '../../session';

/** Home for managers and participants until programs exist. */
export function WelcomePage() {
  const me = useMe();
  return (
    <section className="page">
      <PageHeading title="Welcome" documentTitle="Home">
        Welcome, {me.name}
      </PageHeading>
      <div className="card">
        <p className="lead">Your programs will appear here.</p>
        <p className="muted">
          You are signed in to {me.org.name} as {me.email} ({rolesText(me.roles)}).
        </p>
      </div>
    </section>
  );
}
