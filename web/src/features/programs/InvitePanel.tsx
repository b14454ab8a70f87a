import { useState, type ChangeEvent, type FormEvent } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { InviteBody, InviteResult, Program, Side } from '../../api/programs';
import type { Facets } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, SelectField } from '../../components/Field';
import { plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { fieldError } from './fieldErrors';
import { SIDE_LABELS } from './labels';
import { programApi } from './paths';
import { RadioGroup } from './RadioGroup';
import { TextAreaField } from '../../components/TextAreaField';

type Source = 'filter' | 'csv';

interface InvitePanelProps {
  program: Program;
  onInvited(): void;
}

/** Invite people by a directory filter or by a CSV with an employee_id column; shows what happened. */
export function InvitePanel({ program, onInvited }: InvitePanelProps) {
  const facets = useApi<Facets>('/api/people/facets');
  const [source, setSource] = useState<Source>('filter');
  const [department, setDepartment] = useState(program.scope.kind === 'department' ? program.scope.department : '');
  const [minLevel, setMinLevel] = useState('');
  const [maxLevel, setMaxLevel] = useState('');
  const [csv, setCsv] = useState('');
  const [fileNote, setFileNote] = useState<string>();
  const [side, setSide] = useState<Side | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [localError, setLocalError] = useState<{ path: string; message: string }>();
  const [result, setResult] = useState<InviteResult>();

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileNote(undefined);
    if (file === undefined) return;
    try {
      // Read in the browser and sent as text: the invitation API takes the CSV in the body.
      setCsv((await file.text()).replace(/^\uFEFF/, ''));
      setFileNote(`${file.name} loaded below; you can edit it before sending.`);
    } catch {
      setLocalError({ path: 'csv', message: 'The file could not be read. Choose it again.' });
    }
  }

  function body(): InviteBody | { path: string; message: string } {
    const sidepart = side === '' ? {} : { side };
    if (source === 'csv') {
      const header = csv.trim().split(/\r?\n/, 1)[0] ?? '';
      if (csv.trim() === '') return { path: 'csv', message: 'Choose a file or paste the CSV.' };
      if (!header.split(/[,;\t]/).some((column) => column.trim().replace(/^"|"$/g, '').toLowerCase() === 'employee_id')) {
        return { path: 'csv', message: 'The first row must name the columns, one of them employee_id.' };
      }
      return { csv, ...sidepart };
    }
    const filter: NonNullable<InviteBody['filter']> = {};
    if (department !== '') filter.department = department;
    for (const [name, text] of [['minLevel', minLevel], ['maxLevel', maxLevel]] as const) {
      if (text.trim() === '') continue;
      const level = Number(text);
      if (!Number.isInteger(level)) return { path: `filter.${name}`, message: 'Enter a whole number.' };
      filter[name] = level;
    }
    if (filter.minLevel !== undefined && filter.maxLevel !== undefined && filter.minLevel > filter.maxLevel) {
      return { path: 'filter.maxLevel', message: 'The highest level must not be below the lowest.' };
    }
    return { filter, ...sidepart };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const built = body();
    setResult(undefined);
    setError(undefined);
    if ('path' in built) {
      setLocalError(built);
      return;
    }
    setLocalError(undefined);
    setBusy(true);
    try {
      setResult(await api<InviteResult>(`${programApi(program.id)}/invitations`, { method: 'POST', body: built }));
      onInvited();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  }

  const problem = (path: string) => (localError?.path === path ? localError.message : fieldError(error, path));
  const departments = facets.data?.departments ?? [];
  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      <ErrorBanner error={error} title="No one was invited" />
      <RadioGroup
        legend="Who to invite"
        name="source"
        value={source}
        onChange={(next) => {
          setSource(next);
          setLocalError(undefined);
        }}
        options={[
          { value: 'filter', label: 'People from the directory' },
          { value: 'csv', label: 'A list of employee IDs (CSV)' },
        ]}
      />
      {source === 'filter' ? (
        <div className="form-grid">
          <SelectField label="Department" name="department" value={department} onChange={(event) => setDepartment(event.target.value)} error={problem('filter.department')}>
            <option value="">Every department in scope</option>
            {(department !== '' && !departments.includes(department) ? [department, ...departments] : departments).map((item) => (
              <option key={item} value={item}>
                {item}
              </option>
            ))}
          </SelectField>
          <Field label="Lowest level" name="minLevel" type="number" inputMode="numeric" step={1} value={minLevel} onChange={(event) => setMinLevel(event.target.value)} error={problem('filter.minLevel')} />
          <Field label="Highest level" name="maxLevel" type="number" inputMode="numeric" step={1} value={maxLevel} onChange={(event) => setMaxLevel(event.target.value)} error={problem('filter.maxLevel')} />
          <p className="field-hint form-grid-wide">Leave all three empty to invite every active person in the program’s scope. People already enrolled are skipped.</p>
        </div>
      ) : (
        <>
          <Field label="CSV file of employee IDs" name="csvFile" type="file" accept=".csv,text/csv,text/plain" hint="Any CSV with an employee_id column, e.g. an export of the directory." onChange={chooseFile} />
          {fileNote !== undefined && <p className="file-info">{fileNote}</p>}
          <TextAreaField
            label="Or paste the CSV"
            name="csv"
            rows={6}
            spellCheck={false}
            className="mono"
            hint={'The first row holds the column names, for example "employee_id", then one ID per row.'}
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
            error={problem('csv')}
          />
        </>
      )}
      <SelectField label="Side" name="side" value={side} onChange={(event) => setSide(event.target.value as Side | '')} error={problem('side')}>
        <option value="">Let each person choose when they apply</option>
        <option value="mentor">{SIDE_LABELS.mentor}</option>
        <option value="mentee">{SIDE_LABELS.mentee}</option>
      </SelectField>
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy || undefined}>
          Send invitations
        </button>
      </div>
      <div role="status" className="form-status">
        {busy && <p className="loading">Sending the invitations…</p>}
        {result !== undefined && <InviteResultView result={result} />}
      </div>
    </form>
  );
}

function InviteResultView({ result }: { result: InviteResult }) {
  return (
    <div className={result.invited > 0 ? 'banner banner-success' : 'banner banner-warning'}>
      <p className="banner-title">{result.invited > 0 ? `${plural(result.invited, 'person', 'people')} invited.` : 'No one new was invited.'}</p>
      <ul className="invite-result">
        {result.alreadyEnrolled > 0 && <li>{plural(result.alreadyEnrolled, 'person was', 'people were')} already enrolled.</li>}
        {result.outOfScope > 0 && <li>{plural(result.outOfScope, 'person is', 'people are')} outside the program’s scope and not invited.</li>}
        {result.notFound.length > 0 && (
          <li>
            {plural(result.notFound.length, 'employee ID was', 'employee IDs were')} not found among active people: <span className="mono">{result.notFound.join(', ')}</span>
          </li>
        )}
      </ul>
    </div>
  );
}
