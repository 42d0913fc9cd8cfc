import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createAppApi } from '../src/main/app-api.ts';
import { dispatch } from '../src/main/dispatch.ts';
import type { AppApi, InputOf, MethodName, OutputOf } from '../src/shared/api.ts';
import type { CatalogueKind } from '../src/shared/domain/catalogue.ts';
import { seededUuid } from './lib.ts';

/** The real app API over `db` for a bench: a fixed clock and seeded ids, so runs repeat. */
export function benchApi(
  db: Database,
  dir: string,
  clock: () => Date,
  random: () => number,
): AppApi {
  return createAppApi({
    db,
    dataDir: dir,
    appVersion: 'bench',
    clock,
    newId: () => seededUuid(random),
  });
}

/** Calls the app API the way the window does (validated, enveloped); throws on failure. */
export async function call<M extends MethodName>(
  api: AppApi,
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const result = await dispatch(api, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as OutputOf<M>;
}

/** The first `count` live catalogue ids of a kind, cycling if the catalogue has fewer. */
export async function catalogueIds(
  api: AppApi,
  kind: CatalogueKind,
  count: number,
): Promise<string[]> {
  const items = await call(api, 'catalogue.list', { kind });
  if (items.length === 0) throw new Error(`the seeded catalogue has no ${kind} items`);
  return Array.from({ length: count }, (_, i) => items[i % items.length]?.id ?? '');
}
