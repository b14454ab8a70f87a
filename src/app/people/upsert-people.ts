import { sql } from 'drizzle-orm';
import type { PersonRecord } from '../../core/people/person.js';
import type { Tx } from '../../db/client.js';
import { people } from '../../db/schema.js';
import { toPersonValues } from './person-rows.js';

// 1,000 rows × 14 columns stays well under Postgres's 65,535 bind parameters per statement.
export const UPSERT_BATCH = 1000;

/** Inserts or updates people by employee id, in the caller's transaction. */
export async function upsertPeople(tx: Tx, orgId: string, records: readonly PersonRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += UPSERT_BATCH) {
    const batch = records.slice(i, i + UPSERT_BATCH).map((r) => toPersonValues(orgId, r));
    await tx
      .insert(people)
      .values(batch)
      .onConflictDoUpdate({
        target: [people.orgId, people.employeeId],
        set: {
          name: sql`excluded.name`,
          email: sql`excluded.email`,
          department: sql`excluded.department`,
          jobTitle: sql`excluded.job_title`,
          level: sql`excluded.level`,
          managerEmployeeId: sql`excluded.manager_employee_id`,
          location: sql`excluded.location`,
          timeZone: sql`excluded.time_zone`,
          hireDate: sql`excluded.hire_date`,
          status: sql`excluded.status`,
          terminationDate: sql`excluded.termination_date`,
          generationBand: sql`excluded.generation_band`,
          updatedAt: sql`now()`,
        },
      });
  }
}
