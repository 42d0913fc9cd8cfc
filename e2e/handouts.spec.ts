import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient, setChecked } from './patient-helpers.ts';

test('exports the handout of a finalised plan: preview, a valid PDF download with the plan in it, and an exact reprint', async ({
  app,
}, testInfo) => {
  const page = app.page;
  await addPatient(page, { given: 'Margaret', family: 'Okafor' });
  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: /RA hand, active flare/ }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  // Templates leave a rigid splint's side to the therapist.
  await setChecked(
    page.getByRole('radiogroup', { name: 'Side' }).getByRole('radio', { name: 'Right' }),
    true,
  );
  await page.getByLabel('Therapist').fill('Jo Bloggs OT');
  await page.getByLabel('Review date').fill('2030-01-15');
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Active/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Make handout' }).click();
  const firstPage = page.getByRole('img', { name: /Handout preview, page 1 of \d+/ });
  await expect(firstPage).toBeVisible();
  await firstPage.scrollIntoViewIfNeeded();
  await testInfo.attach('handout-preview', {
    body: await page.screenshot(),
    contentType: 'image/png',
  });
  await expectNoA11yViolations(page);
  await page
    .getByRole('region', { name: 'Patient handout' })
    .getByText('Details', { exact: true })
    .click();
  const fingerprint = (await page.getByText(/fingerprint \(SHA-256\)/).innerText()).match(
    /[0-9a-f]{64}/,
  )?.[0];
  expect(fingerprint).toBeTruthy();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save PDF…' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^handout-okafor-margaret-v1-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const file = testInfo.outputPath('handout.pdf');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  execFileSync('qpdf', ['--check', file]);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Margaret Okafor');
  expect(text).toContain('Night hand splint');
  expect(text).toContain('Jar opener');
  expect(text).toContain('Call us if');
  expect(text).toContain('Get help quickly if you have any of these');

  // Print… hands this very PDF to the browser's viewer in a hidden frame, which prints it
  // (the print dialog itself cannot open in a headless browser).
  // The test watches the blob being made (the app's CSP rightly forbids fetching it back), and
  // holds back the frame's print() call: headless Chromium cannot print, and its renderer
  // crashes trying. What is checked is that the frame would print on load.
  await page.evaluate(() => {
    const made = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      made.set(url, blob);
      return url;
    };
    const seen = { madeBlobs: made, printsOnLoad: false };
    const append = document.body.append.bind(document.body);
    document.body.append = (...nodes: (Node | string)[]) => {
      for (const node of nodes) {
        if (node instanceof HTMLIFrameElement && node.onload) {
          seen.printsOnLoad = true;
          node.onload = null;
        }
      }
      append(...nodes);
    };
    (window as unknown as { seen: typeof seen }).seen = seen;
  });
  await page.getByRole('button', { name: 'Print…' }).click();
  const printFrame = page.getByTitle('Handout for printing');
  await expect(printFrame).toBeAttached();
  const printed = await printFrame.evaluate(async (frame) => {
    const { seen } = window as unknown as {
      seen: { madeBlobs: Map<string, Blob>; printsOnLoad: boolean };
    };
    const blob = seen.madeBlobs.get((frame as HTMLIFrameElement).src);
    if (!blob) return `no blob for ${(frame as HTMLIFrameElement).src}`;
    const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
    const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${seen.printsOnLoad ? 'prints' : 'does not print'} ${blob.type} ${hex}`;
  });
  expect(printed).toBe(`prints application/pdf ${fingerprint}`);

  await page.getByRole('button', { name: 'Reprint' }).click();
  // The fingerprint sits behind "Details", opened above and still open for the reprint.
  const handout = page.getByRole('region', { name: 'Patient handout' });
  await expect(
    handout.getByText(new RegExp(`fingerprint \\(SHA-256\\) ${fingerprint}`)),
  ).toBeVisible();
});
