import { useId, useState } from 'react';
import type { ProgramBrief } from '../../api/programs';
import { ApplyForm } from './ApplyForm';
import { ProgramFacts } from './ProgramFacts';

interface OpenProgramCardProps {
  program: ProgramBrief;
  profileHasSkills: boolean;
  onApplied(message: string): void;
}

/** A program open for self-enrollment that I have not joined, with its Apply form. */
export function OpenProgramCard({ program, profileHasSkills, onApplied }: OpenProgramCardProps) {
  const headingId = useId();
  const [applying, setApplying] = useState(false);
  return (
    <li className="card program-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{program.name}</h3>
      <ProgramFacts program={program} />
      {applying ? (
        <ApplyForm
          program={program}
          profileHasSkills={profileHasSkills}
          onCancel={() => setApplying(false)}
          onApplied={() => onApplied(`Your application to ${program.name} is sent.`)}
        />
      ) : (
        <div className="card-actions">
          <button type="button" onClick={() => setApplying(true)} aria-label={`Apply to ${program.name}`}>
            Apply
          </button>
        </div>
      )}
    </li>
  );
}
