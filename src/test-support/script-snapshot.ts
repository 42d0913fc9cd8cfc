import type { PlanSnapshot } from '../shared/domain/plan-snapshot.ts';
import type { CorpusEntry } from '../main/handout/script/corpus.ts';

/** A patient's name in each corpus script (the corpus strings end in one, where it has one). */
const NAMES: Record<string, [string, string]> = {
  Arabic: ['فاطمة', 'الزهراء'],
  Hebrew: ['מרים', 'כהן'],
  Urdu: ['فاطمہ', 'خان'],
  Chinese: ['小明', '王'],
  Japanese: ['花子', '山田'],
  Korean: ['민준', '김'],
  Devanagari: ['प्रिया', 'शर्मा'],
  Gurmukhi: ['ਗੁਰਪ੍ਰੀਤ', 'ਸਿੰਘ'],
  Bengali: ['সুমিতা', 'দাস'],
  Tamil: ['கீதா', 'ராமன்'],
  Thai: ['สมชาย', 'ใจดี'],
  Vietnamese: ['Hằng', 'Nguyễn Thị'],
};

/** The patient's name as the handout prints it for a corpus entry. */
export function corpusName(entry: CorpusEntry): string {
  const [given, family] = NAMES[entry.label] ?? ['', ''];
  return `${given} ${family}`;
}

/**
 * The sample plan with a corpus string where a therapist types one: the patient's name, the
 * first goal and the first splint's note from the therapist (`base` from buildSampleSnapshot).
 */
export function withCorpusText(base: PlanSnapshot, entry: CorpusEntry): PlanSnapshot {
  const s = structuredClone(base);
  const [given, family] = NAMES[entry.label] ?? ['', ''];
  s.patient.givenName = given;
  s.patient.preferredName = null;
  s.patient.familyName = family;
  const goal = s.plan.content.goals[0];
  if (goal) goal.text = entry.text;
  const splint = s.plan.content.orthoses[0];
  if (splint) splint.notes = entry.text;
  return s;
}
