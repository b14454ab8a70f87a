// A concern and its thread, as its readers (the raiser, the program's managers) see it.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { concernMessages, people, users } from '../../db/schema.js';
import type { LoadedConcern } from './safeguard-access.js';

export interface ConcernMessageView {
  id: string;
  fromProgramManager: boolean;
  authorName: string;
  body: string;
  createdAt: Date;
}

export interface ConcernView {
  id: string;
  status: 'open' | 'closed';
  createdAt: Date;
  closedAt: Date | null;
  program: { id: string; name: string };
  pair: { id: string; status: string; mentor: { id: string; name: string }; mentee: { id: string; name: string } };
  raisedBy: { id: string; name: string; side: 'mentor' | 'mentee' };
  messages: ConcernMessageView[];
}

export async function concernView(tx: Tx, loaded: LoadedConcern): Promise<ConcernView> {
  const { concern, pair, program } = loaded;
  const names = await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, [pair.mentorPersonId, pair.menteePersonId]));
  const nameOf = (id: string) => names.find((p) => p.id === id)?.name ?? '';
  const messages = await tx
    .select({ id: concernMessages.id, fromProgramManager: concernMessages.fromProgramManager, authorName: users.name, body: concernMessages.body, createdAt: concernMessages.createdAt })
    .from(concernMessages)
    .leftJoin(users, eq(users.id, concernMessages.authorUserId))
    .where(eq(concernMessages.concernId, concern.id))
    .orderBy(asc(concernMessages.createdAt), asc(concernMessages.id));
  return {
    id: concern.id,
    status: concern.status,
    createdAt: concern.createdAt,
    closedAt: concern.closedAt,
    program: { id: program.id, name: program.name },
    pair: { id: pair.id, status: pair.status, mentor: { id: pair.mentorPersonId, name: nameOf(pair.mentorPersonId) }, mentee: { id: pair.menteePersonId, name: nameOf(pair.menteePersonId) } },
    raisedBy: { id: concern.raisedByPersonId, name: nameOf(concern.raisedByPersonId), side: concern.raisedByPersonId === pair.mentorPersonId ? 'mentor' : 'mentee' },
    messages: messages.map((m) => ({ ...m, authorName: m.authorName ?? (m.fromProgramManager ? 'Program manager' : 'Former user') })),
  };
}
