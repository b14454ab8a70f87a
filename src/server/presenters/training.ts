import { z } from 'zod';
import type { MyModule } from '../../app/training/get-my-training.js';
import type { CheckResult } from '../../core/programs/training-check.js';

/** A module as its participant sees it: the questions without their answers. */
export const ZMyModule = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  questions: z.array(z.object({ prompt: z.string(), options: z.array(z.string()) })),
  completed: z.boolean(),
});

export function presentMyModule(m: MyModule): z.infer<typeof ZMyModule> {
  return { id: m.id, title: m.title, summary: m.summary, body: m.body, questions: m.questions.map((q) => ({ prompt: q.prompt, options: [...q.options] })), completed: m.completed };
}

export const ZAttempt = z.object({
  passed: z.boolean(),
  correctCount: z.number().int(),
  total: z.number().int(),
  feedback: z.array(z.object({ correct: z.boolean(), correctOption: z.number().int().nullable(), explanation: z.string() })),
});

export function presentAttempt(r: CheckResult): z.infer<typeof ZAttempt> {
  return { passed: r.passed, correctCount: r.correctCount, total: r.total, feedback: r.feedback.map((f) => ({ correct: f.correct, correctOption: f.correctOption, explanation: f.explanation })) };
}
