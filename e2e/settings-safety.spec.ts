import { expect, expectNoA11yViolations, test } from './fixtures.ts';

test('the clinic words its "Get help quickly" box and its numbers in Settings, and they are kept', async ({
  app,
}) => {
  let page = app.page;
  const openSettings = async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  };
  await openSettings();
  const box = page.getByRole('group', { name: '“Get help quickly” box' });
  await expect(box.getByLabel('What the patient notices, line 1')).toHaveValue(
    /A swollen, hot or painful calf/,
  );
  await expectNoA11yViolations(page);
  await page.getByLabel('Clinic name').fill('Riverside Hand Therapy');
  await box.getByLabel('Phone, line 1').fill('112');
  await box.getByRole('button', { name: 'Remove line 6' }).click();
  await box.getByRole('button', { name: 'Add a line' }).click();
  await box.getByLabel('What the patient notices, line 6').fill('Your ring will not come off');
  await box.getByLabel('What to do, line 6').fill('Go to the emergency department now.');
  await page.getByLabel('Driving note printed with each strapped splint').fill('');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  page = await app.restart();
  await openSettings();
  const kept = page.getByRole('group', { name: '“Get help quickly” box' });
  await expect(kept.getByLabel('Phone, line 1')).toHaveValue('112');
  await expect(kept.getByLabel('What the patient notices, line 6')).toHaveValue(
    'Your ring will not come off',
  );
  await expect(page.getByLabel('Driving note printed with each strapped splint')).toHaveValue('');
});
