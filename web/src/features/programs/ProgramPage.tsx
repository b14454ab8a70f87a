import { useState } from 'react';
import type { Program } from '../../api/programs';
import { useApi } from '../../hooks/useApi';
import { useLocation } from '../../router';
import { programApi } from './paths';
import { ProgramCounts } from './ProgramCounts';
import { ProgramFrame } from './ProgramFrame';
import { ProgramSettingsEditor } from './ProgramSettingsEditor';
import { ProgramSettingsSummary } from './ProgramSettingsSummary';
import { RoundsPanel } from './RoundsPanel';
import { SponsorPicker } from './SponsorPicker';
import { StatusActions } from './StatusActions';
import { StatusStepper } from './StatusStepper';

/** /programs/:programId: the overview (stage, counts, settings) or, with ?tab=rounds, the rounds. */
export function ProgramPage({ programId }: { programId: string }) {
  const { search } = useLocation();
  const tab = new URLSearchParams(search).get('tab') === 'rounds' ? 'rounds' : 'overview';
  const program = useApi<Program>(programApi(programId));
  return (
    <ProgramFrame programId={programId} program={program} section={tab}>
      {(data) => (tab === 'rounds' ? <RoundsPanel program={data} /> : <ProgramOverview program={data} reload={program.reload} />)}
    </ProgramFrame>
  );
}

function ProgramOverview({ program, reload }: { program: Program; reload(): void }) {
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  return (
    <>
      <section className="card" aria-labelledby="stage-heading">
        <h2 id="stage-heading">Stage</h2>
        <StatusStepper status={program.status} />
        <StatusActions program={program} onChanged={reload} />
      </section>
      <section className="card" aria-labelledby="counts-heading">
        <h2 id="counts-heading">People</h2>
        <ProgramCounts counts={program.counts} />
      </section>
      <section className="card" aria-labelledby="settings-heading">
        <div className="card-title-row">
          <h2 id="settings-heading">Settings</h2>
          {!editing && program.status !== 'closed' && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setEditing(true);
                setNotice('');
              }}
            >
              Edit settings
            </button>
          )}
        </div>
        <p role="status" className="inline-status">
          {notice}
        </p>
        {editing ? (
          <ProgramSettingsEditor
            program={program}
            onCancel={() => setEditing(false)}
            onSaved={(changed) => {
              setEditing(false);
              setNotice(changed ? 'Settings saved.' : 'Nothing changed.');
              if (changed) reload();
            }}
          />
        ) : (
          <ProgramSettingsSummary program={program} />
        )}
      </section>
      <SponsorPicker programId={program.id} />
    </>
  );
}
