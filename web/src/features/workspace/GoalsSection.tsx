import { useState } from 'react';
import { api } from '../../api/client';
import type { Goal, GoalDraft, GoalPatch, Goals, GoalSide } from '../../api/goals';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';

/** 'new' for the add form, a goal id for editing it. */
type Editing = 'new' | string | null;

function prompts(g: Goals): string[] {
  const out: string[] = [];
  const partnerSide: GoalSide = g.mySide === 'mentor' ? 'mentee' : 'mentor';
  const why = g.mode === 'reverse' ? 'In reverse mentoring the senior’s learning goals lead the pair.' : 'In mutual mentoring you both learn, so each of you writes a goal.';
  if (g.missing.includes(g.mySide)) out.push(`Write what you want to learn from ${g.partner.name}. ${why}`);
  if (g.missing.includes(partnerSide)) out.push(`${g.partner.name} has not written a goal yet. ${why}`);
  return out;
}

/** The pair's learning goals, both directions: what I learn from my partner, and what they learn from me. */
export function GoalsSection({ pairId }: { pairId: string }) {
  const path = `/api/me/pairs/${encodeURIComponent(pairId)}/goals`;
  const [version, setVersion] = useState(0);
  const goals = useApi<Goals>(path, { refreshKey: version });
  const [editing, setEditing] = useState<Editing>(null);
  const { busy, error, setError, run } = useAction({ onDone: () => setVersion((v) => v + 1) });

  async function send(work: () => Promise<unknown>, closeForm: boolean) {
    if ((await run(work)) && closeForm) setEditing(null);
  }

  const goalPath = (goal: Goal) => `${path}/${encodeURIComponent(goal.id)}`;
  const save = (draft: GoalDraft) =>
    editing === 'new' || editing === null
      ? send(() => api(path, { method: 'POST', body: draft }), true)
      : send(() => api(`${path}/${encodeURIComponent(editing)}`, { method: 'PATCH', body: draft }), true);
  const patch = (goal: Goal, body: GoalPatch) => send(() => api(goalPath(goal), { method: 'PATCH', body }), false);
  const remove = (goal: Goal) => send(() => api(goalPath(goal), { method: 'DELETE' }), true);
  const startEditing = (next: Editing) => {
    setError(undefined);
    setEditing(next);
  };

  const g = goals.data;
  const form = (goal?: Goal) =>
    g && <GoalForm goal={goal} partnerName={g.partner.name} targetDates={g.targetDates} busy={busy} error={error} onSave={(d) => void save(d)} onCancel={() => startEditing(null)} />;
  const group = (mine: boolean) => {
    if (!g) return null;
    const items = g.goals.filter((goal) => goal.mine === mine);
    const headingId = mine ? 'goals-mine-heading' : 'goals-theirs-heading';
    return (
      <section className="goals-group" aria-labelledby={headingId}>
        <h3 id={headingId}>{mine ? `What I’m learning from ${g.partner.name}` : `What ${g.partner.name} is learning from me`}</h3>
        {items.length === 0 && editing !== 'new' && (
          <EmptyState title={mine ? 'No goal of yours yet.' : `${g.partner.name} has no goal yet.`}>{!mine && <p>Only {g.partner.name} can write their own goals; you help with them.</p>}</EmptyState>
        )}
        <div className="goals-list">
          {items.map((goal) =>
            editing === goal.id ? (
              <div className="card" key={goal.id}>
                {form(goal)}
              </div>
            ) : (
              <GoalCard key={goal.id} goal={goal} canWrite={g.canWrite} busy={busy} onPatch={(body) => void patch(goal, body)} onEdit={() => startEditing(goal.id)} onDelete={() => void remove(goal)} />
            ),
          )}
        </div>
        {mine && g.canWrite && (editing === 'new' ? <div className="card">{form()}</div> : <button type="button" onClick={() => startEditing('new')} disabled={busy}>Add a goal</button>)}
      </section>
    );
  };

  return (
    <section className="workspace-section" id="goals" aria-labelledby="goals-heading">
      <h2 id="goals-heading">Our goals</h2>
      <p className="lead">Each of you writes what you want to learn from the other, and you both track how it goes. Goals are private to the two of you unless the one who learns shares one with the program.</p>
      <ErrorBanner error={goals.error} title="Could not load the goals" />
      {g === undefined && goals.error === undefined && <Loading />}
      {g !== undefined && (
        <div className="goals-body" aria-busy={goals.loading || busy || undefined}>
          {!g.canWrite && <p className="notice">This pair has ended; its goals are kept here as history.</p>}
          {g.canWrite &&
            prompts(g).map((text) => (
              <p key={text} className="notice goals-prompt" role="note">
                {text}
              </p>
            ))}
          <ErrorBanner error={error} title="That did not work" />
          {group(true)}
          {group(false)}
        </div>
      )}
    </section>
  );
}
