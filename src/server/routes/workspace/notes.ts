import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../app/deps.js';
import { deleteNote } from '../../../app/workspace/delete-note.js';
import { listNotes } from '../../../app/workspace/list-notes.js';
import type { NoteView } from '../../../app/workspace/note-store.js';
import { updateNote } from '../../../app/workspace/update-note.js';
import { writeNote } from '../../../app/workspace/write-note.js';
import { NOTE_MAX_CHARS, NOTE_VISIBILITIES } from '../../../core/pairs/notes.js';
import { actorOf } from '../../request-context.js';
import { ErrorBody, errorResponses, Uuid } from '../../schemas/common.js';

// Private notes. Their text is in request and response bodies only: the server logs paths (no
// bodies, no query strings), validation errors name the field but never echo the value, and a
// note that does not open is logged by id alone.
const errors = { ...errorResponses, 409: ErrorBody };
const Visibility = z.enum(NOTE_VISIBILITIES);
// Messages of our own: they never quote what was sent.
const Text = z
  .string({ message: 'must be text' })
  .max(NOTE_MAX_CHARS, { message: `must be at most ${NOTE_MAX_CHARS} characters` });

const ZNote = z.object({
  id: z.string(),
  meetingId: z.string().nullable(),
  mine: z.boolean(),
  visibility: Visibility,
  text: z.string().nullable(),
  unreadable: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

function present(n: NoteView): z.infer<typeof ZNote> {
  return {
    id: n.id,
    meetingId: n.meetingId,
    mine: n.mine,
    visibility: n.visibility,
    text: n.unreadable ? null : n.text,
    unreadable: n.unreadable,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}

/** A seal that does not open is worth a warning — with the note's id, never its content. */
function logUnreadable(req: FastifyRequest, views: NoteView[]): void {
  for (const v of views)
    if (v.unreadable)
      req.log.warn({ noteId: v.id }, 'a private note could not be opened (tampered or sealed with another key)');
}

/** A pair's private notes: each read by its author, and by the partner when shared with both. */
export function notesRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { policy: 'authenticated' } as const;
  const tags = ['workspace'];
  const params = z.object({ pairId: Uuid });
  const noteParams = z.object({ pairId: Uuid, noteId: Uuid });
  r.get(
    '/api/me/pairs/:pairId/notes',
    {
      config,
      schema: {
        tags,
        summary: 'Notes I may read: mine, and my partner’s shared ones, newest first',
        params,
        querystring: z.object({ meetingId: Uuid.optional() }),
        response: { 200: z.object({ items: z.array(ZNote) }), ...errors },
      },
    },
    async (req) => {
      const views = await listNotes(deps, {
        actor: actorOf(req),
        pairId: req.params.pairId,
        meetingId: req.query.meetingId,
      });
      logUnreadable(req, views);
      return { items: views.map(present) };
    },
  );
  r.post(
    '/api/me/pairs/:pairId/notes',
    {
      config,
      schema: {
        tags,
        summary: 'Write a note, for me only or for both of us, optionally on one of our meetings',
        params,
        body: z.strictObject({ text: Text, visibility: Visibility, meetingId: Uuid.nullable().optional() }),
        response: { 201: ZNote, ...errors },
      },
    },
    async (req, reply) => {
      const view = await writeNote(deps, {
        actor: actorOf(req),
        pairId: req.params.pairId,
        text: req.body.text,
        visibility: req.body.visibility,
        meetingId: req.body.meetingId ?? null,
      });
      return reply.code(201).send(present(view));
    },
  );
  r.patch(
    '/api/me/pairs/:pairId/notes/:noteId',
    {
      config,
      schema: {
        tags,
        summary: 'Change my note’s text or who may read it',
        params: noteParams,
        body: z.strictObject({ text: Text.optional(), visibility: Visibility.optional() }),
        response: { 200: ZNote, ...errors },
      },
    },
    async (req) => {
      const view = await updateNote(deps, {
        actor: actorOf(req),
        pairId: req.params.pairId,
        noteId: req.params.noteId,
        text: req.body.text,
        visibility: req.body.visibility,
      });
      logUnreadable(req, [view]);
      return present(view);
    },
  );
  r.delete(
    '/api/me/pairs/:pairId/notes/:noteId',
    {
      config,
      schema: { tags, summary: 'Delete my note for good', params: noteParams, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await deleteNote(deps, { actor: actorOf(req), pairId: req.params.pairId, noteId: req.params.noteId });
      return reply.code(204).send(null);
    },
  );
}
