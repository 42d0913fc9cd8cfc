import { createHash } from 'node:crypto';
import { AppError } from '../../shared/app-error.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import type { CatalogueKind } from '../../shared/domain/catalogue.ts';
import { planSnapshotSchema } from '../../shared/domain/plan-snapshot.ts';
import { wrongKindEntries } from '../../shared/domain/plan.ts';
import { sniffLogoType } from '../../shared/domain/settings.ts';
import { catalogueIdsOf } from '../plans/snapshot.ts';
import {
  RECORD_FORMAT,
  RECORD_LIMITS,
  RECORD_VERSION,
  recordFileSchema,
  type RecordFile,
  type RecordPlan,
} from './format.ts';

const NOT_A_RECORD = 'This file is not a JointPlan patient record.';
const DAMAGED =
  'This record file has been changed or damaged since it was exported, so it cannot be trusted. Export it again on the computer it came from.';
// Keys that would reach an object's prototype if any code ever copied them blindly.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function refuse(message: string): AppError {
  return new AppError('invalid-input', message);
}

/** Nesting depth of JSON text, counted without parsing it (strings skipped). */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

function hasForbiddenKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  if (value !== null && typeof value === 'object') {
    return Object.keys(value).some(
      (k) => FORBIDDEN_KEYS.has(k) || hasForbiddenKey((value as Record<string, unknown>)[k]),
    );
  }
  return false;
}

/** JSON.parse, refusing deep nesting (before parsing) and prototype-reaching keys. */
export function parseJsonSafely(text: string, what: string): unknown {
  if (jsonDepth(text) > RECORD_LIMITS.depth) throw refuse(`${what} is nested too deeply.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refuse(`${NOT_A_RECORD} It could not be read as a record file.`);
  }
  if (hasForbiddenKey(value)) throw refuse(`${what} contains a field name JointPlan never writes.`);
  return value;
}

export function sha256Of(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The checksum a record carries: SHA-256 of the canonical JSON of everything else in it. */
export function recordChecksum(fileWithoutSha: Record<string, unknown>): string {
  return sha256Of(canonicalJson(fileWithoutSha));
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not laid out as JointPlan writes them';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

function checkSnapshot(plan: RecordPlan, patientId: string): void {
  const label = `Version ${plan.version}`;
  if (plan.snapshot === null || plan.snapshotSha256 === null)
    throw refuse(`${label} is finalised but its frozen copy is missing.`);
  if (sha256Of(plan.snapshot) !== plan.snapshotSha256)
    throw refuse(`${label}'s frozen copy does not match its fingerprint. ${DAMAGED}`);
  const raw = parseJsonSafely(plan.snapshot, `${label}'s frozen copy`);
  if (canonicalJson(raw) !== plan.snapshot)
    throw refuse(`${label}'s frozen copy is not as JointPlan writes it. ${DAMAGED}`);
  const parsed = planSnapshotSchema.safeParse(raw);
  if (!parsed.success)
    throw refuse(`${label}'s frozen copy is not valid (${firstIssue(parsed.error)}).`);
  const s = parsed.data;
  const matches =
    s.plan.id === plan.id &&
    s.plan.version === plan.version &&
    s.plan.previousId === plan.previousId &&
    s.plan.finalisedAt === plan.finalisedAt &&
    s.plan.finalisedBy === plan.finalisedBy &&
    s.patient.id === patientId &&
    canonicalJson(s.plan.content) === canonicalJson(plan.content) &&
    catalogueIdsOf(s.plan.content).every((c) => Object.hasOwn(s.catalogue, c));
  if (!matches) throw refuse(`${label}'s frozen copy does not agree with the plan. ${DAMAGED}`);
  const [wrongKind] = Object.values(
    wrongKindEntries(s.plan.content, (c) =>
      Object.hasOwn(s.catalogue, c) ? s.catalogue[c]?.kind : undefined,
    ),
  );
  if (wrongKind !== undefined) throw refuse(`${label}'s frozen copy: ${wrongKind}`);
}

/**
 * Every plan's entries sit in the list of their item's kind; `kindOf` knows this computer's
 * catalogue and the record's own items. An equipment item among the splints, say, would be
 * left out of the handout without a word, so the record is refused instead.
 */
export function checkCatalogueKinds(
  file: RecordFile,
  kindOf: (catalogueId: string) => CatalogueKind | undefined,
): void {
  for (const plan of file.plans) {
    const [wrong] = Object.values(wrongKindEntries(plan.content, kindOf));
    if (wrong !== undefined) throw refuse(`Version ${plan.version}: ${wrong}`);
  }
}

/** Versions 1..n, each pointing back only to an earlier one; one draft at most, at the top. */
function checkPlans(file: RecordFile): void {
  const plans = [...file.plans].sort((a, b) => a.version - b.version);
  const ids = new Set(plans.map((p) => p.id));
  if (ids.size !== plans.length) throw refuse('Two plan versions in this record share an id.');
  const versionOf = new Map(plans.map((p) => [p.id, p.version]));
  const lastFrozen = plans.filter((p) => p.status !== 'draft').at(-1);
  plans.forEach((plan, i) => {
    const label = `Version ${plan.version}`;
    if (plan.version !== i + 1)
      throw refuse('The plan versions in this record do not run 1, 2, 3… without gaps.');
    if (plan.previousId !== null && !((versionOf.get(plan.previousId) ?? Infinity) < plan.version))
      throw refuse(`${label} follows a plan that is not an earlier version in this record.`);
    if (plan.status === 'draft') {
      if (i !== plans.length - 1)
        throw refuse(`${label} is a draft but is not the newest version.`);
      if (plan.snapshot !== null || plan.finalisedAt !== null || plan.changeSummary !== null)
        throw refuse(`${label} is a draft but carries finalising details.`);
      return;
    }
    const expected = plan === lastFrozen ? 'finalised' : 'superseded';
    if (plan.status !== expected)
      throw refuse(`${label} should be ${expected}, not ${plan.status}.`);
    if (plan.finalisedAt === null || plan.finalisedBy === null)
      throw refuse(`${label} is finalised but does not say when or by whom.`);
    checkSnapshot(plan, file.patient.id);
  });
}

function checkReferences(file: RecordFile): void {
  const plans = new Map(file.plans.map((p) => [p.id, p]));
  const sessionIds = new Set(file.sessions.map((s) => s.id));
  if (sessionIds.size !== file.sessions.length)
    throw refuse('Two sessions in this record share an id.');
  for (const s of file.sessions) {
    if (s.planId !== null && !plans.has(s.planId))
      throw refuse(`The session of ${s.sessionDate} names a plan that is not in this record.`);
    if ((s.status === 'recorded') !== (s.recordedAt !== null))
      throw refuse(`The session of ${s.sessionDate} is inconsistent about being recorded.`);
  }
  const handoutIds = new Set(file.handoutExports.map((h) => h.id));
  if (handoutIds.size !== file.handoutExports.length)
    throw refuse('Two handouts in this record share an id.');
  const allIds = [file.patient.id, ...plans.keys(), ...sessionIds, ...handoutIds];
  if (new Set(allIds).size !== allIds.length)
    throw refuse('Two different things in this record share an id.');
  for (const h of file.handoutExports) {
    const plan = plans.get(h.planId);
    if (!plan || plan.status === 'draft')
      throw refuse('A handout in this record names a plan version that is not finalised in it.');
    const logo = h.options.clinic.logoSha256;
    if (logo !== null && !Object.hasOwn(file.logos, logo))
      throw refuse('A handout in this record names a clinic logo that is not in it.');
  }
  for (const [hash, base64] of Object.entries(file.logos)) {
    if (sniffLogoType(base64) === null || sha256Of(Buffer.from(base64, 'base64')) !== hash)
      throw refuse(`A clinic logo in this record is damaged. ${DAMAGED}`);
  }
}

/**
 * Reads a record file and checks everything in it before anything is written: its kind and
 * version, its checksum, every field against the app's own schemas, the plan version chain,
 * each frozen snapshot's fingerprint, and every reference between its parts.
 */
export function readRecordFile(text: string): RecordFile {
  const raw = parseJsonSafely(text, 'This record file');
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw refuse(NOT_A_RECORD);
  const { sha256, ...rest } = raw as Record<string, unknown>;
  if (rest.format !== RECORD_FORMAT) throw refuse(NOT_A_RECORD);
  // A version that is not a whole number is no JointPlan's: not "from a newer version".
  if (typeof rest.version !== 'number' || !Number.isInteger(rest.version) || rest.version < 1)
    throw refuse(
      'This file is not a valid JointPlan patient record: its format version is not a whole number.',
    );
  if (rest.version > RECORD_VERSION)
    throw refuse(
      'This record was saved by a newer version of JointPlan. Update JointPlan on this computer, then import it again.',
    );
  if (typeof sha256 !== 'string' || recordChecksum(rest) !== sha256) throw refuse(DAMAGED);
  const parsed = recordFileSchema.safeParse(raw);
  if (!parsed.success)
    throw refuse(`This record file has something wrong in it: ${firstIssue(parsed.error)}.`);
  checkPlans(parsed.data);
  checkReferences(parsed.data);
  return parsed.data;
}
