import { Command, InvalidArgumentError } from 'commander';
import { findOrgBySlug } from '../app/org/create-org.js';
import { listOutbox } from '../app/outbox/list-outbox.js';
import { cliActor } from '../core/auth/roles.js';
import { withDeps } from './context.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('must be a whole number from 1 to 100');
  return n;
}

/** `tandem outbox --org acme`: the emails Tandem sent (or, without SMTP, kept) for an organization. */
export function outboxCommand(): Command {
  return new Command('outbox')
    .description('show the newest emails in an organization’s outbox (invitation links included)')
    .requiredOption('--org <slug>', 'organization slug')
    .option('--limit <n>', 'how many emails (1–100)', positiveInt, 10)
    .action((opts: { org: string; limit: number }) =>
      withDeps(async (deps) => {
        const org = await findOrgBySlug(deps, opts.org);
        const page = await listOutbox(deps, { actor: cliActor(org.id), query: { page: 1, pageSize: opts.limit } });
        if (!page.items.length) process.stdout.write('The outbox is empty.\n');
        for (const e of page.items) {
          process.stdout.write(
            `--- ${e.createdAt.toISOString()}  ${e.status}\nTo: ${e.to}\nSubject: ${e.subject}\n\n${e.text}\n\n`,
          );
        }
      }),
    );
}
