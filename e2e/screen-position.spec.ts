import type { ElementHandle, Locator, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { setChecked } from './patient-helpers.ts';

/*
 * The app shell owns scrolling: the document never scrolls, the header stays, and each pane
 * scrolls itself. Every navigation opens its page at the top with focus on its heading.
 */

/** Whether the document itself has scrolled (it never should). */
function documentScrollTop(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
}

async function expectInViewport(
  page: Page,
  target: Locator | ElementHandle,
  what: string,
): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const box = await target.boundingBox();
  expect(box, `${what} has a box`).not.toBeNull();
  if (!box) return;
  // Half a pixel of rounding either way.
  expect(box.y, `${what} top`).toBeGreaterThanOrEqual(-0.5);
  expect(box.x, `${what} left`).toBeGreaterThanOrEqual(-0.5);
  expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(viewport.height + 0.5);
  expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(viewport.width + 0.5);
}

/**
 * The app has not moved out of the window: no document scroll, the header in view, and
 * (unless the wheel has just scrolled a pane past it) the focused control too.
 */
async function expectAppInView(page: Page, step: string, checkFocus = true): Promise<void> {
  expect(await documentScrollTop(page), `document scrolled after ${step}`).toBe(0);
  await expectInViewport(page, page.getByRole('banner'), `the app header after ${step}`);
  const focused = (await page.evaluateHandle(() => document.activeElement)).asElement();
  if (checkFocus && focused && (await focused.evaluate((el) => el !== document.body))) {
    await expectInViewport(page, focused, `the focused control after ${step}`);
  }
  await focused?.dispose();
}

/** What has focus, for messages (its tag and label), and whether it is in the main content. */
function focusedControl(page: Page): Promise<{ name: string; inMain: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const inMain = document.querySelector('main')?.contains(el) ?? false;
    if (!el || el === document.body) return { name: '(body)', inMain };
    const byId = el.getAttribute('aria-labelledby');
    const label =
      el.getAttribute('aria-label') ??
      (byId
        ? byId
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : null) ??
      ((el as HTMLInputElement).labels?.[0]?.textContent || null) ??
      el.textContent ??
      '';
    return { name: `${el.tagName.toLowerCase()} ${label.trim().slice(0, 60)}`, inMain };
  });
}

/**
 * Tabs forward from where focus is, checking the app after every press, until focus leaves
 * the main content (or `max` presses). Returns the names of the stops.
 */
async function tabThroughMain(page: Page, max: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const { name, inMain } = await focusedControl(page);
    await expectAppInView(page, `Tab ${i + 1} (${name})`);
    if (!inMain) break;
    stops.push(name);
  }
  return stops;
}

/** Wheels well past the end of the pane under the pointer, and past the top again. */
async function wheelPastEnds(page: Page, over: Locator, what: string): Promise<void> {
  const box = await over.boundingBox();
  if (!box) throw new Error(`${what} has no box`);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(100);
  await expectAppInView(page, `wheeling down over ${what}`, false);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -4000);
  await page.waitForTimeout(100);
  await expectAppInView(page, `wheeling up over ${what}`, false);
}

/** A patient made through the same API the window uses (the form is tested elsewhere). */
async function seedPatient(page: Page, givenName: string, familyName: string): Promise<void> {
  await page.evaluate(
    async ([given, family]) => {
      const r = await window.api['patients.create']({
        patient: {
          givenName: given,
          familyName: family,
          preferredName: null,
          dateOfBirth: null,
          chartNumber: null,
          diagnosis: null,
          diseaseStage: null,
          affectedJoints: [],
          phone: null,
          notes: '',
        },
      });
      if (!r.ok) throw new Error(r.error.message);
    },
    [givenName, familyName] as const,
  );
}

for (const size of [
  { width: 1280, height: 820 },
  { width: 1280, height: 600 },
]) {
  test.describe(`a ${size.width}×${size.height} window`, () => {
    test.use({ viewport: size });

    test('Tab and the wheel never move the app out of the window', async ({ app }) => {
      // Some 120 stops, each checked (slow on a busy machine).
      test.setTimeout(300_000);
      const page = app.page;
      await seedPatient(page, 'Ada', 'Pryce');
      await page.reload();

      // New patient: every stop from Given name to Add patient, with the joint list open.
      await page.getByRole('button', { name: /New patient/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'New patient' })).toBeVisible();
      const jointList = page.getByRole('button', { name: 'List of joints' });
      if ((await jointList.getAttribute('aria-expanded')) === 'false') await jointList.click();
      await page.getByLabel('Given name').focus();
      await expectAppInView(page, 'focusing Given name');
      const formStops = await tabThroughMain(page, 150);
      expect(formStops.at(-1)).toMatch(/Cancel/);
      await wheelPastEnds(page, page.getByRole('main'), 'the New patient form');
      await wheelPastEnds(
        page,
        page.getByRole('navigation', { name: 'Patients' }),
        'the patient list',
      );
      await wheelPastEnds(page, page.getByRole('banner'), 'the header');
      await page.getByRole('button', { name: 'Cancel' }).click();

      // Settings: every stop in the form.
      await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: 'Settings' })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await page.getByRole('main').getByRole('textbox').first().focus();
      const settingsStops = await tabThroughMain(page, 150);
      expect(settingsStops.length).toBeGreaterThan(5);
      await wheelPastEnds(page, page.getByRole('main'), 'Settings');

      // The plan editor, with a block added.
      await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: 'Patients' })
        .click();
      await page
        .getByRole('listbox', { name: 'Patient list' })
        .getByRole('option', { name: /Pryce, Ada/ })
        .click();
      await page.getByRole('button', { name: 'New plan' }).click();
      await setChecked(page.getByRole('radio', { name: /A blank plan/ }), true);
      await page.getByRole('button', { name: 'Start plan' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: /Plan version 1 \(draft\)/ }),
      ).toBeVisible();
      await page.getByRole('combobox', { name: 'Add a splint or brace' }).fill('resting');
      await page.getByRole('option', { name: /resting hand splint/i }).click();
      await page.getByRole('button', { name: 'Add a block' }).first().click();
      await expectAppInView(page, 'adding a block');
      await page.getByLabel('Title').focus();
      // The first 30 stops: the editor header and the splint card.
      const editorStops = await tabThroughMain(page, 30);
      expect(editorStops.length).toBeGreaterThan(10);
      await wheelPastEnds(page, page.getByRole('main'), 'the plan editor');
    });
  });
}

test('each page opens at its top with its heading focused; Ctrl+N, the skip link, 15 Tabs for a patient', async ({
  app,
}) => {
  const page = app.page;
  const main = page.getByRole('main');
  const mainScrollTop = () => main.evaluate((el) => el.scrollTop);

  // The skip link is the first Tab stop, shown when focused, and moves focus to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expectInViewport(page, skip, 'the skip link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'No patient selected' })).toBeFocused();

  // Ctrl+N from another section puts focus in Given name.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Control+n');
  await expect(page.getByLabel('Given name')).toBeFocused();

  // From Given name to Add patient in at most 15 presses of Tab.
  await page.keyboard.type('Nia');
  let presses = 0;
  const addButton = page.getByRole('button', { name: 'Add patient' });
  while (presses < 40) {
    await page.keyboard.press('Tab');
    presses++;
    if (await addButton.evaluate((el) => el === document.activeElement)) break;
    if ((await focusedControl(page)).name.includes('Family name'))
      await page.keyboard.type('Okoro');
  }
  await expect(addButton).toBeFocused();
  expect(presses).toBeLessThanOrEqual(15);
  expect(await mainScrollTop()).toBeGreaterThan(0);
  await expectNoA11yViolations(page);

  // After Add patient her page opens at the top, her name focused.
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: /Okoro, Nia/ });
  await expect(heading).toBeFocused();
  expect(await mainScrollTop()).toBe(0);
  await expectInViewport(page, heading, 'her name');

  // After Record session, the recorded session opens at the top with its heading focused.
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a session' });
  await dialog.getByRole('button', { name: 'Plan session' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Session on .+ Planned/ }),
  ).toBeFocused();
  const record = page.getByRole('group', { name: 'Record what happened' });
  await record.getByLabel('Notes').fill('Tolerating the splint.');
  await page.getByRole('button', { name: 'Record session' }).focus();
  expect(await mainScrollTop()).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: /Session on .+ Recorded/ }),
  ).toBeFocused();
  expect(await mainScrollTop()).toBe(0);
  await expectNoA11yViolations(page);
});

test('the list of joints is one Tab stop, moved through with the arrow keys', async ({ app }) => {
  const page = app.page;
  await page.keyboard.press('Control+n');
  const list = page.getByRole('button', { name: 'List of joints' });
  await expect(list).toHaveAttribute('aria-expanded', 'false');
  await list.focus();
  await page.keyboard.press('Enter');
  await expect(list).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('checkbox', { name: 'Right wrist', exact: true }).last(),
  ).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('checkbox', { name: 'Left wrist', exact: true }).last(),
  ).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const leftCmc = page.getByRole('checkbox', { name: /^Left thumb CMC/ }).last();
  await expect(leftCmc).toBeFocused();
  await page.keyboard.press('Space');
  await expect(leftCmc).toBeChecked();
  await expect(page.getByText('Left thumb CMC', { exact: false }).first()).toBeVisible();

  // Tab leaves the list at once; Shift+Tab comes back to the box last used.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /Handout language/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(leftCmc).toBeFocused();
  await expectNoA11yViolations(page);
});
