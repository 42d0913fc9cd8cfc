import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient, setChecked } from './patient-helpers.ts';

/** Today plus `days` on this machine's calendar (the web host runs on the same clock). */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface PlanFor {
  given: string;
  family: string;
  chart?: string;
  /** Review date, in days from today; negative for an overdue review. */
  reviewIn: number;
  splint: boolean;
}

/**
 * A patient with a finalised plan, made in the editor. A review date cannot come before the
 * plan date, so an overdue plan is dated a month back.
 */
async function patientWithPlan(page: Page, p: PlanFor): Promise<void> {
  await addPatient(page, p);
  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: /A blank plan/ }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /\(draft\)/ })).toBeVisible();
  await page.getByLabel('Therapist').fill('Jo Bloggs OT');
  await page.getByLabel('Plan date').fill(dayFromToday(Math.min(p.reviewIn, 0) - 30));
  await page.getByLabel('Review date').fill(dayFromToday(p.reviewIn));
  const [picker, text, option] = p.splint
    ? ['Add a splint or brace', 'resting', /resting hand splint/i]
    : ['Add equipment', 'jar', /Jar opener/];
  await page.getByRole('combobox', { name: picker }).fill(text);
  await page.getByRole('option', { name: option }).click();
  // No affected joint it fits is recorded: the therapist chooses the side.
  if (p.splint)
    await setChecked(
      page.getByRole('radiogroup', { name: 'Side' }).getByRole('radio', { name: 'Both' }),
      true,
    );
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Active/ }),
  ).toBeVisible();
}

const queue = (page: Page) => page.getByRole('table', { name: 'Patients due a review' });
const bodyRows = (page: Page, table: ReturnType<typeof queue>) =>
  table.getByRole('row').filter({ has: page.getByRole('rowheader') });

async function queueNames(page: Page): Promise<string[]> {
  return bodyRows(page, queue(page)).getByRole('rowheader').allInnerTexts();
}

test('work the review queue: filter, sort, open a plan, and find patients by splint', async ({
  app,
}) => {
  const page = app.page;
  await patientWithPlan(page, {
    given: 'Wei',
    family: 'Zhang',
    chart: 'RA-9',
    reviewIn: -3,
    splint: true,
  });
  await patientWithPlan(page, { given: 'Dafydd', family: 'Price', reviewIn: 2, splint: false });
  await patientWithPlan(page, { given: 'Tom', family: 'Baker', reviewIn: 20, splint: true });

  await page.getByRole('link', { name: 'Reviews' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reviews' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'All (3)' })).toBeChecked();
  await expect.poll(() => queueNames(page)).toEqual(['Zhang, Wei', 'Price, Dafydd', 'Baker, Tom']);
  const zhang = bodyRows(page, queue(page)).filter({ hasText: 'Zhang, Wei' });
  await expect(zhang).toContainText('3 days overdue');
  await expect(zhang).toContainText('RA-9');
  await expect(bodyRows(page, queue(page)).filter({ hasText: 'Price' })).toContainText('In 2 days');
  await expectNoA11yViolations(page);

  // one group at a time, by keyboard; Back returns to the whole queue
  await setChecked(page.getByRole('radio', { name: 'Overdue (1)' }), true);
  await expect.poll(() => queueNames(page)).toEqual(['Zhang, Wei']);
  await setChecked(page.getByRole('radio', { name: 'Due in the next 7 days (1)' }), true);
  await expect.poll(() => queueNames(page)).toEqual(['Price, Dafydd']);
  await expect(page.getByRole('radio', { name: 'Coming up (1)' })).toBeVisible();
  await page.goBack();
  await expect.poll(() => queueNames(page)).toEqual(['Zhang, Wei']);
  await page.goBack();
  await expect(page.getByRole('radio', { name: 'All (3)' })).toBeChecked();

  await page.getByRole('button', { name: /Sort by/ }).click();
  await page.getByRole('option', { name: 'Family name' }).click();
  await expect.poll(() => queueNames(page)).toEqual(['Baker, Tom', 'Price, Dafydd', 'Zhang, Wei']);

  await page.getByRole('searchbox', { name: 'Filter by name or chart number' }).fill('ra-9');
  await expect.poll(() => queueNames(page)).toEqual(['Zhang, Wei']);
  await expect(page.getByRole('radio', { name: 'Overdue (1)' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Coming up (0)' })).toBeVisible();

  await page.getByRole('link', { name: 'Open plan for Zhang, Wei' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Active/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/patients\/[^/]+\/plans\/[^/?]+$/);
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Filter by name or chart number' })).toHaveValue(
    'ra-9',
  );
  await expect.poll(() => queueNames(page)).toEqual(['Zhang, Wei']);

  // find patients: needs a filter, then everyone whose active plan has the splint
  await page.getByRole('button', { name: 'Find patients' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose at least one thing to search by');
  await page.getByRole('combobox', { name: 'Catalogue item' }).fill('resting');
  await page.getByRole('option', { name: /resting hand splint/i }).click();
  await page.getByRole('button', { name: 'Find patients' }).click();
  const found = page.getByRole('table', { name: 'Patients found' });
  await expect(page.getByRole('status').filter({ hasText: '2 patients found.' })).toBeVisible();
  await expect(bodyRows(page, found).getByRole('rowheader')).toHaveText([
    'Baker, Tom',
    'Zhang, Wei',
  ]);
  await expectNoA11yViolations(page);

  await page.getByLabel('Review to').fill(dayFromToday(0));
  await page.getByRole('button', { name: 'Find patients' }).click();
  await expect(bodyRows(page, found).getByRole('rowheader')).toHaveText(['Zhang, Wei']);

  await found.getByRole('link', { name: 'Zhang, Wei', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Zhang, Wei/ })).toBeVisible();
  await page.goBack();
  await expect(bodyRows(page, found).getByRole('rowheader')).toHaveText(['Zhang, Wei']);
  await expect(page.getByRole('combobox', { name: 'Catalogue item' })).toHaveValue(
    /resting hand splint/i,
  );
});
