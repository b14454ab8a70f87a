import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetings, notes } from '../../src/db/schema.js';
import { activePair, buildWorld, ok, type World } from '../support/program-world.js';
import { startTestApp, type TestContext } from '../support/test-app.js';

// Private notes: the author reads their own; the partner reads only what was shared with both;
// only the author changes or deletes; the database holds ciphertext; a tampered row fails closed.
let ctx: TestContext;
let world: World;
let pairId: string;
let otherPairId: string;
let meetingId: string;
let otherMeetingId: string;

const url = (id = pairId) => `/api/me/pairs/${id}/notes`;

async function insertMeeting(orgId: string, pair: string): Promise<string> {
  const [row] = await ctx.db.system((tx) =>
    tx
      .insert(meetings)
      .values({
        orgId,
        pairId: pair,
        uid: `${randomUUID()}@tandem.test`,
        startsAt: new Date('2027-02-01T09:00:00Z'),
        minutes: 45,
        timeZone: 'Europe/London',
      })
      .returning({ id: meetings.id }),
  );
  return (row as { id: string }).id;
}

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx, 'notes');
  ({ pairId } = await activePair(ctx, world, 'j1', 's1'));
  ({ pairId: otherPairId } = await activePair(ctx, world, 'j2', 's2'));
  meetingId = await insertMeeting(world.orgId, pairId);
  otherMeetingId = await insertMeeting(world.orgId, otherPairId);
});
afterAll(() => ctx.close());

const write = (who: 'j1' | 's1' | 'j2' | 's2', payload: Record<string, unknown>, id = pairId) =>
  world.clients[who].request({ method: 'POST', url: url(id), payload });
const texts = (list: { items: Array<{ text: string | null }> }) => list.items.map((n) => n.text);

describe('private notes', () => {
  it('the author reads their own private note; the partner does not even see it exists', async () => {
    const note = await ok(await write('j1', { text: 'Only mine: j1 private', visibility: 'only_me' }), 201);
    expect(note).toMatchObject({
      mine: true,
      visibility: 'only_me',
      text: 'Only mine: j1 private',
      unreadable: false,
      meetingId: null,
    });
    expect(texts(await ok(await world.clients.j1.request({ method: 'GET', url: url() })))).toContain(
      'Only mine: j1 private',
    );
    const partner = await world.clients.s1.request({ method: 'GET', url: url() });
    expect(texts(await ok(partner))).not.toContain('Only mine: j1 private');
    expect(partner.body).not.toContain(note.id);
    for (const method of ['PATCH', 'DELETE'] as const) {
      const res = await world.clients.s1.request({
        method,
        url: `${url()}/${note.id}`,
        ...(method === 'PATCH' ? { payload: { text: 'hijack' } } : {}),
      });
      expect(res.statusCode, method).toBe(404);
    }
  });

  it('the partner reads a shared note but cannot change or delete it', async () => {
    const note = await ok(
      await write('j1', { text: 'Shared: we agreed on LinkedIn', visibility: 'both', meetingId }),
      201,
    );
    const list = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    expect(list.items.find((n: { id: string }) => n.id === note.id)).toMatchObject({
      mine: false,
      visibility: 'both',
      text: 'Shared: we agreed on LinkedIn',
      meetingId,
    });
    const edit = await world.clients.s1.request({
      method: 'PATCH',
      url: `${url()}/${note.id}`,
      payload: { text: 'changed by partner' },
    });
    expect(edit.statusCode).toBe(403);
    expect(
      (
        await world.clients.s1.request({
          method: 'PATCH',
          url: `${url()}/${note.id}`,
          payload: { visibility: 'only_me' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await world.clients.s1.request({ method: 'DELETE', url: `${url()}/${note.id}` })).statusCode).toBe(403);
    expect(texts(await ok(await world.clients.j1.request({ method: 'GET', url: url() })))).toContain(
      'Shared: we agreed on LinkedIn',
    );
  });

  it('lists newest first and filters by meeting', async () => {
    const a = await ok(await write('s1', { text: 'older', visibility: 'only_me', meetingId }), 201);
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 1000);
    const b = await ok(await write('s1', { text: 'newer', visibility: 'only_me' }), 201);
    const all = await ok(await world.clients.s1.request({ method: 'GET', url: url() }));
    const ids = all.items.map((n: { id: string }) => n.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    const onMeeting = await ok(
      await world.clients.s1.request({ method: 'GET', url: `${url()}?meetingId=${meetingId}` }),
    );
    expect(onMeeting.items.map((n: { meetingId: string }) => n.meetingId).every((m: string) => m === meetingId)).toBe(
      true,
    );
    expect(texts(onMeeting)).toEqual(expect.arrayContaining(['older', 'Shared: we agreed on LinkedIn']));
    expect(texts(onMeeting)).not.toContain('newer');
    expect(texts(onMeeting)).not.toContain('Only mine: j1 private');
  });

  it('the author edits text and visibility; a change of visibility re-seals', async () => {
    const note = await ok(await write('s1', { text: 'draft thought', visibility: 'only_me' }), 201);
    const [before] = await ctx.db.system((tx) => tx.select().from(notes).where(eq(notes.id, note.id)));
    const shared = await ok(
      await world.clients.s1.request({ method: 'PATCH', url: `${url()}/${note.id}`, payload: { visibility: 'both' } }),
    );
    expect(shared).toMatchObject({ visibility: 'both', text: 'draft thought', unreadable: false });
    const [after] = await ctx.db.system((tx) => tx.select().from(notes).where(eq(notes.id, note.id)));
    expect(after?.body).not.toBe(before?.body);
    expect(texts(await ok(await world.clients.j1.request({ method: 'GET', url: url() })))).toContain('draft thought');
    const edited = await ok(
      await world.clients.s1.request({
        method: 'PATCH',
        url: `${url()}/${note.id}`,
        payload: { text: 'final thought', visibility: 'only_me' },
      }),
    );
    expect(edited).toMatchObject({ visibility: 'only_me', text: 'final thought' });
    expect(texts(await ok(await world.clients.j1.request({ method: 'GET', url: url() })))).not.toContain(
      'final thought',
    );
    expect(
      (await world.clients.s1.request({ method: 'PATCH', url: `${url()}/${note.id}`, payload: {} })).statusCode,
    ).toBe(400);
    await ok(await world.clients.s1.request({ method: 'DELETE', url: `${url()}/${note.id}` }), 204);
    expect(texts(await ok(await world.clients.s1.request({ method: 'GET', url: url() })))).not.toContain(
      'final thought',
    );
    expect((await world.clients.s1.request({ method: 'DELETE', url: `${url()}/${note.id}` })).statusCode).toBe(404);
  });

  it('stores only ciphertext: the raw body never contains the text', async () => {
    const text = `RAW-CHECK ${randomUUID()} the plain words`;
    const note = await ok(await write('j1', { text, visibility: 'both' }), 201);
    const [row] = await ctx.db.system((tx) => tx.select().from(notes).where(eq(notes.id, note.id)));
    expect(row?.body).toMatch(/^v1\./);
    expect(row?.body).not.toContain('RAW-CHECK');
    expect(row?.body).not.toContain('plain words');
    // Nowhere in the row, whatever the column.
    const dump = await ctx.db.system((tx) => tx.execute(sql`SELECT row_to_json(n)::text AS j FROM notes n`));
    for (const r of dump.rows as Array<{ j: string }>) expect(r.j).not.toContain('RAW-CHECK');
  });

  it('a tampered row is listed as unreadable, without any text, and does not break the list', async () => {
    const text = 'TAMPER-ME this must never come back partly';
    const note = await ok(await write('j1', { text, visibility: 'both' }), 201);
    const [row] = await ctx.db.system((tx) => tx.select().from(notes).where(eq(notes.id, note.id)));
    const body = row?.body as string;
    const at = Math.floor(body.length / 2);
    const flipped = body.slice(0, at) + (body[at] === 'A' ? 'B' : 'A') + body.slice(at + 1);
    await ctx.db.system((tx) => tx.update(notes).set({ body: flipped }).where(eq(notes.id, note.id)));
    for (const who of ['j1', 's1'] as const) {
      const res = await world.clients[who].request({ method: 'GET', url: url() });
      const list = await ok(res);
      expect(list.items.find((n: { id: string }) => n.id === note.id)).toMatchObject({ text: null, unreadable: true });
      expect(res.body).not.toContain('TAMPER-ME');
      expect(texts(list)).toContain('Shared: we agreed on LinkedIn');
    }
    // It cannot be re-shared (nothing to re-seal), but it can be rewritten or deleted.
    expect(
      (
        await world.clients.j1.request({
          method: 'PATCH',
          url: `${url()}/${note.id}`,
          payload: { visibility: 'only_me' },
        })
      ).statusCode,
    ).toBe(409);
    // A body moved onto another row does not open either.
    const other = await ok(await write('j1', { text: 'second row', visibility: 'both' }), 201);
    const [source] = await ctx.db.system((tx) => tx.select().from(notes).where(eq(notes.id, other.id)));
    const moved = await ok(await write('j1', { text: 'third row', visibility: 'both' }), 201);
    await ctx.db.system((tx) =>
      tx
        .update(notes)
        .set({ body: source?.body as string })
        .where(eq(notes.id, moved.id)),
    );
    const list = await ok(await world.clients.j1.request({ method: 'GET', url: url() }));
    expect(list.items.find((n: { id: string }) => n.id === moved.id)).toMatchObject({ text: null, unreadable: true });
    const rewritten = await ok(
      await world.clients.j1.request({
        method: 'PATCH',
        url: `${url()}/${note.id}`,
        payload: { text: 'written again' },
      }),
    );
    expect(rewritten).toMatchObject({ text: 'written again', unreadable: false });
    await ok(await world.clients.j1.request({ method: 'DELETE', url: `${url()}/${moved.id}` }), 204);
  });

  it('validates text, visibility and meeting, naming the field and never echoing the text', async () => {
    const secret = `ECHO-${randomUUID()}`;
    const cases: Array<[Record<string, unknown> | string, string]> = [
      [{ text: '   ', visibility: 'only_me' }, 'text'],
      [{ text: `${secret} `.repeat(2000), visibility: 'only_me' }, 'text'],
      [{ text: secret, visibility: 'everyone' }, 'visibility'],
      [{ text: secret, visibility: 'both', meetingId: otherMeetingId }, 'meetingId'],
      [{ text: secret, visibility: 'both', meetingId: randomUUID() }, 'meetingId'],
      [{ text: secret, visibility: 'both', meetingId: secret }, 'meetingId'],
      [{ text: secret, visibility: 'only_me', extra: secret }, 'extra'],
      [{ text: [secret], visibility: 'only_me' }, 'text'],
      [{ text: { value: secret }, visibility: 'only_me' }, 'text'],
    ];
    for (const [payload, field] of cases) {
      const res = await write('j1', payload as Record<string, unknown>);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.json().error.fields?.[0]?.path).toBe(field);
      expect(res.body).not.toContain(secret);
    }
    for (const raw of [
      `{"text": ${secret}}`,
      `{"text": "${secret}", }`,
      `{"text": "${secret}"`,
      `${secret}`,
      `{"visibility":"both","text":"${secret}\u0001"`,
    ]) {
      const res = await world.clients.j1.request({
        method: 'POST',
        url: url(),
        headers: { 'content-type': 'application/json' },
        payload: raw,
      });
      expect(res.statusCode, raw).toBe(400);
      expect(res.body, raw).not.toContain(secret);
      expect(res.body).not.toContain(secret.slice(0, 8));
    }
    const note = await ok(await write('j1', { text: 'to patch', visibility: 'only_me' }), 201);
    const patch = await world.clients.j1.request({
      method: 'PATCH',
      url: `${url()}/${note.id}`,
      payload: { text: `${secret}`.repeat(600) },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.body).not.toContain(secret);
  });

  it('nobody outside the pair reaches its notes, and another pair’s note is not found', async () => {
    const note = await ok(await write('j2', { text: 'other pair note', visibility: 'both' }, otherPairId), 201);
    for (const who of ['j1', 's1'] as const) {
      const list = await world.clients[who].request({ method: 'GET', url: url(otherPairId) });
      expect(list.statusCode).toBe(404);
      expect(
        (
          await world.clients[who].request({
            method: 'PATCH',
            url: `${url(otherPairId)}/${note.id}`,
            payload: { text: 'x' },
          })
        ).statusCode,
      ).toBe(404);
      // Through one's own pair, the other pair's note id is not found either.
      expect((await world.clients[who].request({ method: 'DELETE', url: `${url()}/${note.id}` })).statusCode).toBe(404);
    }
  });

  it('an ended pair’s notes stay readable, can be deleted by their author, but no note is written or changed', async () => {
    const note = await ok(await write('s1', { text: 'before the end', visibility: 'both' }), 201);
    const mine = await ok(await write('s1', { text: 'to delete after the end', visibility: 'only_me' }), 201);
    await ok(
      await world.clients.s1.request({ method: 'POST', url: `/api/me/matches/${pairId}/end`, payload: {} }),
      204,
    );
    for (const who of ['j1', 's1'] as const)
      expect(texts(await ok(await world.clients[who].request({ method: 'GET', url: url() })))).toContain(
        'before the end',
      );
    expect((await write('s1', { text: 'after the end', visibility: 'only_me' })).statusCode).toBe(409);
    expect(
      (
        await world.clients.s1.request({
          method: 'PATCH',
          url: `${url()}/${note.id}`,
          payload: { text: 'changed after the end' },
        })
      ).statusCode,
    ).toBe(409);
    await ok(await world.clients.s1.request({ method: 'DELETE', url: `${url()}/${mine.id}` }), 204);
    expect(texts(await ok(await world.clients.s1.request({ method: 'GET', url: url() })))).not.toContain(
      'to delete after the end',
    );
  });
});
