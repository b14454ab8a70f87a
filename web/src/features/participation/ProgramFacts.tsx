import type { ProgramBrief } from '../../api/programs';
import { formatDate } from '../../format';
import { commitmentText, MODE_LABELS } from './labels';

/** What a program is for and what it asks of you: objectives, dates, time commitment. */
export function ProgramFacts({ program }: { program: ProgramBrief }) {
  return (
    <>
      <p className="program-meta">
        {MODE_LABELS[program.mode]} · {formatDate(program.startDate)} to {formatDate(program.endDate)}
      </p>
      {program.objectives.trim() !== '' && <p className="program-objectives">{program.objectives}</p>}
      <p className="program-commitment">{commitmentText(program)}</p>
    </>
  );
}
