import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectNoA11yViolations, startWebHost, test } from './fixtures.ts';
import { addPatient, listedNames } from './patient-helpers.ts';

// This spec goes through the first start's recovery-key screens itself.
test.use({ confirmsRecoveryKey: false });

const root = path.resolve(import.meta.dirname, '..');

/** Starts the web host expecting it to refuse; resolves with what it said. */
function refusedStart(dataDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'src/web-host/cli.ts'), '--data-dir', dataDir, '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve(`exit ${code}\n${output}`)));
}

test('shows the recovery key once, has two groups typed back, and it opens the data on another computer', async ({
  app,
  webBrowser,
}) => {
  let page = app.page;
  const shown = page.getByRole('alertdialog', { name: 'Your recovery key' });
  await expect(shown).toBeVisible();
  await expect(shown.getByRole('listitem')).toHaveCount(8);
  const groups = (
    await shown.getByRole('list', { name: 'Recovery key' }).getByRole('listitem').allInnerTexts()
  ).map((g) => g.trim());
  expect(groups).toHaveLength(8);
  for (const group of groups) expect(group).toMatch(/^[0-9A-Z]{4}$/);
  await expect(shown.getByRole('button', { name: 'Print…' })).toBeVisible();
  await expectNoA11yViolations(page);
  await shown.getByRole('button', { name: 'I have written it down' }).click();

  const confirm = page.getByRole('alertdialog', { name: 'Confirm your recovery key' });
  const fields = confirm.getByRole('textbox');
  await expect(fields).toHaveCount(2);
  const positions = await Promise.all(
    [0, 1].map(async (i) => {
      const label = await confirm
        .getByText(/^Group \d$/)
        .nth(i)
        .innerText();
      return Number(label.replace('Group ', ''));
    }),
  );
  // A wrong group is refused, and says so.
  await confirm.getByLabel(`Group ${positions[0]}`).fill(groups[positions[0]! - 1]!);
  await confirm
    .getByLabel(`Group ${positions[1]}`)
    .fill('ZZZZ' === groups[positions[1]! - 1] ? 'YYYY' : 'ZZZZ');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm.getByText(/do not match your recovery key/)).toBeVisible();
  // Lower case and spaces do not matter.
  await confirm
    .getByLabel(`Group ${positions[1]}`)
    .fill(` ${groups[positions[1]! - 1]!.toLowerCase()} `);
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm).toBeHidden();

  await addPatient(page, { given: 'Ruth', family: 'Adeyemi', chart: 'RK-1' });
  page = await app.restart();
  // Confirmed once: not shown again.
  await expect.poll(() => listedNames(page)).toEqual(['Adeyemi, Ruth']);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await app.kill();

  // Another computer (here: another passphrase) cannot open the key; a wrong recovery key is
  // refused and changes nothing.
  const keyFile = path.join(app.dataDir, 'jointplan.keys.json');
  const before = readFileSync(keyFile, 'utf8');
  const wrong = groups.map((g, i) => (i === 0 ? (g === '0000' ? '1111' : '0000') : g)).join('-');
  const refused = await refusedStart(app.dataDir, {
    JOINTPLAN_PASSPHRASE: 'the new computer',
    JOINTPLAN_RECOVERY_KEY: wrong,
  });
  expect(refused).toContain('That is not the recovery key for this data. Nothing was changed.');
  expect(refused).not.toContain('exit 0');
  expect(readFileSync(keyFile, 'utf8')).toBe(before);

  // The right recovery key opens it, with the data as it was.
  const host = await startWebHost(app.dataDir, {
    JOINTPLAN_PASSPHRASE: 'the new computer',
    JOINTPLAN_RECOVERY_KEY: groups.join(' '),
  });
  const context = await (await webBrowser()).newContext();
  try {
    const other = await context.newPage();
    await other.goto(host.url);
    await expect.poll(() => listedNames(other)).toEqual(['Adeyemi, Ruth']);
  } finally {
    await context.close();
    const exited = new Promise((resolve) => host.child.once('exit', resolve));
    host.child.kill('SIGTERM');
    await exited;
  }
});
