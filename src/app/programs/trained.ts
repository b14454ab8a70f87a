import { sql, type SQL } from 'drizzle-orm';

/**
 * SQL true when the enrollment row aliased `e` has passed every training module of its side.
 * A side with no modules counts as trained. Used by counts, lists and the matching pool alike.
 */
export function trainedSql(): SQL {
  return sql`(e.side IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM training_modules m
    WHERE m.program_id = e.program_id AND m.role = e.side
      AND NOT EXISTS (SELECT 1 FROM training_completions c WHERE c.module_id = m.id AND c.person_id = e.person_id)))`;
}
