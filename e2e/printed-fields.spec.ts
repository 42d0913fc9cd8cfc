import { expect, test } from './fixtures.ts';
import { addPatient, setChecked } from './patient-helpers.ts';

// The plan editor checks with the same schema as the boundary: a custom wearing schedule is
// printed on the handout as typed, so what the handout cannot print is refused as it is typed.
test('refuses a custom wearing schedule the handout cannot print, where it is typed', async ({
  app,
}) => {
  const page = app.page;
  await addPatient(page, { given: 'Ann', family: 'Smith' });
  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: /A blank plan/ }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  await page.getByRole('combobox', { name: 'Add a splint or brace' }).fill('resting');
  await page.getByRole('option', { name: /resting hand splint/i }).click();
  const usually = page.getByRole('group', { name: 'Usually' });
  await setChecked(usually.getByRole('radio', { name: 'Custom' }), true);

  const words = usually.getByRole('textbox', { name: 'When to wear it, in your words' });
  await words.fill('At night 🌙');
  await words.press('Tab');
  await expect(words).toHaveAttribute('aria-invalid', 'true');
  await expect(usually).toContainText(
    'When to wear it has characters a handout cannot print: "🌙" (U+1F319)',
  );
  await expect(page.getByRole('status').filter({ hasText: /Not saved/ })).toBeVisible();

  await words.fill('At night, and when your hand aches');
  await words.press('Tab');
  await expect(words).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
});
