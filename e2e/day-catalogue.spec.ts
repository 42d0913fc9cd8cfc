import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { patientList, search, setChecked } from './patient-helpers.ts';

// A catalogue that understands, defaults that help, clear screens (issue 11, parts 3–5).

/** Saves a screenshot for a person to look at when SHOTS names a folder (never committed). */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png` });
}

/** Adds a patient through the window's API (the form has its own tests). */
async function seedPatient(
  page: Page,
  patient: {
    given: string;
    family: string;
    dateOfBirth?: string;
    stage?: 'active-flare' | 'stable' | 'established-deformity';
    rightWrist?: boolean;
  },
): Promise<string> {
  return page.evaluate(async (p) => {
    const r = await window.api['patients.create']({
      patient: {
        givenName: p.given,
        familyName: p.family,
        preferredName: null,
        dateOfBirth: p.dateOfBirth ?? null,
        chartNumber: null,
        diagnosis: null,
        diseaseStage: p.stage ?? null,
        affectedJoints: p.rightWrist ? [{ joint: 'wrist', side: 'right' }] : [],
        phone: null,
        notes: '',
      },
    });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.id;
  }, patient);
}

/** A finalised plan with one piece of equipment, reviewed on `reviewDate`. */
async function seedFinalisedPlan(page: Page, patientId: string, reviewDate: string) {
  return page.evaluate(
    async ({ patientId, reviewDate }) => {
      const draft = await window.api['plans.createDraft']({
        patientId,
        source: { from: 'blank' },
      });
      if (!draft.ok) throw new Error(draft.error.message);
      const saved = await window.api['plans.saveDraft']({
        id: draft.value.id,
        content: {
          ...draft.value.content,
          therapist: 'Jo Bloggs OT',
          reviewDate,
          equipment: [{ catalogueId: 'equipment.jar-opener', reason: null }],
        },
      });
      if (!saved.ok) throw new Error(saved.error.message);
      const done = await window.api['plans.finalise']({ id: draft.value.id });
      if (!done.ok) throw new Error(done.error.message);
      return done.value.id;
    },
    { patientId, reviewDate },
  );
}

/** YYYY-MM-DD `days` from today on the browser's calendar. */
function daysFromToday(page: Page, days: number): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    const pad = (x: number) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

test('the catalogue finds items by their other names, says No matches, and the therapist edits other names', async ({
  app,
}) => {
  const page = app.page;
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Catalogue' })
    .click();
  const searchBox = page.getByRole('searchbox', { name: 'Search the catalogue' });
  // Searching while on splints: no splint is built-up, but the cutlery is one press away.
  await searchBox.fill('built');
  await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toContainText(
    'No matches in splints and braces for “built”',
  );
  await shot(page, 'catalogue-no-matches');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: /^Equipment \(\d+\)$/ }).click();
  const list = page.getByRole('listbox', { name: 'Equipment in the catalogue' });
  await list.getByRole('option', { name: /Thick-handled cutlery/ }).click();
  await expect(page.getByText(/Other names: .*built-up cutlery/)).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  const otherNames = page.getByRole('textbox', { name: 'Other names' });
  await expect(otherNames).toHaveValue(/foam-handled cutlery/);
  await otherNames.fill('Built-up cutlery\nDinner fork grip');
  await shot(page, 'catalogue-edit-other-names');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Other names: Built-up cutlery, Dinner fork grip')).toBeVisible();

  await searchBox.fill('DINNER FORK');
  await expect(list.getByRole('option', { name: /Thick-handled cutlery/ })).toBeVisible();
  await searchBox.fill('foam-handled');
  // Foam tubes still go by that name; the thick-handled cutlery no longer does.
  await expect(list.getByRole('option', { name: /Foam tubes for cutlery/ })).toBeVisible();
  await expect(list.getByRole('option', { name: /Thick-handled cutlery/ })).toHaveCount(0);
});

test('in the plan editor: other names find items, a one-off item finalises and prints, the side follows the joints, errors wait, and a new version keeps the review interval', async ({
  app,
}) => {
  // A whole day's path through one plan: slow on a busy machine, so given room.
  test.setTimeout(240_000);
  const page = app.page;
  await seedPatient(page, { given: 'Ann', family: 'Smith', stage: 'stable', rightWrist: true });
  await page.reload();
  await patientList(page)
    .getByRole('option', { name: /Smith, Ann/ })
    .click();

  // New plan preselects the template for her stage.
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByRole('radio', { name: /RA hand, stable/ })).toBeChecked();
  await shot(page, 'new-plan-stage-template');
  await expectNoA11yViolations(page);
  await setChecked(page.getByRole('radio', { name: /A blank plan/ }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Plan version 1 (draft)' }),
  ).toBeVisible();

  await page.getByLabel('Therapist').fill('Jo Bloggs OT');
  const review = await daysFromToday(page, 42);
  await page.getByLabel('Review date').fill(review);

  // "working splint" is another name for the wrist splint; only her right wrist is affected.
  await page.getByRole('combobox', { name: 'Add a splint or brace' }).fill('working splint');
  await page.getByRole('option', { name: /Wrist splint for tasks/ }).click();
  const splint = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /Wrist splint for tasks/ }) });
  await expect(splint.getByRole('radio', { name: 'Right' })).toBeChecked();

  const equipment = page.getByRole('combobox', { name: 'Add equipment' });
  await equipment.fill('built-up');
  await expect(page.getByRole('option', { name: /Thick-handled cutlery/ })).toBeVisible();
  await equipment.fill('Grip tape for the walker');
  await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toContainText(
    'No matches for “Grip tape for the walker”',
  );
  await page
    .getByRole('button', { name: 'Add “Grip tape for the walker” as a one-off item' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add “Grip tape for the walker” to this plan' });
  await expect(dialog.getByRole('textbox', { name: /^Name/ })).toHaveValue(
    'Grip tape for the walker',
  );
  await dialog.getByRole('textbox', { name: /What it helps with/ }).fill('A softer, wider grip.');
  await dialog.getByRole('textbox', { name: /How-to tip/ }).fill('Wrap it round the handles.');
  await shot(page, 'one-off-item-dialog');
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Add to plan' }).click();
  await expect(page.getByRole('heading', { name: 'Grip tape for the walker' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Save Grip tape for the walker to the catalogue' }),
  ).toBeVisible();

  // A new timetable block is not wrong before it is filled in; leaving it empty is.
  await page.getByRole('button', { name: 'Add a block' }).click();
  const whatHappens = page.getByRole('textbox', { name: 'What happens' });
  await expect(page.getByText('What happens is required')).toHaveCount(0);
  await expect(page.getByText(/Label is required/)).toHaveCount(0);
  await whatHappens.focus();
  await whatHappens.press('Tab');
  await expect(page.getByText('What happens is required')).toBeVisible();
  await shot(page, 'editor-block-error-after-leaving');
  await whatHappens.fill('Gardening');
  await whatHappens.press('Tab');
  await expect(page.getByText('What happens is required')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
  await shot(page, 'editor-side-and-one-off');
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Active/ }),
  ).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('Grip tape for the walker')).toBeVisible();
  // The fingerprint is behind Details.
  await expect(main.getByText(/Fingerprint \(SHA-256\)/)).toBeHidden();
  await main.getByText('Details', { exact: true }).first().click();
  await expect(main.getByText(/Fingerprint \(SHA-256\)/)).toBeVisible();

  // A handout with a wear log; its reprint shows (and sets) the options it was made with.
  const handout = page.getByRole('region', { name: 'Patient handout' });
  await setChecked(handout.getByRole('checkbox', { name: 'Add a weekly wear log' }), true);
  await handout.getByRole('button', { name: 'Make handout' }).click();
  await expect(handout.getByRole('img', { name: /Handout preview, page 1/ })).toBeVisible();
  await setChecked(handout.getByRole('checkbox', { name: 'Add a weekly wear log' }), false);
  await setChecked(handout.getByRole('checkbox', { name: /Large print/ }), true);
  await handout.getByRole('button', { name: /Reprint the handout of/ }).click();
  await expect(
    handout.getByText(/Reprint of the handout given .*: A4, standard print, wear log\./),
  ).toBeVisible();
  await expect(handout.getByRole('checkbox', { name: 'Add a weekly wear log' })).toBeChecked();
  await expect(handout.getByRole('checkbox', { name: /Large print/ })).not.toBeChecked();
  await shot(page, 'plan-page-reprint-options');
  await expectNoA11yViolations(page);

  // The handout given is in her history.
  await page.getByRole('button', { name: 'Back to patient' }).click();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('link', { name: 'Handout given: plan version 1' })).toBeVisible();
  await expect(history.getByText('A4, standard print, wear log')).toBeVisible();
  await shot(page, 'patient-history-handout');

  // A new version proposes the review date 6 weeks on, as version 1 had, and says so.
  await page.getByRole('link', { name: /Version 1/ }).click();
  await page.getByRole('button', { name: 'Make a new version' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Plan version 2 (draft)' }),
  ).toBeVisible();
  await expect(page.getByLabel('Review date')).toHaveValue(review);
  await expect(
    page.getByText(
      'Review date proposed 6 weeks after the plan date, the same interval as version 1.',
      { exact: false },
    ),
  ).toBeVisible();
  await shot(page, 'new-version-review-interval');
});

test('patient search matches a date of birth as the locale writes it and in ISO form', async ({
  app,
}) => {
  const page = app.page;
  await seedPatient(page, { given: 'Ann', family: 'Smith', dateOfBirth: '1956-04-03' });
  await seedPatient(page, { given: 'Ann', family: 'Smith', dateOfBirth: '1961-11-20' });
  await page.reload();
  const typed = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(1956, 3, 3))),
  );
  const options = patientList(page).getByRole('option');
  await search(page, typed);
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Born 3 Apr 1956');
  await search(page, 'smith 1956-04-03');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Born 3 Apr 1956');
  await search(page, '1961-11-20');
  await expect(options.first()).toContainText('Born 20 Nov 1961');
  await shot(page, 'patient-search-dob');
  await expectNoA11yViolations(page);
});

test('templates are renamed, described and deleted; the Reviews page uses a wide window and plans a visit', async ({
  app,
}) => {
  const page = app.page;
  await page.setViewportSize({ width: 1800, height: 900 });
  const patientId = await seedPatient(page, { given: 'Bo', family: 'Day' });
  const planId = await seedFinalisedPlan(page, patientId, await daysFromToday(page, 3));
  await page.evaluate(async (id) => {
    const r = await window.api['templates.saveFromPlan']({
      planId: id,
      name: 'Mine',
      description: null,
    });
    if (!r.ok) throw new Error(r.error.message);
  }, planId);
  await page.reload();

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Settings' })
    .click();
  const templates = page.getByRole('region', { name: 'Plan templates' });
  await templates.getByRole('button', { name: 'Rename Mine' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename “Mine”' });
  const name = dialog.getByRole('textbox', { name: 'Template name' });
  await name.fill('');
  await expect(dialog.getByText('Template name is required')).toHaveCount(0);
  await name.press('Tab');
  await expect(dialog.getByText('Template name is required')).toBeVisible();
  await name.fill('Office workers');
  await dialog
    .getByRole('textbox', { name: 'Description' })
    .fill('Keyboard, mouse and wrist rests');
  await shot(page, 'template-rename-dialog');
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(templates.getByText('Office workers')).toBeVisible();
  await expect(templates.getByText('Keyboard, mouse and wrist rests')).toBeVisible();
  await expect(templates.getByRole('button', { name: /Delete RA hand/ })).toHaveCount(0);
  await templates.getByRole('button', { name: 'Delete Office workers' }).click();
  const confirm = page.getByRole('alertdialog', { name: /Delete the template “Office workers”/ });
  await confirm.getByRole('button', { name: 'Delete template' }).click();
  await expect(templates.getByText('Office workers')).toHaveCount(0);
  await shot(page, 'settings-templates');
  await expectNoA11yViolations(page);

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Reviews' })
    .click();
  const table = page.getByRole('table', { name: 'Patients due a review' });
  await expect(table.getByRole('rowheader', { name: 'Day, Bo' })).toBeVisible();
  const box = await table.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(1400);
  await shot(page, 'reviews-wide');
  await expectNoA11yViolations(page);
  await table.getByRole('button', { name: 'Plan a visit for Day, Bo' }).click();
  await expect(page.getByRole('dialog', { name: 'Plan a session' })).toBeVisible();
  await page.getByRole('button', { name: 'Plan session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /session/i })).toBeVisible();
});
