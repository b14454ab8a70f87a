import { useState } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { InvitationsSection } from '../invitations/InvitationsSection';
import { InviteForm } from '../invitations/InviteForm';
import { UsersSection } from './UsersSection';

/** /users: user accounts and their roles, the invite form and sent invitations. */
export function UsersPage() {
  const [sentCount, setSentCount] = useState(0);
  return (
    <section className="page">
      <PageHeading title="Users & invitations" />
      <UsersSection />
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <p className="muted">They receive an email with a link to choose a password. Invitation emails appear in the outbox.</p>
        <InviteForm onInvited={() => setSentCount((count) => count + 1)} />
      </section>
      <InvitationsSection version={sentCount} />
    </section>
  );
}
