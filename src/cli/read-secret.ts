import { createInterface } from 'node:readline';

/** A password from an environment variable, or typed at the terminal, or the first line of stdin. */
export async function readSecret(prompt: string, envName: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv) return fromEnv;
  const rl = createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stderr : undefined, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) process.stderr.write(prompt);
  try {
    for await (const line of rl) return line;
    return '';
  } finally {
    rl.close();
  }
}
