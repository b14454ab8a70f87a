import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { raiseConcernApi, type Concern } from '../../api/safeguards';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { TextAreaField } from '../../components/TextAreaField';
import { useAction } from '../../hooks/useAction';
import { myConcernHref, myConcernsHref } from '../safeguards/paths';

/** Raise a concern: a confidential message to the program manager that the partner never sees. */
export function ConcernSection({ pairId }: { pairId: string }) {
  const [body, setBody] = useState('');
  const { busy, error, run } = useAction();
  const [sent, setSent] = useState<Concern>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      const concern = await api<Concern>(raiseConcernApi(pairId), { method: 'POST', body: { body } });
      setSent(concern);
      setBody('');
    });
  }

  return (
    <section className="workspace-section" id="concern" aria-labelledby="concern-heading">
      <h2 id="concern-heading">Raise a concern with the program manager</h2>
      <p className="lead">
        If something about this pair worries you, you can write to the program manager in confidence. Your partner will never see it and is not told that you wrote. The program manager answers you here in Tandem, and can end or re-match the pair with no fault on anyone.
      </p>
      {sent !== undefined && (
        <p className="notice" role="status">
          Sent to the program manager. <Link href={myConcernHref(sent.id)}>Follow the conversation</Link>.
        </p>
      )}
      <form className="concern-form" onSubmit={submit}>
        <TextAreaField label="Your message" hint="Only you and the program’s managers can read it." rows={5} maxLength={5000} value={body} onChange={(event) => setBody(event.target.value)} error={error?.fieldMessage('body')} disabled={busy} required />
        <ErrorBanner error={error !== undefined && error.fieldMessage('body') === undefined ? error : undefined} title="Your concern was not sent" />
        <div className="form-actions">
          <button type="submit" disabled={busy || body.trim() === ''}>
            Send to the program manager
          </button>
          <Link href={myConcernsHref}>My concerns</Link>
        </div>
      </form>
    </section>
  );
}
