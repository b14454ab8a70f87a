import { useState } from 'react';
import { api } from '../../api/client';
import type { CreateProgramBody, Program, ProgramSettings, ProgramTemplate, Skill } from '../../api/programs';
import type { Facets } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { navigate } from '../../router';
import { useMe } from '../../session';
import { programHref } from './paths';
import { blankDraft, draftFromTemplate } from './programDraft';
import { ProgramForm } from './ProgramForm';
import { RadioGroup, type RadioOption } from './RadioGroup';
import { useManagerOptions } from './useManagerOptions';
import '../../styles/programs.css';

type Start = ProgramTemplate['key'] | 'blank';

/** /programs/new: pick a template (or start blank), adjust the settings, create the program. */
export function ProgramNewPage() {
  const me = useMe();
  const templates = useApi<ProgramTemplate[]>('/api/program-templates');
  const skills = useApi<Skill[]>('/api/skills');
  const facets = useApi<Facets>('/api/people/facets');
  const managers = useManagerOptions([]);
  const [start, setStart] = useState<Start | ''>('');

  const template = templates.data?.find((item) => item.key === start);
  const options: Array<RadioOption<Start>> = [
    ...(templates.data ?? []).map((item) => ({ value: item.key, label: item.label, hint: templateHint(item) })),
    { value: 'blank', label: 'Blank program', hint: 'Start from empty settings, no skills chosen and no training modules.' },
  ];

  async function create(settings: ProgramSettings) {
    const body: CreateProgramBody = template !== undefined ? { ...settings, template: template.key } : settings;
    const program = await api<Program>('/api/programs', { method: 'POST', body });
    navigate(programHref(program.id));
  }

  return (
    <section className="page program-page">
      <p className="breadcrumb">
        <Link href="/programs">
          <span aria-hidden="true">← </span>All programs
        </Link>
      </p>
      <PageHeading title="New program" />
      <p className="lead">
        A program is a formal commitment: objectives, dates, how often pairs meet, and who runs it. It starts as a draft that only its managers
        see.
      </p>
      <div className="card">
        {templates.loading && templates.data === undefined && <Loading label="Loading the templates…" />}
        <ErrorBanner error={templates.error} title="Could not load the templates; you can still start from a blank program" />
        <RadioGroup legend="Start from" name="start" cards options={options} value={start} onChange={setStart} />
        {start !== '' && <p className="field-hint">Choosing another starting point replaces what you typed below.</p>}
      </div>
      {start !== '' && (start === 'blank' || template !== undefined) && (
        <section className="card" aria-labelledby="settings-heading">
          <h2 id="settings-heading">Settings{template !== undefined ? ` (from “${template.label}”)` : ''}</h2>
          <ProgramForm
            key={start}
            initial={template !== undefined ? draftFromTemplate(template, [me.id]) : blankDraft([me.id])}
            skills={skills.data}
            skillsError={skills.error}
            departments={facets.data?.departments ?? []}
            managers={managers}
            submitLabel="Create program"
            busyLabel="Creating the program…"
            onSubmit={create}
          />
        </section>
      )}
    </section>
  );
}

function templateHint(template: ProgramTemplate): string {
  const mentors = template.training.filter((module) => module.role === 'mentor').length;
  const mentees = template.training.length - mentors;
  return `${template.description} Includes ${plural(template.skillKeys.length, 'skill')} and training: ${plural(mentors, 'module')} for junior mentors, ${plural(mentees, 'module')} for senior mentees.`;
}
