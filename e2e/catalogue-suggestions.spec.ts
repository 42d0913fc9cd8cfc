import path from 'node:path';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { withKeyedDatabase } from './keyed-sql.ts';
import { setChecked } from './patient-helpers.ts';

test('offers the corrected wording beside a built-in item the clinic edited: dismiss keeps theirs, accept takes it', async ({
  app,
}, testInfo) => {
  let page = app.page;
  const openJarOpener = async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Catalogue' })
      .click();
    await setChecked(page.getByRole('radio', { name: 'Equipment' }), true);
    await page.getByRole('searchbox', { name: 'Search the catalogue' }).fill('jar opener');
    await page
      .getByRole('listbox', { name: /in the catalogue$/ })
      .getByRole('option', { name: /Jar opener/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jar opener' })).toBeVisible();
  };
  const ourTip = 'Our clinic lends these out: ask at reception.';
  const upgrade = async () => {
    // As if this data were from the app before the corrected seed: the next start syncs it.
    await app.kill();
    withKeyedDatabase(
      path.join(app.dataDir, 'jointplan.sqlite'),
      `db.prepare("UPDATE catalogue_items SET seed_version = 1 WHERE id = 'equipment.jar-opener'").run();`,
    );
    page = await app.start();
  };

  await openJarOpener();
  await page.getByRole('button', { name: 'Edit' }).click();
  // The item page has a section named 'How-to tip' too: wait for the form's own text box.
  await page.getByRole('textbox', { name: 'How-to tip' }).fill(ourTip);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(ourTip)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Corrected wording is available' })).toHaveCount(0);

  await upgrade();
  await openJarOpener();
  const offer = page.getByRole('region', { name: 'Corrected wording is available' });
  await expect(offer).toBeVisible();
  await expect(offer.getByText(/If it is made to go under a shelf, screw it there/)).toBeVisible();
  await expect(page.getByText(ourTip).first()).toBeVisible();
  await expectNoA11yViolations(page);
  await testInfo.attach('suggestion-panel', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });

  await offer.getByRole('button', { name: 'Dismiss, keep mine' }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.getByText(ourTip)).toBeVisible();

  await upgrade();
  await openJarOpener();
  await page
    .getByRole('region', { name: 'Corrected wording is available' })
    .getByRole('button', { name: 'Accept suggested wording' })
    .click();
  await expect(page.getByRole('region', { name: 'Corrected wording is available' })).toHaveCount(0);
  await expect(page.getByText(/If it is made to go under a shelf, screw it there/)).toBeVisible();
  await expect(page.getByText(ourTip)).toHaveCount(0);
  await expect(page.getByText(/Edited here/)).toHaveCount(0);
});
