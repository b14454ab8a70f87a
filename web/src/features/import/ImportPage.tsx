import { useState, type ChangeEvent } from 'react';
import { api, toApiError, type ApiError } from '../../api/client';
import type { ImportResult, RowProblem } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { formatBytes } from '../../format';
import { ImportColumns } from './ImportColumns';
import { ImportReport } from './ImportReport';
import { ImportCounts, ImportDetails } from './ImportSummary';

interface ChosenFile {
  name: string;
  size: number;
  text: string;
}

type Outcome =
  | { kind: 'done'; result: ImportResult; markMissing: boolean }
  | { kind: 'invalid'; rows: RowProblem[]; message: string }
  | { kind: 'failed'; error: ApiError };

/** /import: upload the people CSV, check it (dry run) and import it. */
export function ImportPage() {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [readError, setReadError] = useState<string>();
  const [markMissing, setMarkMissing] = useState(false);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setOutcome(null);
    setReadError(undefined);
    setFile(null);
    if (chosen === undefined) return;
    try {
      // file.text() decodes as UTF-8; a byte-order mark is dropped.
      const text = (await chosen.text()).replace(/^\uFEFF/, '');
      setFile({ name: chosen.name, size: chosen.size, text });
    } catch {
      setReadError('The file could not be read. Choose it again.');
    }
  }

  async function run(dryRun: boolean) {
    if (file === null) return;
    setBusy(dryRun ? 'check' : 'import');
    setOutcome(null);
    try {
      const body = { csv: file.text, markMissingAsDeparted: markMissing, dryRun };
      const result = await api<ImportResult>('/api/people/import', { method: 'POST', body });
      setOutcome({ kind: 'done', result, markMissing });
    } catch (caught) {
      const error = toApiError(caught);
      setOutcome(error.code === 'import_invalid' ? { kind: 'invalid', rows: error.rows, message: error.message } : { kind: 'failed', error });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="page">
      <PageHeading title="Import" documentTitle="Import the directory">
        Import the directory
      </PageHeading>
      <p className="lead">
        Upload a CSV export of your employees. Check the file first; nothing changes until you choose Import. If any row has a problem,
        nothing is imported.
      </p>
      <p>
        <a href="/examples/people.csv" download>
          Download the example CSV file
        </a>
      </p>
      <form className="card form" onSubmit={(event) => event.preventDefault()}>
        <Field label="CSV file" name="csv" type="file" accept=".csv,text/csv" hint="A UTF-8 CSV file; the first row holds the column names." error={readError} onChange={chooseFile} />
        {file !== null && (
          <p className="file-info">
            Selected: <strong>{file.name}</strong> ({formatBytes(file.size)})
          </p>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={markMissing} onChange={(event) => { setMarkMissing(event.target.checked); setOutcome(null); }} />
          <span>Mark people missing from this file as departed</span>
        </label>
        <div className="form-actions">
          <button type="button" className="button-secondary" disabled={file === null || busy !== null} aria-busy={busy === 'check' || undefined} onClick={() => run(true)}>
            Check file
          </button>
          <button type="button" disabled={file === null || busy !== null} aria-busy={busy === 'import' || undefined} onClick={() => run(false)}>
            Import
          </button>
        </div>
      </form>
      <div role="status" className="import-live">
        {busy !== null && <p className="loading">{busy === 'check' ? 'Checking the file…' : 'Importing…'}</p>}
        {outcome?.kind === 'done' && <ImportCounts result={outcome.result} />}
      </div>
      {outcome?.kind === 'done' && <ImportDetails result={outcome.result} markMissing={outcome.markMissing} />}
      {outcome?.kind === 'invalid' && <ImportReport rows={outcome.rows} message={outcome.message} />}
      {outcome?.kind === 'failed' && <ErrorBanner error={outcome.error} title="The file was not imported" />}
      <ImportColumns />
    </section>
  );
}
