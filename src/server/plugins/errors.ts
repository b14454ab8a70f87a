import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../../core/errors.js';

/** One error shape for every failure: { error: { code, message, fields?, rows? } }. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return sendAppError(reply, err);
    if (hasZodFastifySchemaValidationErrors(err)) return sendValidation(reply, err.validation, err.validationContext);
    if (isDatabaseUnavailable(err)) {
      req.log.error({ err }, 'database unavailable');
      return sendAppError(reply, new AppError('unavailable', 'The service is temporarily unavailable. Try again shortly.'));
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: bad JSON, wrong content type, body too large.
      return reply.code(status).send({ error: { code: clientErrorCode(status), message: err.message } });
    }
    req.log.error({ err }, 'unhandled error');
    return sendAppError(reply, new AppError('internal', 'Something went wrong on our side. It has been logged.'));
  });
}

export function sendAppError(reply: FastifyReply, err: AppError): FastifyReply {
  return reply.code(err.status).send({ error: { code: err.code, message: err.message, ...err.extra } });
}

function sendValidation(
  reply: FastifyReply,
  issues: ReadonlyArray<{ instancePath: string; keyword?: string; message?: string; params?: unknown }>,
  context: string | undefined,
): FastifyReply {
  const fields: FieldError[] = issues.map((i) => {
    const path = fieldPath(i);
    return { path, message: i.message ?? 'is invalid' };
  });
  const where = context === 'body' ? '' : ` in the ${context === 'querystring' ? 'query' : context}`;
  const first = fields[0];
  const message = first ? `Invalid ${first.path || 'request'}${where}: ${first.message}` : 'Invalid request.';
  return reply.code(400).send({ error: { code: 'validation_failed', message, fields } });
}

function fieldPath(issue: { instancePath: string; keyword?: string; params?: unknown }): string {
  const base = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  // Unknown keys are reported on their parent object; name the key itself.
  const keys = issue.keyword === 'unrecognized_keys' ? (issue.params as { keys?: string[] }).keys : undefined;
  if (keys?.length) return [base, keys[0]].filter(Boolean).join('.');
  return base;
}

function clientErrorCode(status: number): string {
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'rate_limited';
  return 'bad_request';
}

function isDatabaseUnavailable(err: unknown): boolean {
  const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  return typeof code === 'string' && (code === 'ECONNREFUSED' || code === '57P01' || code.startsWith('08'));
}

export function notFoundBody(req: FastifyRequest) {
  return { error: { code: 'not_found', message: `No route for ${req.method} ${req.url.split('?')[0]}.` } };
}
