import path from 'node:path';

/**
 * Where the data folder is: `--data-dir DIR` (or `--data-dir=DIR`) wins, then the
 * JOINTPLAN_DATA_DIR environment variable, then the platform's default.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fallback: () => string,
): string {
  const fromArgs = argValue(argv, '--data-dir');
  const chosen = fromArgs ?? env.JOINTPLAN_DATA_DIR ?? fallback();
  return path.resolve(chosen);
}

export function argValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}
