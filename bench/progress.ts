/**
 * What the patient page reads for progress: one patient with many recorded visits, every
 * measure filled in, among a caseload of other patients with visits of their own. Times the
 * page's session list with the charts worked out from it (as the renderer does), the
 * timeline that now reads visit measures, the day and week views, and the progress PDF.
 */
import { openAppDatabase } from '../src/main/bootstrap.ts';
import { progressCharts } from '../src/shared/domain/progress.ts';
import { benchApi, call } from './api.ts';
import { percentile, round2, seededRandom, sized, time, type BenchSuite } from './lib.ts';
import { fakePatient } from './patients.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const progressBench: BenchSuite = {
  name: 'progress',
  async run({ dir, log, quick }) {
    const visits = sized(quick, 60, 12);
    const others = sized(quick, 2000, 100);
    const calls = sized(quick, 200, 10);
    const random = seededRandom(0x70726f67);
    let now = Date.parse('2025-01-06T09:00:00.000Z');
    const clock = () => new Date(now);
    const db = await openAppDatabase(dir, clock);
    try {
      const api = benchApi(db, dir, clock, random);
      // Only the target's visits have a time: the others would clash with one another.
      const record = async (patientId: string, n: number, timed = false) => {
        const s = await call(api, 'sessions.plan', {
          patientId,
          sessionDate: day(now),
          ...(timed ? { slot: { startTime: '09:00', durationMinutes: 30, place: 'clinic' } } : {}),
        });
        await call(api, 'sessions.record', {
          id: s.id,
          outcome: {
            pain: n % 11,
            adherence: null,
            checklist: s.checklist,
            notes: '',
            changes: '',
            measures: {
              painNow: (n + 3) % 11,
              morningStiffnessMinutes: 15 + (n % 60),
              gripLeftKg: [18, 19.5, 20],
              gripRightKg: [21, 22, 23.5],
              splintAdherence: [{ splint: 'Resting hand splint (right)', days: n % 8 }],
              activities: [
                { activity: 'Opening jars', score: n % 11 },
                { activity: 'Carrying shopping', score: (n + 5) % 11 },
              ],
              goals: [{ goal: 'Garden again', score: (n % 5) - 2 }],
              custom: [],
            },
          },
        });
      };
      log(`recording ${visits} visits for one patient and one each for ${others} others…`);
      const target = await call(api, 'patients.create', { patient: fakePatient(random, 0) });
      for (let i = 0; i < visits; i++) {
        await record(target.id, i, true);
        now += 7 * DAY_MS;
      }
      const otherIds: string[] = [];
      for (let i = 0; i < others; i++) {
        const p = await call(api, 'patients.create', { patient: fakePatient(random, i + 1) });
        await record(p.id, i);
        otherIds.push(p.id);
        now += DAY_MS / 24;
      }
      // A week ahead with visits planned on every day, for the week view.
      const weekStart = now;
      for (const [i, patientId] of otherIds.slice(0, 70).entries()) {
        await call(api, 'sessions.plan', {
          patientId,
          sessionDate: day(weekStart + (i % 7) * DAY_MS),
          slot: {
            startTime: `${String(8 + Math.floor(i / 7)).padStart(2, '0')}:00`,
            durationMinutes: 45,
            place: 'clinic',
          },
        });
      }
      db.exec('ANALYZE');

      const page = async () => {
        const sessions = await call(api, 'sessions.list', { patientId: target.id });
        const charts = progressCharts(sessions);
        if (charts[0]?.dates.length !== visits) throw new Error('expected every visit charted');
      };
      const timeline = () => call(api, 'history.timeline', { patientId: target.id });
      const week = () =>
        call(api, 'sessions.planned', { from: day(weekStart), to: day(weekStart + 6 * DAY_MS) });
      const pdf = () => call(api, 'progress.pdf', { patientId: target.id, audience: 'doctor' });
      const sample = async (fn: () => Promise<unknown>, n: number) => {
        await fn();
        const ms: number[] = [];
        for (let i = 0; i < n; i++) ms.push(await time(fn));
        return ms;
      };
      log('timing…');
      const pageMs = await sample(page, calls);
      const timelineMs = await sample(timeline, calls);
      const weekMs = await sample(week, calls);
      const pdfMs = await sample(pdf, sized(quick, 20, 3));
      return {
        'progress.sessions_and_charts_p50_ms': round2(percentile(pageMs, 50)),
        'progress.sessions_and_charts_p95_ms': round2(percentile(pageMs, 95)),
        'progress.timeline_p50_ms': round2(percentile(timelineMs, 50)),
        'progress.timeline_p95_ms': round2(percentile(timelineMs, 95)),
        'progress.week_view_p50_ms': round2(percentile(weekMs, 50)),
        'progress.week_view_p95_ms': round2(percentile(weekMs, 95)),
        'progress.pdf_p50_ms': round2(percentile(pdfMs, 50)),
      };
    } finally {
      db.close();
    }
  },
};
