interface Column {
  name: string;
  required: boolean;
  description: string;
}

export const IMPORT_COLUMNS: readonly Column[] = [
  { name: 'employee_id', required: true, description: 'Your own unique id for the person; it links rows between imports.' },
  { name: 'name', required: true, description: 'Full name.' },
  { name: 'email', required: true, description: 'Work email address.' },
  { name: 'department', required: true, description: 'Department or team.' },
  { name: 'level', required: true, description: 'Grade as a whole number; higher is more senior.' },
  { name: 'job_title', required: false, description: 'Job title.' },
  { name: 'manager_id', required: false, description: 'The employee_id of the person’s manager.' },
  { name: 'location', required: false, description: 'Office or city.' },
  { name: 'time_zone', required: false, description: 'IANA time zone, e.g. Europe/Paris.' },
  { name: 'hire_date', required: false, description: 'Date in YYYY-MM-DD form.' },
  { name: 'status', required: false, description: 'active, on_leave or departed (default active).' },
  { name: 'termination_date', required: false, description: 'Date in YYYY-MM-DD form, for departed people.' },
  { name: 'generation_band', required: false, description: 'Used only for aggregate reach reports, never for matching.' },
];

/** The CSV format: which columns exist and which are required. */
export function ImportColumns() {
  return (
    <section className="card columns-help" aria-labelledby="import-columns-heading">
      <h2 id="import-columns-heading">Columns</h2>
      <p>The first row holds the column names. Columns can be in any order; unknown columns are ignored.</p>
      <dl className="columns-list">
        {IMPORT_COLUMNS.map((column) => (
          <div key={column.name} className="columns-row">
            <dt>
              <code>{column.name}</code> <span className={column.required ? 'tag tag-required' : 'tag'}>{column.required ? 'required' : 'optional'}</span>
            </dt>
            <dd>{column.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
