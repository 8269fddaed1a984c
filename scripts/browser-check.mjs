// See scripts/browser-check.
import { createRequire } from 'node:module';

const require = createRequire(process.env.NODE_PATH + '/');
const { chromium } = require('playwright-core');
const base = process.env.BASE_URL;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = await browser.newPage();
  await page.goto(`${base}/q/swagger-ui`, { waitUntil: 'networkidle' });

  // The definition picker lists the three services.
  await page.waitForSelector('.topbar select option', { state: 'attached', timeout: 30000 });
  const definitions = await page.locator('.topbar select option').allTextContents();
  console.log(`Definitions listed: ${definitions.join(', ')}`);
  for (const service of ['plans', 'progress', 'reports']) {
    if (!definitions.some((name) => name.toLowerCase().includes(service))) {
      throw new Error(`Swagger UI does not list the ${service} service (it lists: ${definitions.join(', ')})`);
    }
  }
  const plans = definitions.find((name) => name.toLowerCase().includes('plans'));
  await page.locator('.topbar select').selectOption({ label: plans });
  await page.waitForSelector('.opblock', { timeout: 30000 });

  // Paste a token through Authorize.
  await page.locator('.auth-wrapper button.authorize').click();
  await page.locator('.modal-ux input[type=text]').first().fill(process.env.TOKEN);
  await page.locator('.modal-ux .auth-btn-wrapper button.authorize').click();
  await page.locator('.modal-ux button.btn-done, .modal-ux button.close-modal').first().click();

  // Try out GET /api/v1/units through the gateway.
  const operation = page.locator('.opblock-get').filter({ has: page.locator('[data-path="/api/v1/units"]') }).first();
  await operation.locator('.opblock-summary').click();
  await operation.locator('.try-out__btn').click();
  await operation.locator('button.execute').click();
  const status = operation.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  const code = (await status.textContent()).trim();
  const requestUrl = (await operation.locator('.request-url pre').first().textContent()).trim();
  console.log(`Try it out: GET ${requestUrl} answered ${code}`);
  await page.screenshot({ path: process.env.SCREENSHOT, fullPage: false });
  if (!code.startsWith('200')) throw new Error(`Try it out answered ${code}, not 200`);
  if (!requestUrl.startsWith(base)) throw new Error(`Try it out called ${requestUrl}, not the gateway ${base}`);
  console.log('Browser check passed: Swagger UI lists the three services, and Try it out through the gateway answers 200.');
} catch (error) {
  failed = true;
  console.error(`Browser check failed: ${error.message}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
