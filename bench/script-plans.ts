/**
 * The typical bench plan (handouts.ts) for a patient who reads Arabic or Chinese: their name,
 * goal, splint precautions and notes, a reason for a piece of equipment and an example for a
 * principle typed in that script, as a therapist would type them; the rest is the catalogue's
 * English (until handouts are printed in the patient's language).
 */
import type { PlanContentInput } from '../src/shared/domain/plan.ts';

export interface ScriptPlanWords {
  givenName: string;
  familyName: string;
  goal: string;
  precautions: string;
  notes: string;
  reason: string;
  example: string;
}

export const ARABIC_WORDS: ScriptPlanWords = {
  givenName: 'فاطمة',
  familyName: 'الزهراء',
  goal: 'أن أفتح البرطمانات وأحضّر كوباً من الشاي دون ألم في المعصم',
  precautions: 'انزعيها إذا شعرتِ ببرودة في أصابعك أو بدت شاحبة.',
  notes: 'أرخي الحزام الأوسط إذا تورمت يدك في الليل، لمدة 8 ساعات (Resting Hand Splint).',
  reason: 'قلتِ لنا إن فتح البرطمانات أصعب عمل في مطبخك.',
  example: 'توقفي عن العمل في الحديقة عندما يبدأ معصمك بالألم.',
};

export const CHINESE_WORDS: ScriptPlanWords = {
  givenName: '小明',
  familyName: '王',
  goal: '打开罐子并泡一杯茶，手腕不痛',
  precautions: '如果手指发冷或看起来苍白，请取下夹板。',
  notes: '如果夜间手部肿胀，请放松中间的绑带，佩戴约8小时（Resting Hand Splint）。',
  reason: '您告诉我们，开罐子是厨房里最难的事。',
  example: '手腕开始疼痛时，停止园艺工作。',
};

/** `content` (the typical plan) with the patient's own words in `words`. */
export function inScript(content: PlanContentInput, words: ScriptPlanWords): PlanContentInput {
  return {
    ...content,
    goals: content.goals.map((g, i) => (i === 0 ? { ...g, text: words.goal } : g)),
    orthoses: content.orthoses.map((o, i) =>
      i === 0 ? { ...o, precautions: words.precautions, notes: words.notes } : o,
    ),
    equipment: content.equipment.map((e, i) => (i === 0 ? { ...e, reason: words.reason } : e)),
    principles: content.principles.map((p, i) => (i === 0 ? { ...p, example: words.example } : p)),
  };
}
