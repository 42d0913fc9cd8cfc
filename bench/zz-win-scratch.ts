import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const child = spawn(process.execPath, ['src/web-host/cli.ts', '--data-dir', process.argv[2]!, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url: string = await new Promise((r) => { let o = ''; child.stdout.on('data', (c: Buffer) => { o += c; const m = /running at (\S+)/.exec(o); if (m?.[1]) r(m[1]); }); });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (let i = 0; i < 3; i++) {
  await page.goto(i ? page.url() : url);
  await page.getByRole('listbox', { name: 'Patient list' }).getByRole('option').first().waitFor();
  console.log(await page.evaluate(`JSON.stringify({now: performance.now(), nav: performance.getEntriesByType('navigation').map(e => ({dcl: e.domContentLoadedEventEnd, load: e.loadEventEnd})), res: performance.getEntriesByType('resource').map(e => [e.name.slice(-40), Math.round(e.startTime), Math.round(e.duration)])})`));
}
const search = page.getByRole('searchbox', { name: 'Search patients' });
await search.click();
await page.evaluate('performance.clearResourceTimings()');
for (const k of ['m', 'a', 'r']) { await page.keyboard.press(k); await page.waitForTimeout(700); }
console.log(await page.evaluate(`JSON.stringify(performance.getEntriesByType('resource').map(e => [e.name.slice(-30), Math.round(e.startTime), Math.round(e.duration)]))`));
await browser.close(); child.kill();
