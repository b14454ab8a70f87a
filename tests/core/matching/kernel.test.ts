import { describe, expect, it } from 'vitest';
import { compileKernel, kernelModuleText } from '../../../scripts/build-kernel.js';
import { readFileSync } from 'node:fs';

describe('scan kernel', () => {
  it('the embedded WebAssembly is exactly what scan.wat compiles to (run `npm run build:kernel` after editing it)', async () => {
    const bytes = await compileKernel();
    expect(readFileSync('src/core/matching/kernel/scan-wasm.ts', 'utf8')).toBe(kernelModuleText(bytes));
  });
});
