// tandem pair ics <pairId> (issue 5): a pair's upcoming meetings as one calendar file, for the
// operator — the same invitations the members receive (stable UIDs and sequences), in UTC.
import { Command } from 'commander';
import { findOrgBySlug } from '../app/org/create-org.js';
import { operatorPairIcs, orgOfPair } from '../app/workspace/meeting-ics.js';
import { withDeps } from './context.js';
import { writeAtomically } from './write-atomically.js';

export function pairCommand(): Command {
  const cmd = new Command('pair').description('work with a mentoring pair');
  cmd
    .command('ics <pairId>')
    .description('export the pair’s upcoming meetings as an .ics calendar file (stdout, or --out)')
    .option('--org <slug>', 'organization slug (default: the pair’s own)')
    .option('--out <file>', 'write the calendar to this file instead of stdout')
    .action((pairId: string, opts: { org?: string; out?: string }) =>
      withDeps(async (deps) => {
        const orgId = opts.org ? (await findOrgBySlug(deps, opts.org)).id : await orgOfPair(deps, pairId);
        const file = await operatorPairIcs(deps, { orgId, pairId });
        if (opts.out) {
          writeAtomically(opts.out, file.content);
          process.stderr.write(`Wrote ${opts.out}.\n`);
        } else process.stdout.write(file.content.endsWith('\r\n') ? file.content : `${file.content}\r\n`);
      }),
    );
  return cmd;
}
