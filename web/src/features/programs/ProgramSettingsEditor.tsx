import { api } from '../../api/client';
import type { Program, ProgramSettings, Skill } from '../../api/programs';
import type { Facets } from '../../api/types';
import { useApi } from '../../hooks/useApi';
import { programApi } from './paths';
import { changedSettings, draftFromProgram, settingsFromProgram } from './programDraft';
import { ProgramForm } from './ProgramForm';
import { useManagerOptions } from './useManagerOptions';

interface ProgramSettingsEditorProps {
  program: Program;
  onSaved(changed: boolean): void;
  onCancel(): void;
}

/** The program form filled with the saved settings; PATCH sends only what changed. */
export function ProgramSettingsEditor({ program, onSaved, onCancel }: ProgramSettingsEditorProps) {
  const skills = useApi<Skill[]>('/api/skills');
  const facets = useApi<Facets>('/api/people/facets');
  const managers = useManagerOptions(program.managers);

  async function save(settings: ProgramSettings) {
    const changes = changedSettings(settingsFromProgram(program), settings);
    if (Object.keys(changes).length === 0) {
      onSaved(false);
      return;
    }
    await api<Program>(programApi(program.id), { method: 'PATCH', body: changes });
    onSaved(true);
  }

  return (
    <ProgramForm
      initial={draftFromProgram(program)}
      skills={skills.data}
      skillsError={skills.error}
      departments={facets.data?.departments ?? []}
      managers={managers}
      submitLabel="Save settings"
      busyLabel="Saving the settings…"
      onSubmit={save}
      onCancel={onCancel}
    />
  );
}
