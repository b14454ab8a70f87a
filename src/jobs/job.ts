import type { z } from 'zod';
import type { Deps } from '../app/deps.js';
import type { Mailer } from './mailer.js';

export interface JobDeps extends Deps {
  mailer: Mailer;
}

/** A job kind: its payload schema and a handler. Handlers must be safe to run twice. */
export interface JobDefinition<P extends z.ZodType = z.ZodType> {
  kind: string;
  payload: P;
  run(deps: JobDeps, job: { orgId: string; payload: z.infer<P> }): Promise<void>;
  /** Called once when the last attempt failed, to record the failure where users see it. */
  giveUp?(deps: JobDeps, job: { orgId: string; payload: z.infer<P> }, error: string): Promise<void>;
}
