import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient, setChecked } from './patient-helpers.ts';

const SHOTS = process.env.VISITS_SHOTS;
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

/** A day `offset` days from today on this computer's calendar, as the date input takes it. */
function isoDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** As the app shows a date: "9 Mar 2026". */
function shown(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

function longDay(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

async function planVisit(
  page: Page,
  visit: { date: string; time: string; minutes?: number; place?: string },
) {
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a session' });
  await dialog.getByLabel('Date of the session').fill(visit.date);
  await dialog.getByLabel('Time').fill(visit.time);
  if (visit.minutes)
    await dialog.getByRole('textbox', { name: /Duration/ }).fill(String(visit.minutes));
  if (visit.place) await setChecked(dialog.getByRole('radio', { name: visit.place }), true);
  await dialog.getByRole('button', { name: 'Plan session' }).click();
  return dialog;
}

test.describe.configure({ timeout: 240_000 });

test('visits have a time, length and place; a clash is refused; day and week views work by keyboard', async ({
  app,
}) => {
  const page = app.page;
  const today = isoDay(0);
  await addPatient(page, { given: 'Margaret', family: 'Okafor' });
  await planVisit(page, { date: today, time: '10:00', minutes: 30, place: 'Home visit' });
  await expect(
    page.getByRole('heading', { level: 1, name: `Session on ${shown(today)} Planned` }),
  ).toBeVisible();
  await expect(page.getByText('10:00–10:30, Home visit')).toBeVisible();

  await addPatient(page, { given: 'Bob', family: 'Jones' });
  const dialog = await planVisit(page, { date: today, time: '10:15' });
  const clash = `This time clashes with the visit for Okafor, Margaret on ${shown(today)}, 10:00–10:30. Choose another time.`;
  await expect(dialog.getByText(clash)).toBeVisible();
  await expect(dialog.getByLabel('Time')).toBeFocused();
  await shot(page, 'plan-visit-clash');
  await expectNoA11yViolations(page);
  await dialog.getByLabel('Time').fill('11:00');
  await dialog.getByRole('button', { name: 'Plan session' }).click();
  await expect(page.getByText('11:00–11:45, Clinic')).toBeVisible();
  // Moving it onto Margaret's visit is refused the same way.
  const planForm = page.getByRole('group', { name: 'Plan for the visit' });
  await planForm.getByLabel('Time').fill('10:20');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(
    planForm.getByText(/This time clashes with the visit for Okafor, Margaret/),
  ).toBeVisible();
  await planForm.getByLabel('Time').fill('11:00');

  // The day view: each visit a link named by time, patient and place.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Sessions' })
    .click();
  const calendar = page.getByRole('region', { name: longDay(today) });
  await expect(calendar.getByRole('link')).toHaveText([
    '10:00–10:30, Okafor, Margaret, Home visit',
    '11:00–11:45, Jones, Bob, Clinic',
  ]);
  await shot(page, 'sessions-day-view');
  await expectNoA11yViolations(page);

  // By keyboard: next day, back with Page Up, then the week view with the arrow keys.
  await page.getByRole('button', { name: 'Next day' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: longDay(isoDay(1)) })).toBeVisible();
  await expect(page.getByText('No visits planned.')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('heading', { level: 2, name: longDay(today) })).toBeVisible();
  await page.getByRole('radio', { name: 'Day' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Week' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: /^Week of / })).toBeVisible();
  const week = page.getByRole('region', { name: /^Week of / });
  await expect(week.getByRole('heading', { level: 3 })).toHaveCount(7);
  await expect(week.getByRole('link', { name: /Okafor, Margaret/ })).toBeVisible();
  await shot(page, 'sessions-week-view');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Next week' }).focus();
  await page.keyboard.press('Enter');
  await expect(week.getByRole('link')).toHaveCount(0);
  await page.getByRole('button', { name: 'Previous week' }).focus();
  await page.keyboard.press('Enter');
  await week.getByRole('link', { name: /Jones, Bob/ }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: `Session on ${shown(today)} Planned` }),
  ).toBeVisible();
});

/** One earlier visit, recorded through the same API the window uses. */
interface Earlier {
  date: string;
  painNow: number;
  pain: number;
  stiffness: number;
  left: number[];
  right: number[];
  jars: number;
}

const EARLIER: Earlier[] = [
  {
    date: isoDay(-50),
    painNow: 8,
    pain: 9,
    stiffness: 90,
    left: [12, 13, 14],
    right: [15, 15, 15],
    jars: 2,
  },
  {
    date: isoDay(-40),
    painNow: 7,
    pain: 8,
    stiffness: 75,
    left: [14, 14, 14],
    right: [16, 17, 18],
    jars: 3,
  },
  {
    date: isoDay(-30),
    painNow: 6,
    pain: 7,
    stiffness: 60,
    left: [15, 16, 17],
    right: [18, 18, 18],
    jars: 4,
  },
  {
    date: isoDay(-20),
    painNow: 5,
    pain: 6,
    stiffness: 45,
    left: [17, 17, 17],
    right: [19, 20, 21],
    jars: 5,
  },
  {
    date: isoDay(-10),
    painNow: 4,
    pain: 5,
    stiffness: 30,
    left: [18, 19, 20],
    right: [22, 22, 22],
    jars: 6,
  },
];

test('six recorded visits: the form checks each measure, and the charts and tables show them', async ({
  app,
}) => {
  const page = app.page;
  const today = isoDay(0);

  // A clinic measure of its own, in Settings.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.getByLabel('Clinic name').fill('Riverside Hand Therapy');
  await page.getByRole('button', { name: 'Add a measure' }).click();
  await page.getByLabel('Measure 1 name').fill('Pinch strength');
  await page.getByLabel('Measure 1 unit').fill('kg');
  await page.getByRole('textbox', { name: /Measure 1 highest value/ }).fill('20');
  await shot(page, 'settings-clinic-measures');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expectNoA11yViolations(page);

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Patients' })
    .click();
  await addPatient(page, { given: 'Ann', family: 'Smith' });
  const patientId = /patients\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
  await page.evaluate(
    async ({ patientId, visits }) => {
      const tries = (t: number[]) => t;
      for (const v of visits) {
        const planned = await window.api['sessions.plan']({ patientId, sessionDate: v.date });
        if (!planned.ok) throw new Error(planned.error.message);
        const recorded = await window.api['sessions.record']({
          id: planned.value.id,
          outcome: {
            pain: v.pain,
            adherence: null,
            checklist: planned.value.checklist,
            notes: '',
            changes: '',
            measures: {
              painNow: v.painNow,
              morningStiffnessMinutes: v.stiffness,
              gripLeftKg: tries(v.left),
              gripRightKg: tries(v.right),
              splintAdherence: [],
              activities: [{ activity: 'Opening jars', score: v.jars }],
              goals: [],
              custom: [],
            },
          },
        });
        if (!recorded.ok) throw new Error(recorded.error.message);
      }
    },
    { patientId, visits: EARLIER },
  );
  await page.reload();

  // The sixth visit, through the form.
  await planVisit(page, { date: today, time: '14:00' });
  const record = page.getByRole('group', { name: 'Record what happened' });
  const painItem = record.getByRole('checkbox', { name: 'Ask about pain after activity' });
  await expect(painItem).not.toBeChecked();
  await record.getByRole('textbox', { name: 'Pain now (0 to 10)' }).fill('3');
  await record.getByRole('textbox', { name: 'Pain after activity (0 to 10)' }).fill('4');
  await record.getByRole('textbox', { name: 'Pain after activity (0 to 10)' }).blur();
  // Entering the pain score ticks the checklist's pain question.
  await expect(painItem).toBeChecked();
  // Last visit's activity comes back to be rated again.
  await expect(record.getByRole('textbox', { name: 'Activity 1', exact: true })).toHaveValue(
    'Opening jars',
  );
  await record.getByRole('textbox', { name: 'Rating for activity 1 (0 to 10)' }).fill('7');

  // Bad values are refused, each naming its field.
  await record.getByRole('textbox', { name: 'Morning stiffness (minutes)' }).fill('-5');
  await record.getByRole('textbox', { name: 'Right hand, try 1 (kg)' }).fill('300');
  await record.getByRole('textbox', { name: 'Pinch strength (kg), 0 to 20' }).fill('25');
  await page.getByRole('button', { name: 'Record session' }).click();
  await expect(record.getByText('Morning stiffness must be from 0 to 1440 minutes')).toBeVisible();
  await expect(record.getByText('Grip strength, right hand must be from 0 to 90 kg')).toBeVisible();
  await shot(page, 'record-visit-errors');
  await record.getByRole('textbox', { name: 'Morning stiffness (minutes)' }).fill('20');
  await record.getByRole('textbox', { name: 'Right hand, try 1 (kg)' }).fill('25');
  await page.getByRole('button', { name: 'Record session' }).click();
  await expect(record.getByText('Pinch strength (kg) must be from 0 to 20')).toBeVisible();
  await record.getByRole('textbox', { name: 'Pinch strength (kg), 0 to 20' }).fill('6.5');

  await record.getByRole('textbox', { name: 'Left hand, try 1 (kg)' }).fill('20');
  await record.getByRole('textbox', { name: 'Left hand, try 2 (kg)' }).fill('22');
  await record.getByRole('textbox', { name: 'Left hand, try 3 (kg)' }).fill('21');
  await record.getByRole('textbox', { name: 'Left hand, try 3 (kg)' }).blur();
  await expect(record.getByText('Mean, left hand: 21 kg')).toBeVisible();
  await shot(page, 'record-visit-measures');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Record session' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Session on ${shown(today)} Recorded` }),
  ).toBeVisible();
  await expect(
    page.getByRole('definition').filter({ hasText: 'mean 21 kg (tries 20, 22, 21)' }),
  ).toBeVisible();
  await shot(page, 'session-recorded-measures');

  // The patient's page: a chart, a legend and a table per measure, with the right values.
  await page.getByRole('button', { name: 'Back to patient' }).click();
  const progress = page.getByRole('region', { name: 'Progress' });
  const pain = progress.getByRole('table', { name: 'Pain (0–10) at each visit' });
  const dates = [...EARLIER.map((v) => v.date), today];
  await expect(pain.getByRole('rowheader')).toHaveText(dates.map(shown));
  await expect(pain.getByRole('columnheader')).toHaveText([
    'Visit',
    'Pain now',
    'Pain after activity',
  ]);
  const painRows = [...EARLIER.map((v) => [v.painNow, v.pain]), [3, 4]];
  for (const [i, [now, after]] of painRows.entries()) {
    await expect(
      pain
        .getByRole('row')
        .nth(i + 1)
        .getByRole('cell'),
    ).toHaveText([String(now), String(after)]);
  }
  const grip = progress.getByRole('table', {
    name: 'Grip strength (mean of tries) (kg) at each visit',
  });
  await expect(grip.getByRole('row').nth(1).getByRole('cell')).toHaveText(['13', '15']);
  await expect(grip.getByRole('row').nth(5).getByRole('cell')).toHaveText(['19', '22']);
  await expect(grip.getByRole('row').nth(6).getByRole('cell')).toHaveText(['21', '25']);
  const stiffness = progress.getByRole('table', {
    name: 'Morning stiffness (minutes) at each visit',
  });
  await expect(stiffness.getByRole('cell')).toHaveText(['90', '75', '60', '45', '30', '20']);
  const jars = progress.getByRole('table', {
    name: 'Activities the patient rated (0–10) at each visit',
  });
  await expect(jars.getByRole('cell')).toHaveText(['2', '3', '4', '5', '6', '7']);
  const pinch = progress.getByRole('table', { name: 'Pinch strength (kg) at each visit' });
  await expect(pinch.getByRole('cell')).toHaveText(['–', '–', '–', '–', '–', '6.5']);
  await expect(
    progress.getByRole('list', { name: 'Pain: legend' }).getByRole('listitem'),
  ).toHaveText(['Pain now', 'Pain after activity']);
  await stiffness.scrollIntoViewIfNeeded();
  await shot(page, 'patient-progress-charts');
  await expectNoA11yViolations(page);

  // The one-page progress PDF.
  await setChecked(progress.getByRole('radio', { name: 'The referring doctor' }), true);
  await progress.getByRole('button', { name: 'Make progress PDF' }).click();
  await expect(progress.getByRole('button', { name: 'Save progress PDF…' })).toBeVisible();
  if (SHOTS) {
    const pdf = await page.evaluate(async (id) => {
      const r = await window.api['progress.pdf']({ patientId: id, audience: 'doctor' });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.pdfBase64;
    }, patientId);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${SHOTS}/progress.pdf`, Buffer.from(pdf, 'base64'));
  }
});
