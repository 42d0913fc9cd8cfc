import type { PlanStatus } from './plan.ts';
import type { SessionStatus } from './session.ts';

export const AUDIT_ENTITIES = ['patient', 'plan', 'session'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** One append-only record of a change: what, when, and by which therapist profile. */
export interface AuditRecord {
  seq: number;
  at: string;
  therapist: string;
  entity: AuditEntity;
  entityId: string;
  action: string;
  summary: string;
}

/** A line of a patient's timeline, newest first. */
export type TimelineEntry =
  | {
      kind: 'plan';
      id: string;
      /** When it happened: finalised, or last saved for a draft. */
      at: string;
      date: string;
      version: number;
      status: PlanStatus;
      title: string;
      therapist: string;
      /** What changed since the previous version, in one line. */
      summary: string;
    }
  | {
      kind: 'session';
      id: string;
      at: string;
      date: string;
      status: SessionStatus;
      therapist: string;
      summary: string;
    }
  | {
      /** A handout made (given) from a finalised version. */
      kind: 'handout';
      id: string;
      at: string;
      date: string;
      planId: string;
      version: number;
      /** What it was printed with: "A4, large print, wear log". */
      summary: string;
    };

export interface PatientTimeline {
  entries: TimelineEntry[];
  /** The patient's audit trail, newest first. */
  audit: AuditRecord[];
}

export type PlanChangeKind = 'added' | 'removed' | 'changed';

/** One difference between two plan versions, in plain words. */
export interface PlanChange {
  /** The part of the plan, as the plan screen names it: "Splints and braces". */
  section: string;
  kind: PlanChangeKind;
  /** What changed: "Resting hand splint", "Review date". */
  subject: string;
  /** How it read in the older version; null when it was added. */
  before: string | null;
  /** How it reads in the newer version; null when it was removed. */
  after: string | null;
  /** The whole change in one line: "Resting hand splint: night only → all day and night". */
  text: string;
}

export interface PlanVersionRef {
  id: string;
  version: number;
  status: PlanStatus;
  planDate: string;
  therapist: string;
  /** Null for a draft. */
  finalisedAt: string | null;
}

export interface PlanComparison {
  from: PlanVersionRef;
  to: PlanVersionRef;
  changes: PlanChange[];
}
