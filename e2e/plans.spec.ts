import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient, patientList, setChecked } from './patient-helpers.ts';

async function startPlan(page: Page, template: RegExp) {
  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: template }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version \d+ \(draft\)/ }),
  ).toBeVisible();
}

async function pick(page: Page, picker: string, search: string, option: RegExp) {
  await page.getByRole('combobox', { name: picker }).fill(search);
  await page.getByRole('option', { name: option }).click();
}

async function waitForSave(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
}

async function openPatient(page: Page, name: RegExp) {
  await patientList(page).getByRole('option', { name }).click();
}

test('builds a plan from a template, finalises it, and finds it frozen after a restart; a change makes version 2', async ({
  app,
}) => {
  let page = app.page;
  await addPatient(page, { given: 'Margaret', family: 'Okafor' });
  await startPlan(page, /General energy conservation/);
  await expectNoA11yViolations(page);

  await page.getByLabel('Therapist').fill('Jo Bloggs OT');
  await page.getByLabel('Review date').fill('2030-01-15');
  await pick(page, 'Add a splint or brace', 'resting', /resting hand splint/i);
  // No affected joint it fits is recorded: the therapist chooses the side.
  await setChecked(
    page.getByRole('radiogroup', { name: 'Side' }).getByRole('radio', { name: 'Both' }),
    true,
  );
  const splint = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /resting hand splint/i }) });
  await setChecked(
    splint.getByRole('group', { name: 'Usually' }).getByRole('radio', { name: 'Night only' }),
    true,
  );
  await pick(page, 'Add equipment', 'jar', /Jar opener/);
  await page.getByRole('textbox', { name: 'Minutes of rest' }).fill('5');
  await page.getByRole('textbox', { name: 'Every … minutes of activity' }).fill('30');
  await page.getByRole('textbox', { name: 'Every … minutes of activity' }).press('Tab');
  await waitForSave(page);

  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Active/ }),
  ).toBeVisible();
  await expect(page.getByText(/Frozen: this version cannot change/)).toBeVisible();
  await expectNoA11yViolations(page);

  page = await app.restart();
  await openPatient(page, /Okafor, Margaret/);
  await page.getByRole('link', { name: /Version 1/ }).click();
  const v1 = page.getByRole('main');
  await expect(v1.getByRole('heading', { name: /resting hand splint/i })).toBeVisible();
  await expect(v1.getByText('Wear it at night while you sleep.')).toBeVisible();
  await expect(v1.getByText('Jar opener')).toBeVisible();
  await expect(v1.getByText('Rest for 5 minutes every 30 minutes of activity.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Finalise plan' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Make a new version' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Plan version 2 (draft)' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Remove Jar opener' }).click();
  await page.getByLabel('Review date').fill('2030-02-01');
  await waitForSave(page);
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 2\s+Active/ }),
  ).toBeVisible();
  await expect(page.getByRole('main').getByText('Jar opener')).toHaveCount(0);

  await page.getByRole('button', { name: 'Back to patient' }).click();
  const history = page.getByRole('region', { name: 'Joint-protection plans' });
  await expect(history.getByRole('listitem').filter({ hasText: 'Version 2' })).toContainText(
    'Active',
  );
  await expect(history.getByRole('listitem').filter({ hasText: 'Version 1' })).toContainText(
    'Superseded',
  );
  await page.getByRole('link', { name: /Version 1/ }).click();
  await expect(page.getByRole('main').getByText('Jar opener')).toBeVisible();
});

test('a plan that is not complete cannot be finalised, and the editor says why', async ({
  app,
}) => {
  const page = app.page;
  await addPatient(page, { given: 'Ann', family: 'Smith' });
  await startPlan(page, /A blank plan/);
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'This plan cannot be finalised yet' });
  await expect(summary).toContainText('Therapist is required');
  await expect(summary).toContainText('Set a review date before finalising');
  await expect(page.getByLabel('Therapist')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Plan version 1 (draft)' }),
  ).toBeVisible();
});

test('a draft being edited survives the app being killed', async ({ app }) => {
  let page = app.page;
  await addPatient(page, { given: 'Bob', family: 'Jones' });
  await startPlan(page, /A blank plan/);
  await page.getByLabel('Title').fill('Plan typed just before a crash');
  await page.getByLabel('Therapist').fill('Sam Lee OT');
  await waitForSave(page);

  await app.kill();
  page = await app.start();
  await openPatient(page, /Jones, Bob/);
  await page.getByRole('button', { name: 'Continue draft' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Plan typed just before a crash');
  await expect(page.getByLabel('Therapist')).toHaveValue('Sam Lee OT');
});

test('removing an item can be undone, and items move by keyboard', async ({ app }) => {
  const page = app.page;
  await addPatient(page, { given: 'Cara', family: 'Diaz' });
  await startPlan(page, /RA hand, stable/);
  const principles = page.getByRole('region', { name: 'Joint-protection principles' });
  const firstTwo = async () =>
    (await principles.getByRole('heading', { level: 3 }).allInnerTexts()).slice(0, 2);
  const [first, second] = await firstTwo();
  await principles.getByRole('button', { name: `Move ${second} up` }).press('Enter');
  await expect.poll(firstTwo).toEqual([second, first]);

  await principles.getByRole('button', { name: `Remove ${first}` }).click();
  await expect(principles.getByRole('heading', { name: first ?? '' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(principles.getByRole('heading', { name: first ?? '' })).toHaveCount(1);
});

test('the whole plan flow works from the keyboard alone', async ({ app }) => {
  const page = app.page;
  await addPatient(page, { given: 'Dev', family: 'Kumar' });
  const press = async (name: string | RegExp, key = 'Enter') => {
    await page.getByRole('button', { name }).focus();
    await page.keyboard.press(key);
  };
  await press('New plan');
  await page.getByRole('radio', { name: /A blank plan/ }).focus();
  await page.keyboard.press('Space');
  await press('Start plan');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Plan version 1 (draft)' }),
  ).toBeVisible();

  await page.getByLabel('Therapist').focus();
  await page.keyboard.type('Kim Ode OT');
  await page.getByLabel('Review date').focus();
  await page.keyboard.type('01152030');
  await page.getByRole('combobox', { name: 'Add a splint or brace' }).focus();
  await page.keyboard.type('working');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: /wrist splint/i })).toBeVisible();
  // No affected joint it fits is recorded: the therapist chooses the side.
  await setChecked(
    page.getByRole('radiogroup', { name: 'Side' }).getByRole('radio', { name: 'Both' }),
    true,
  );
  await page.getByRole('combobox', { name: 'Add equipment' }).focus();
  await page.keyboard.type('key turner');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 4, name: /key turner/i })).toBeVisible();
  await waitForSave(page);

  await press('Finalise plan');
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Active/ }),
  ).toBeVisible();
});

test('strategies are taught under the version of the Ps the therapist chooses', async ({ app }) => {
  const page = app.page;
  await addPatient(page, { given: 'Eve', family: 'Brown' });
  await startPlan(page, /General energy conservation/);
  const strategies = page.getByRole('group', { name: 'Strategies to teach' });
  await expect(strategies.getByRole('group', { name: 'Position' })).toBeVisible();
  await setChecked(page.getByRole('radio', { name: /Versus Arthritis/ }), true);
  await expect(strategies.getByRole('group', { name: 'Problem-solve' })).toBeVisible();
  const problemSolving = strategies
    .getByRole('group', { name: 'Problem-solve' })
    .getByRole('checkbox')
    .first();
  await setChecked(problemSolving, true);
  await page.getByLabel('Therapist').fill('Jo Bloggs OT');
  await page.getByLabel('Review date').fill('2030-01-15');
  await waitForSave(page);
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(page.getByText(/taught as Versus Arthritis/)).toBeVisible();
  await expect(page.getByRole('main').getByText('Problem-solve:').first()).toBeVisible();
});

test('warns, without blocking, when a timetable block is longer than the break rule', async ({
  app,
}, testInfo) => {
  const page = app.page;
  await addPatient(page, { given: 'Nia', family: 'Evans' });
  await startPlan(page, /RA hand, active flare/);
  await page.getByRole('button', { name: 'Add a block' }).click();
  const notice = page.getByRole('status').filter({ hasText: /longer than the break rule/ });
  await expect(notice).toContainText('09:00 to 10:00');
  await expect(notice).toContainText('longer than the break rule’s 30 minutes');
  await notice.screenshot({ path: testInfo.outputPath('long-block.png') });
  await page.getByLabel('Ends').fill('09:30');
  await expect(notice).toHaveCount(0);
});
