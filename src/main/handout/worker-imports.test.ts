import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/**
 * The packages and source files the handout worker loads when it starts: every static import
 * reachable from worker.ts (`import type` erased; the frozen layouts' dynamic imports load only
 * when an old handout is reprinted).
 */
function startUpImports(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (files.includes(file)) continue;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(
      /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/gms,
    )) {
      const [, typeOnly, spec] = m;
      if (typeOnly || !spec) continue;
      if (spec.startsWith('.')) queue.push(path.resolve(path.dirname(file), spec));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

it('starts the handout worker without zod: the handout imports pure helpers, not schema modules', () => {
  const { files, packages } = startUpImports(path.join(import.meta.dirname, 'worker.ts'));
  // Finds the modules it should (a broken walk would pass vacuously).
  expect(files.some((f) => f.endsWith('sections/header.ts'))).toBe(true);
  expect(packages.has('pdfkit')).toBe(true);
  // zod costs the worker about a hundred modules and 100 ms of CPU at every start.
  expect(packages.has('zod')).toBe(false);
});
