import { count, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client.js';

/** One page of a list. Every list in the API is paginated with a capped page size. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type PageRequest = Pick<Page<unknown>, 'page' | 'pageSize'>;

export function mapPage<T, U>(page: Page<T>, present: (item: T, index: number) => U): Page<U> {
  return { ...page, items: page.items.map(present) };
}

/** The rows of `table` matching `where`, in `order` (end it with a unique column so pages are stable). */
export async function selectPage<T extends PgTable>(
  tx: Tx,
  table: T,
  where: SQL | undefined,
  order: SQL[],
  request: PageRequest,
): Promise<Page<T['$inferSelect']>> {
  const [total] = await tx.select({ n: count() }).from(table as PgTable).where(where);
  const items = await tx
    .select()
    .from(table as PgTable)
    .where(where)
    .orderBy(...order)
    .limit(request.pageSize)
    .offset((request.page - 1) * request.pageSize);
  return { items: items as T['$inferSelect'][], page: request.page, pageSize: request.pageSize, total: Number(total?.n ?? 0) };
}
