import type { InputOf } from '../../../shared/api.ts';
import type { CatalogueKind } from '../../../shared/domain/catalogue.ts';
import type { TranslationOwner } from '../../../shared/domain/content-translation.ts';

/**
 * Every React Query key in the renderer. A key is a path: invalidating a prefix (`history.all`)
 * refreshes everything under it, so the shapes here are what cross-feature rules in
 * `invalidate.ts` rely on. Features build their keys only from here.
 */
export const queryKeys = {
  patients: {
    lists: ['patients', 'list'] as const,
    list: (query: string, includeArchived: boolean) =>
      ['patients', 'list', { query, includeArchived }] as const,
    detail: (id: string) => ['patients', 'detail', id] as const,
  },
  plans: {
    plans: ['plans', 'plan'] as const,
    list: (patientId: string) => ['plans', 'list', patientId] as const,
    plan: (id: string) => ['plans', 'plan', id] as const,
  },
  templates: ['templates'] as const,
  security: ['security'] as const,
  catalogue: {
    lists: ['catalogue', 'list'] as const,
    list: (kind: CatalogueKind | null, query: string, includeRetired: boolean) =>
      ['catalogue', 'list', { kind, query, includeRetired }] as const,
    item: (id: string) => ['catalogue', 'item', id] as const,
  },
  /** The therapist's own words in other languages, per catalogue item or template. */
  translations: {
    all: ['translations'] as const,
    of: (owner: TranslationOwner, ownerId: string) => ['translations', owner, ownerId] as const,
  },
  handouts: { list: (planId: string) => ['handouts', planId] as const },
  history: {
    all: ['history'] as const,
    timeline: (patientId: string) => ['history', 'timeline', patientId] as const,
    compare: (fromId: string, toId: string) => ['history', 'compare', fromId, toId] as const,
  },
  sessions: {
    list: (patientId: string) => ['sessions', 'list', patientId] as const,
    session: (id: string) => ['sessions', 'session', id] as const,
    upcoming: ['sessions', 'upcoming'] as const,
    /** Every day and week view, whatever its dates. */
    allPlanned: ['sessions', 'planned'] as const,
    planned: (from: string, to: string) => ['sessions', 'planned', from, to] as const,
    recordingContext: (id: string) => ['sessions', 'recording-context', id] as const,
  },
  review: {
    queue: (input: InputOf<'review.queue'>) => ['review', 'queue', input] as const,
    find: (input: InputOf<'review.findPatients'> | null) => ['review', 'find', input] as const,
  },
  settings: ['settings'] as const,
  backups: ['backups'] as const,
  backupStatus: ['backup-status'] as const,
  appInfo: ['app-info'] as const,
};
