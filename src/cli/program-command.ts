// tandem program create | list | status | match (issue 4) | outcomes (issue 6). Each command calls the same use
// cases as the API, as the organization's operator.
import { Command, Option } from 'commander';
import { findOrgBySlug } from '../app/org/create-org.js';
import { changeProgramStatus } from '../app/programs/change-program-status.js';
import { createProgram } from '../app/programs/create-program.js';
import { getProgram } from '../app/programs/get-program.js';
import { listManagerCandidates } from '../app/programs/list-manager-candidates.js';
import { listPrograms } from '../app/programs/list-programs.js';
import { getRound } from '../app/rounds/get-round.js';
import { FIGURES, type FigureName } from '../app/outcomes/compute-outcomes.js';
import { programOutcomes } from '../app/outcomes/get-program-outcomes.js';
import { outcomesCsv } from '../app/outcomes/outcomes-csv.js';
import { previewMatchingRound, runMatchingRound } from '../app/rounds/run-matching-round.js';
import type { RoundSummary } from '../app/rounds/solve-round.js';
import type { Deps } from '../app/deps.js';
import { cliActor, type Actor } from '../core/auth/roles.js';
import { AppError } from '../core/errors.js';
import { PROGRAM_STATUSES, type ProgramStatus } from '../core/programs/status.js';
import { programTemplate } from '../core/programs/templates.js';
import { withDeps } from './context.js';
import { writeAtomically } from './write-atomically.js';

const out = (line = '') => void process.stdout.write(`${line}\n`);

async function actorFor(deps: Deps, slug: string): Promise<Actor> {
  return cliActor((await findOrgBySlug(deps, slug)).id);
}

/** A program by id or by exact name. */
async function programId(deps: Deps, actor: Actor, ref: string): Promise<string> {
  const page = await listPrograms(deps, { actor, query: { page: 1, pageSize: 100 } });
  const found = page.items.filter((p) => p.program.id === ref || p.program.name === ref);
  if (found.length === 1) return (found[0] as (typeof found)[number]).program.id;
  throw new AppError(found.length ? 'conflict' : 'not_found', found.length ? `Several programs are named "${ref}"; use the id.` : `No program "${ref}". See tandem program list.`);
}

export function programCommand(): Command {
  const cmd = new Command('program').description('create and run mentoring programs');
  cmd
    .command('create')
    .description('create a draft program from the reverse or mutual template')
    .requiredOption('--org <slug>', 'organization slug')
    .addOption(new Option('--template <kind>', 'template').choices(['reverse', 'mutual']).default('reverse'))
    .option('--name <name>', 'program name (default: the template’s)')
    .requiredOption('--manager <email>', 'who runs it: a program manager or org admin login')
    .option('--department <name>', 'a pilot inside one department (default: the whole organization)')
    .option('--start <date>', 'start date YYYY-MM-DD (default: today)')
    .option('--end <date>', 'end date YYYY-MM-DD (default: a year after the start)')
    .action((opts: { org: string; template: 'reverse' | 'mutual'; name?: string; manager: string; department?: string; start?: string; end?: string }) =>
      withDeps(async (deps) => {
        const actor = await actorFor(deps, opts.org);
        const template = programTemplate(opts.template);
        if (!template) throw new AppError('validation_failed', `No template ${opts.template}.`);
        const manager = (await listManagerCandidates(deps, { actor })).find((u) => u.email === opts.manager.trim().toLowerCase());
        if (!manager) throw new AppError('validation_failed', `${opts.manager} is not a program manager or org admin of ${opts.org}.`, { fields: [{ path: 'manager', message: 'not a program manager' }] });
        const start = opts.start ?? new Date().toISOString().slice(0, 10);
        const end = opts.end ?? `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
        const view = await createProgram(deps, {
          actor,
          template: template.key,
          meta: null,
          settings: {
            name: opts.name ?? template.name,
            objectives: template.objectives,
            mode: template.mode,
            scope: opts.department ? { kind: 'department', department: opts.department } : { kind: 'organization' },
            requireCrossDepartment: false,
            startDate: start,
            endDate: end,
            hoursPerMonth: template.hoursPerMonth,
            cadenceDays: template.cadenceDays,
            meetingMinutes: template.meetingMinutes,
            mentorCapacity: template.mentorCapacity,
            minLevelGap: template.minLevelGap,
            responseDays: template.responseDays,
            requireTraining: true,
            autoRematch: false,
            selfEnrollment: false,
            skillKeys: [...template.skillKeys],
            managerUserIds: [manager.id],
          },
        });
        out(`Created program ${view.program.name} (${view.program.id}), status draft.`);
      }),
    );
  cmd
    .command('list')
    .description('list the organization’s programs')
    .requiredOption('--org <slug>', 'organization slug')
    .addOption(new Option('--status <status>', 'only this status').choices([...PROGRAM_STATUSES]))
    .action((opts: { org: string; status?: ProgramStatus }) =>
      withDeps(async (deps) => {
        const actor = await actorFor(deps, opts.org);
        const page = await listPrograms(deps, { actor, query: { page: 1, pageSize: 100, status: opts.status } });
        if (!page.items.length) out('No programs.');
        for (const { program: p, counts: c } of page.items) {
          out(`${p.id}  ${p.status.padEnd(9)} ${p.mode.padEnd(7)} ${p.name}  (${c.applied} applied, ${c.approved} approved, ${c.trained} trained, ${c.activePairs} active pairs)`);
        }
      }),
    );
  cmd
    .command('status <program>')
    .description('show a program’s status and where it can go, or move it with --to')
    .requiredOption('--org <slug>', 'organization slug')
    .addOption(new Option('--to <status>', 'move to this status').choices([...PROGRAM_STATUSES]))
    .action((ref: string, opts: { org: string; to?: ProgramStatus }) =>
      withDeps(async (deps) => {
        const actor = await actorFor(deps, opts.org);
        const id = await programId(deps, actor, ref);
        const view = opts.to ? await changeProgramStatus(deps, { actor, programId: id, to: opts.to, meta: null }) : await getProgram(deps, { actor, programId: id });
        const c = view.counts;
        out(`${view.program.name}: ${view.program.status}`);
        out(`  ${c.invited} enrolled, ${c.applied} applied, ${c.approved} approved, ${c.trained} trained, ${c.paired} paired, ${c.activePairs} active pairs`);
        out(`  can move to: ${view.allowedTransitions.join(', ') || 'nothing'}`);
      }),
    );
  cmd
    .command('match <program>')
    .description('run a matching round and print the proposal summary (review and publish it in the web app)')
    .requiredOption('--org <slug>', 'organization slug')
    .option('--dry-run', 'show what the round would propose without saving it', false)
    .action((ref: string, opts: { org: string; dryRun: boolean }) =>
      withDeps(async (deps) => {
        const actor = await actorFor(deps, opts.org);
        const id = await programId(deps, actor, ref);
        if (opts.dryRun) {
          const solved = await previewMatchingRound(deps, { actor, programId: id });
          out(`Dry run: ${solved.pairs.length} new pairs would be proposed (nothing saved).`);
          printSummary(solved.summary);
          for (const p of solved.pairs.slice(0, 20)) out(`  ${p.mentor.brief.name} → ${p.mentee.brief.name}  ${p.score}`);
          return;
        }
        const round = await runMatchingRound(deps, { actor, programId: id, meta: null });
        const view = await getRound(deps, { actor, roundId: round.id });
        out(`Round ${round.number} proposed: ${view.pairCount} pairs (round ${round.id}). Review and publish it in the web app.`);
        printSummary(round.summary as unknown as RoundSummary);
      }),
    );
  cmd
    .command('outcomes <program>')
    .description('export the program’s outcome figures as CSV (every figure, or one with --figure); no figure for fewer than 5 people')
    .requiredOption('--org <slug>', 'organization slug')
    .addOption(new Option('--figure <name>', 'only this figure').choices([...FIGURES]))
    .option('--out <file>', 'write the CSV to this file (default: standard output)')
    .action((ref: string, opts: { org: string; figure?: FigureName; out?: string }) =>
      withDeps(async (deps) => {
        const actor = await actorFor(deps, opts.org);
        const id = await programId(deps, actor, ref);
        const figures = opts.figure ? [opts.figure] : FIGURES;
        const { outcomes, asOf } = await programOutcomes(deps, { actor, programId: id, figures });
        const csv = outcomesCsv(outcomes, opts.figure ?? null);
        if (opts.out) writeAtomically(opts.out, csv);
        else process.stdout.write(csv);
        // stderr: standard output stays a clean CSV.
        process.stderr.write(`Figures as of ${asOf.toISOString()}${opts.out ? `, written to ${opts.out}` : ''}.\n`);
      }),
    );
  return cmd;
}

function printSummary(s: RoundSummary): void {
  const d = s.distribution;
  out(`  ${s.mentors} mentors, ${s.mentees} mentees; total score ${s.total}${s.optimal ? ' (proven optimal)' : ''}; ${s.seconds.toFixed(2)} s`);
  if (d.count) out(`  pair scores: min ${d.min}, median ${d.median}, mean ${Math.round(d.mean ?? 0)}, max ${d.max}`);
  for (const n of s.notEligible) out(`  not in the pool: ${n.count} ${n.reason}`);
  out(`  unmatched: ${s.unmatched.length}`);
  for (const u of s.unmatched.slice(0, 20)) out(`    ${u.person.name} (${u.side}): ${u.detail}`);
  for (const w of s.warnings) out(`  warning: ${w}`);
}
