import { count, eq } from 'drizzle-orm';
import { generateDemoOrg, type DemoLogin } from '../../core/demo/generate-demo-org.js';
import { organizations } from '../../db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { upsertPeople } from '../people/upsert-people.js';
import { createUser } from '../users/create-user.js';
import { createOrg } from './create-org.js';
import { seedDemoProgram } from './seed-demo-program.js';

export interface SeedDemoResult {
  created: boolean;
  orgSlug: string;
  people: number;
  logins: DemoLogin[];
}

/** Loads the fictional demo organization with its people, logins and a finished program; idempotent. */
export async function seedDemo(deps: Deps): Promise<SeedDemoResult> {
  const demo = generateDemoOrg();
  const [existing] = await deps.db.system((tx) => tx.select().from(organizations).where(eq(organizations.slug, demo.org.slug)));
  if (existing) return { created: false, orgSlug: demo.org.slug, people: demo.people.length, logins: demo.logins };
  const org = await createOrg(deps, demo.org);
  await deps.db.tenant(org.id, (tx) => upsertPeople(tx, org.id, demo.people));
  await deps.db.system(async (tx) => {
    for (const login of demo.logins) {
      const person = demo.people.find((p) => p.employeeId === login.employeeId);
      const user = await createUser(tx, { orgId: org.id, email: login.email, name: person?.name ?? login.label, password: login.password, roles: login.roles });
      await recordAudit(tx, { orgId: org.id, actor: null, action: 'user_created', target: user.email, details: { roles: login.roles, via: 'seed-demo' } }, null);
    }
  });
  // After the logins: the program is run by the demo program manager and given to the sponsor.
  await seedDemoProgram(deps, org.id, demo);
  return { created: true, orgSlug: org.slug, people: demo.people.length, logins: demo.logins };
}

/**
 * On the first start of an embedded database, loads the demo organization; on later starts,
 * returns its logins if it is still there (so the start banner can show them again).
 */
export async function ensureDemoOnFirstStart(deps: Deps): Promise<DemoLogin[] | null> {
  if (await isEmptyInstallation(deps)) return (await seedDemo(deps)).logins;
  const demo = generateDemoOrg();
  const [existing] = await deps.db.system((tx) => tx.select().from(organizations).where(eq(organizations.slug, demo.org.slug)));
  return existing ? demo.logins : null;
}

/** True when the database holds no organization at all: a first start. */
export async function isEmptyInstallation(deps: Deps): Promise<boolean> {
  const [row] = await deps.db.system((tx) => tx.select({ n: count() }).from(organizations));
  return Number(row?.n ?? 0) === 0;
}
