import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { createOrg, findOrgBySlug } from '../app/org/create-org.js';
import { seedDemo } from '../app/org/seed-demo.js';
import { importPeople } from '../app/people/import-people.js';
import { createAdmin } from '../app/users/create-admin.js';
import { cliActor } from '../core/auth/roles.js';
import { withDeps } from './context.js';
import { outboxCommand } from './outbox-command.js';
import { printError } from './print-problems.js';
import { readSecret } from './read-secret.js';
import { matchCommand } from './match-command.js';
import { solveCommand } from './solve-command.js';
import { programCommand } from './program-command.js';
import { pairCommand } from './pair-command.js';

const program = new Command('tandem')
  .description('Tandem: run reverse and mutual mentoring programs. Uses DATABASE_URL, else the embedded database in DATA_DIR.')
  .showHelpAfterError();

program
  .command('migrate')
  .description('apply database migrations')
  .action(() => withDeps(async () => void process.stdout.write('Database is up to date.\n')));

program
  .command('create-org <slug>')
  .description('create an organization')
  .requiredOption('--name <name>', 'display name')
  .action((slug: string, opts: { name: string }) =>
    withDeps(async (deps) => {
      const org = await createOrg(deps, { slug, name: opts.name });
      process.stdout.write(`Created organization ${org.slug} (${org.name}).\n`);
    }),
  );

program
  .command('create-admin')
  .description('create an org admin login (password from TANDEM_ADMIN_PASSWORD, the terminal, or stdin)')
  .requiredOption('--org <slug>', 'organization slug')
  .requiredOption('--email <email>', 'sign-in email')
  .requiredOption('--name <name>', 'full name')
  .action(async (opts: { org: string; email: string; name: string }) => {
    const password = await readSecret('Password: ', 'TANDEM_ADMIN_PASSWORD');
    await withDeps(async (deps) => {
      const user = await createAdmin(deps, { orgSlug: opts.org, email: opts.email, name: opts.name, password });
      process.stdout.write(`Created org admin ${user.email}.\n`);
    });
  });

program
  .command('import-people <file>')
  .description('import employees from a CSV file (all rows or none)')
  .requiredOption('--org <slug>', 'organization slug')
  .option('--mark-departed', 'mark people missing from the file as departed', false)
  .option('--dry-run', 'check the file and show what would change, without changing anything', false)
  .action((file: string, opts: { org: string; markDeparted: boolean; dryRun: boolean }) =>
    withDeps(async (deps) => {
      const csv = readFileSync(file, 'utf8');
      const org = await findOrgBySlug(deps, opts.org);
      const r = await importPeople(deps, { actor: cliActor(org.id), csv, markMissingAsDeparted: opts.markDeparted, dryRun: opts.dryRun, meta: null });
      const verb = r.dryRun ? 'Would import' : 'Imported';
      process.stdout.write(`${verb}: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.markedDeparted} marked departed.\n`);
      if (r.missingTotal && !opts.markDeparted) {
        process.stdout.write(`${r.missingTotal} people in the directory are missing from the file (use --mark-departed to mark them departed):\n`);
        for (const m of r.missing.slice(0, 50)) process.stdout.write(`  ${m.employeeId}  ${m.name}\n`);
      }
      for (const w of r.warnings) process.stdout.write(`Warning: row ${w.row}${w.column ? `, ${w.column}` : ''}: ${w.message}\n`);
    }),
  );

program.addCommand(outboxCommand());
program.addCommand(matchCommand());
program.addCommand(solveCommand());
program.addCommand(programCommand());
program.addCommand(pairCommand());

program
  .command('seed-demo')
  .description('load the fictional demo organization (skipped if it exists)')
  .action(() =>
    withDeps(async (deps) => {
      const r = await seedDemo(deps);
      process.stdout.write(r.created ? `Loaded ${r.orgSlug} with ${r.people} people. Logins:\n` : `${r.orgSlug} already exists. Logins:\n`);
      for (const l of r.logins) process.stdout.write(`  ${l.label.padEnd(34)} ${l.email.padEnd(42)} ${l.password}\n`);
    }),
  );

program.parseAsync(process.argv).catch((err: unknown) => {
  process.exitCode = printError(err);
});
