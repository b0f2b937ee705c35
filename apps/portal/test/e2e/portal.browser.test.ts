// The page in a real headless Chromium, against the portal and the stateful mock started in-process.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAuthHeaders } from '@pave-kit/auth';
import { type RunningMock, startMock } from '@pave-kit/mock';
import jsqr from 'jsqr';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { type RunningPortal, startPortal } from '../../src/index.js';
import { fetchFailingFirstRegistration } from '../stub-pave.js';

// Debian's Chromium (`apt-get install chromium`); nothing here downloads a browser.
// CHROMIUM_PATH points elsewhere, e.g. at a Chrome of your own.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshotPath = fileURLToPath(new URL('../../test-results/portal.png', import.meta.url));
const liveScreenshotPath = fileURLToPath(
  new URL('../../test-results/portal-live.png', import.meta.url),
);
const credentials = {
  username: 'pave-kit-browser',
  apiKey: 'browser-key-51c2',
  apiSecret: 'browser-secret-0e9a77',
};
// An account of its own, for a portal whose registration would otherwise replace the main one's.
const lateCredentials = {
  username: 'pave-kit-browser-late',
  apiKey: 'browser-key-late-7d31',
  apiSecret: 'browser-secret-late-4b02',
};
const sessionKey = /^[A-Z0-9]{3}-[A-Z0-9]{10}$/;
// jsqr is CommonJS typed as an ES module: Node's default import is its `module.exports`, whose
// `default` is the decoder (as the types say).
const jsQR = jsqr.default;

/** A small PNG, for the photo host this machine cannot reach. */
function photoPng(): Buffer {
  const png = new PNG({ width: 8, height: 6 });
  png.data.fill(0x80);
  return PNG.sync.write(png);
}

/** The text of the QR code an element shows, read from its pixels as a phone's camera would. */
async function decodeQr(element: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await element.screenshot());
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  return jsQR(pixels, png.width, png.height)?.data;
}

let mock: RunningMock | undefined;
let portal: RunningPortal | undefined;
/** Signs with the wrong secret, so PAVE (the mock) refuses everything it sends. */
let refused: RunningPortal | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  // Stateful: every create is a session of its own, driven by the admin routes.
  mock = await startMock({ credentials: [credentials, lateCredentials] });
  portal = await startPortal({
    port: 0,
    pave: { ...credentials, baseUrl: mock.url },
    log: () => {},
  });
  refused = await startPortal({
    port: 0,
    pave: { ...credentials, apiSecret: 'not-the-secret', baseUrl: mock.url },
    log: () => {},
  });
  // Registration runs beside the portals; the mock answers at once.
  await Promise.all([portal.webhooksReady, refused.webhooksReady]);
  if (!existsSync(executablePath)) {
    throw new Error(
      `The browser test needs Chromium at ${executablePath}: install it with \`apt-get install chromium\`, or set CHROMIUM_PATH.`,
    );
  }
  browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Granted for the portal only, so Copy really writes and the test can read back what it wrote.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: portal.url,
  });
  page = await context.newPage();
  // A script error or a blocked resource (the CSP) shows up here, not as a failed assertion.
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // Chromium logs every 4xx fetch; the 422 of the field-error step is expected.
    if (message.type() === 'error' && !/status of 422\b/.test(message.text())) {
      pageErrors.push(message.text());
    }
  });
}, 60_000);

afterAll(async () => {
  // Each one closes even when another fails, so no browser or port outlives the test run.
  await Promise.allSettled([browser?.close(), portal?.close(), refused?.close()]);
  await mock?.close();
}, 30_000);

describe('the portal page in Chromium', () => {
  test('staff create a link, see it with its QR code and in the list, and fix a field error', async () => {
    await page.goto(portal?.url ?? '');
    await expect(page.title()).resolves.toBe('Inspection links · PAVE portal');
    expect(await page.locator('h1').textContent()).toBe('New inspection link');

    // A 16-character VIN: the contract's message appears beside the field.
    await page.fill('#vin', 'JN1CV6AR9BMXXXXX');
    await page.click('#submit');
    const vinError = page.locator('#vin-error');
    await vinError.waitFor({ state: 'visible' });
    expect(await vinError.textContent()).toBe('Must be 17 characters, got 16');
    expect(await page.getAttribute('#vin', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#vin', 'aria-describedby')).toContain('vin-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('vin');
    expect(await page.locator('#form-errors-list').textContent()).toBe(
      'VIN: must be 17 characters, got 16',
    );

    // The whole form, then the keyboard only: Tab from the last field to the button, Enter.
    await page.fill('#vin', 'JN1CV6AR9BMXXXXXX');
    await page.fill('#year', '2011');
    await page.fill('#make', 'Infiniti');
    await page.fill('#model', 'G37');
    await page.fill('#first_name', 'Jane');
    await page.fill('#last_name', 'Smith');
    await page.fill('#mobile', '647-455-0000');
    await page.selectOption('#theme', 'LITE');
    await page.fill('#redirect_url', 'https://dealer.example/thanks');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('submit');
    await page.keyboard.press('Enter');

    await page.locator('#result-ready').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-title');
    expect(await page.getAttribute('#vin', 'aria-invalid')).toBeNull();
    expect(await page.locator('#vin-error').isHidden()).toBe(true);
    expect(await page.getAttribute('#submit', 'aria-busy')).toBe('false');

    const captureUrl = await page.getAttribute('#capture-url a', 'href');
    expect(captureUrl).toMatch(/^https:\/\/\S+/);
    const key = (await page.locator('#result-key').textContent()) ?? '';
    expect(key).toMatch(sessionKey);
    expect(await page.locator('#result-status').textContent()).toBe('IDLE');

    const qr = page.locator('#qr-code');
    await qr.waitFor({ state: 'visible' });
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('#qr-code');
      return image?.complete === true && image.naturalWidth > 0;
    });
    const qrSource = await page.evaluate(async () => {
      const image = document.querySelector<HTMLImageElement>('#qr-code');
      const response = await fetch(image?.src ?? '');
      return { type: response.headers.get('content-type'), text: await response.text() };
    });
    expect(qrSource.type).toBe('image/svg+xml; charset=utf-8');
    expect(qrSource.text).toMatch(/^<svg [^>]*viewBox=/);
    // Drawn larger for the decoder (the SVG is vector), then put back as staff see it.
    await qr.evaluate((image) => {
      image.style.width = '480px';
      image.style.height = '480px';
    });
    expect(await decodeQr(qr)).toBe(captureUrl);
    await qr.evaluate((image) => image.removeAttribute('style'));

    await page.click('#copy-link');
    await expect
      .poll(() => page.locator('#copy-status').textContent())
      .toBe('Link copied. Paste it into a text message or an email to the customer.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(captureUrl);

    const row = page.locator(`#sessions-body tr[data-key="${key}"]`);
    await row.waitFor({ state: 'visible' });
    expect(await row.locator('td').nth(0).textContent()).toBe('Jane Smith');
    expect(await row.locator('td').nth(1).textContent()).toBe(
      'JN1CV6AR9BMXXXXXX · 2011 Infiniti G37',
    );
    expect(await row.locator('.status').textContent()).toBe('IDLE');
    expect(await row.locator('button[data-action="delete"]').count()).toBe(1);

    // Refresh asks PAVE; the customer has not opened the link, so the session is still IDLE.
    await row.locator('button[data-action="refresh"]').click();
    await expect
      .poll(() => page.locator('#list-status').textContent())
      .toBe(`Session ${key} is IDLE.`);
    expect(await row.locator('.status').textContent()).toBe('IDLE');
    expect(await row.locator('button[data-action="delete"]').count()).toBe(1);
    expect(await page.locator('#banner').isHidden()).toBe(true);

    await mkdir(dirname(screenshotPath), { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath, fullPage: true });
    console.log(`portal screenshot: ${screenshotPath}`);

    // An IDLE session can be deleted; the page asks first.
    page.once('dialog', (dialog) => dialog.accept());
    await row.locator('button[data-action="delete"]').click();
    await row.waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  test('an inspection plays out live: advanced at PAVE, the row reaches COMPLETE and shows the photos without a reload', async () => {
    const context = await browser?.newContext({ viewport: { width: 1280, height: 900 } });
    if (!context || !mock || !portal) throw new Error('not started');
    // The mock names its photos on PAVE's capture host, which this machine cannot reach; the
    // browser gets a small image in their place, so the test sees them load under the CSP.
    let photosServed = 0;
    const image = photoPng();
    await context.route(/^https:\/\/[^/]+\.vehiclecapture\.com\/photos\//, (route) => {
      photosServed += 1;
      return route.fulfill({ status: 200, contentType: 'image/png', body: image });
    });
    const errors: string[] = [];
    try {
      const live = await context.newPage();
      live.on('pageerror', (error) => errors.push(error.message));
      live.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await live.goto(portal.url);
      await vi.waitFor(
        async () => expect(await live.getAttribute('#live-status', 'data-state')).toBe('on'),
        { timeout: 20_000, interval: 100 },
      );
      expect(await live.locator('#live-status').textContent()).toBe(
        'Live: statuses and photos appear here as PAVE reports them.',
      );

      await live.fill('#vin', 'JN1CV6AR9BMXXXXXX');
      await live.fill('#first_name', 'Ada');
      await live.click('#submit');
      await live.locator('#result-ready').waitFor({ state: 'visible' });
      const key = (await live.locator('#result-key').textContent()) ?? '';
      expect(key).toMatch(sessionKey);
      const row = live.locator(`#sessions-body tr[data-key="${key}"]`);
      await row.waitFor({ state: 'visible' });
      expect(await row.locator('.status').textContent()).toBe('IDLE');
      // Gone if the page reloads: what follows must arrive without one.
      await live.evaluate(() => {
        (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
      });

      // The customer goes through capture: the mock's admin route, signed like any PAVE call.
      const advanced = await fetch(`${mock.url}/__mock/sessions/${key}/advance`, {
        method: 'POST',
        headers: { ...createAuthHeaders(credentials), 'content-type': 'application/json' },
        body: JSON.stringify({ to: 'COMPLETE' }),
      });
      expect(advanced.status).toBe(200);
      expect(await advanced.json()).toMatchObject({ session_key: key, status: 'COMPLETE' });

      await vi.waitFor(
        async () => {
          expect(await row.locator('.status').textContent()).toBe('COMPLETE');
          expect(await live.locator('#result-status').textContent()).toBe('COMPLETE');
        },
        { timeout: 20_000, interval: 100 },
      );
      const thumbnails = live.locator(`#sessions-body tr[data-photos-for="${key}"] img`);
      await vi.waitFor(async () => expect(await thumbnails.count()).toBeGreaterThan(0), {
        timeout: 20_000,
        interval: 100,
      });
      const shown = await thumbnails.evaluateAll((images) =>
        (images as HTMLImageElement[]).map((img) => ({
          src: img.src,
          alt: img.alt,
          loaded: img.complete && img.naturalWidth > 0,
        })),
      );
      for (const photo of shown) {
        expect(photo.src).toMatch(
          new RegExp(`^https://[^/]+\\.vehiclecapture\\.com/photos/${key}/`),
        );
        expect(photo.alt).toMatch(/ photo$/);
      }
      expect(shown.map((photo) => photo.alt)).toContain('VIN photo');
      await vi.waitFor(
        async () => {
          const loaded = await thumbnails.evaluateAll((images) =>
            (images as HTMLImageElement[]).every((img) => img.complete && img.naturalWidth > 0),
          );
          expect(loaded).toBe(true);
        },
        { timeout: 20_000, interval: 100 },
      );
      expect(photosServed).toBeGreaterThanOrEqual(shown.length);
      await mkdir(dirname(liveScreenshotPath), { recursive: true });
      await row.scrollIntoViewIfNeeded();
      await live.screenshot({ path: liveScreenshotPath, fullPage: true });
      console.log(`live portal screenshot: ${liveScreenshotPath}`);
      // No Delete on a session the customer has been through.
      expect(await row.locator('button[data-action="delete"]').count()).toBe(0);
      expect(
        await live.evaluate(
          () => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage,
        ),
      ).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  test("the page links to the mock's API reference, which has the create-session operation and the signing rule", async () => {
    const context = await browser?.newContext();
    if (!context || !mock || !portal) throw new Error('not started');
    try {
      const start = await context.newPage();
      await start.goto(portal.url);
      const link = start.locator('#docs-link');
      await vi.waitFor(
        async () => expect(await link.getAttribute('href')).toBe(`${mock?.url}/docs`),
        { timeout: 20_000, interval: 100 },
      );
      expect(await link.textContent()).toBe('API reference (opens in a new tab)');
      const [docs] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await docs.waitForLoadState('load');
      expect(docs.url()).toBe(`${mock.url}/docs`);
      // The reference is drawn by its own script: waits are generous. Its menu leads to the
      // operation, whose security details hold the signing rule.
      await docs
        .getByRole('link', { name: 'Sessions', exact: true })
        .first()
        .click({ timeout: 30_000 });
      await docs.getByText('Create a session', { exact: true }).first().click({ timeout: 30_000 });
      await docs
        .getByRole('heading', { name: 'Create a session' })
        .first()
        .waitFor({ timeout: 30_000 });
      await docs
        .getByRole('button', { name: 'View security details' })
        .first()
        .click({ timeout: 30_000 });
      await vi.waitFor(
        async () => {
          // What is drawn on screen: the page also embeds the whole spec as JSON in a script.
          // biome-ignore lint/performance/useDomNodeTextContent: textContent would read that JSON too
          const text = await docs.evaluate(() => document.body.innerText);
          expect(text).toContain('Create a session');
          expect(text).toContain('HMAC-SHA256');
          expect(text).toMatch(
            /token = lowercase-hex\( HMAC-SHA256\( key = api_secret, message = /,
          );
        },
        { timeout: 30_000, interval: 200 },
      );
    } finally {
      await context.close();
    }
  }, 90_000);

  test('PAVE refusing the credentials is a banner, not a stack trace', async () => {
    const other = await browser?.newPage();
    if (!other) throw new Error('no browser');
    try {
      await other.goto(refused?.url ?? '');
      await other.fill('#vin', 'JN1CV6AR9BMXXXXXX');
      await other.click('#submit');
      const banner = other.locator('[role="alert"] .banner');
      await banner.waitFor({ state: 'visible' });
      expect(await other.locator('#banner-title').textContent()).toBe(
        "PAVE refused the portal's credentials",
      );
      const message = (await other.locator('#banner-message').textContent()) ?? '';
      expect(message).toMatch(/^PAVE refused the credentials \(401\)/);
      expect(message).not.toMatch(/\bat \S+:\d+|not-the-secret/);
      expect(await other.locator('#result-ready').isHidden()).toBe(true);
      expect(await other.getAttribute('#submit', 'aria-busy')).toBe('false');

      await other.click('#banner-close');
      expect(await banner.isHidden()).toBe(true);
    } finally {
      await other.close();
    }
  }, 60_000);

  test('where the browser refuses copying, the link is selected for Ctrl+C instead', async () => {
    const context = await browser?.newContext();
    if (!context) throw new Error('no browser');
    // The permissions only let the test set and read the clipboard around the Ctrl+C; the page's
    // own writeText says no, as a locked-down browser's does.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: portal?.url ?? '',
    });
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    try {
      const other = await context.newPage();
      await other.goto(portal?.url ?? '');
      await other.fill('#vin', 'JN1CV6AR9BMXXXXXX');
      await other.click('#submit');
      await other.locator('#result-ready').waitFor({ state: 'visible' });
      const captureUrl = await other.getAttribute('#capture-url a', 'href');
      expect(captureUrl).toMatch(/^https:\/\/\S+/);

      await other.evaluate(() =>
        Clipboard.prototype.writeText.call(navigator.clipboard, 'not the link'),
      );
      await other.click('#copy-link');
      await expect
        .poll(() => other.locator('#copy-status').textContent())
        .toBe(
          'This browser blocked copying. The link is selected: press Ctrl+C (or ⌘C) to copy it.',
        );
      expect(await other.evaluate(() => window.getSelection()?.toString())).toBe(captureUrl);
      // What the message tells staff to do copies the link and nothing else.
      await other.keyboard.press('Control+C');
      expect(await other.evaluate(() => navigator.clipboard.readText())).toBe(captureUrl);
    } finally {
      await context.close();
    }
  }, 60_000);

  test('a page opened while PAVE has not taken the registration goes live once it does, without a reload', async () => {
    if (!browser || !mock) throw new Error('not started');
    // The real mock, down for the first registration call and back for the retry.
    const flaky = fetchFailingFirstRegistration();
    const late = await startPortal({
      port: 0,
      pave: { ...lateCredentials, baseUrl: mock.url, fetch: flaky, retry: { limit: 0 } },
      log: () => {},
    });
    const context = await browser.newContext();
    try {
      expect((await late.webhooksReady).registered).toBe(false);
      const waiting = await context.newPage();
      await waiting.goto(late.url);
      await vi.waitFor(
        async () => expect(await waiting.getAttribute('#live-status', 'data-state')).toBe('off'),
        { timeout: 20_000, interval: 100 },
      );
      expect(await waiting.locator('#live-status').textContent()).toContain(
        'PAVE is not sending this portal its updates.',
      );
      await waiting.evaluate(() => {
        (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
      });

      // The retry registers; the page hears of it over its stream.
      await vi.waitFor(
        async () => expect(await waiting.getAttribute('#live-status', 'data-state')).toBe('on'),
        { timeout: 20_000, interval: 100 },
      );
      expect(late.webhooks.registered).toBe(true);
      expect(await waiting.locator('#live-status').textContent()).toBe(
        'Live: statuses and photos appear here as PAVE reports them.',
      );
      expect(
        await waiting.evaluate(
          () => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage,
        ),
      ).toBe(true);
    } finally {
      await context.close();
      await late.close();
    }
  }, 60_000);

  test('script payloads in every field the page shows render as text and never run', async () => {
    const payload = (name: string) =>
      `<img src=x onerror="window.__ran='${name}'"><script>window.__ran='${name}'</script>`;
    // PAVE's own fields come from a fake PAVE, the form's fields from the form.
    const fakePave: Server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(201, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            session_key: 'XSS-ABCDE12345',
            active: true,
            status: payload('status'),
            created_at: '2026-01-02T03:04:00.000000Z',
            capture_url: `https://dealer.vehiclecapture.com/${encodeURIComponent(payload('capture_url'))}`,
            theme: payload('theme'),
            language: payload('language'),
          }),
        );
      });
    });
    await new Promise<void>((resolve) => fakePave.listen(0, '127.0.0.1', resolve));
    const hostile = await startPortal({
      port: 0,
      pave: {
        ...credentials,
        baseUrl: `http://127.0.0.1:${(fakePave.address() as AddressInfo).port}`,
      },
    });
    const context = await browser?.newContext();
    try {
      const other = await context?.newPage();
      if (!other) throw new Error('no browser page');
      const errors: string[] = [];
      other.on('pageerror', (error) => errors.push(error.message));
      await other.goto(hostile.url);
      await other.fill('#vin', 'JN1CV6AR9BMXXXXXX');
      for (const field of ['make', 'model', 'first_name', 'last_name', 'mobile']) {
        await other.fill(`#${field}`, payload(field));
      }
      await other.click('#submit');
      await other.locator('#result-ready').waitFor({ state: 'visible' });
      const row = other.locator('#sessions-body tr[data-key="XSS-ABCDE12345"]');
      await row.waitFor();

      // The payloads are on the page as the characters typed, in the result and in the list.
      const shown = `${await other.locator('#result-ready').textContent()} ${await row.textContent()}`;
      for (const name of ['first_name', 'last_name', 'mobile', 'status']) {
        expect(shown).toContain(payload(name).replaceAll('-', '\u2011'));
      }
      expect(await row.textContent()).toContain(payload('make'));
      expect(await row.textContent()).toContain(payload('model'));
      // No element came out of them, and none of their code ran.
      expect(
        await other.evaluate(
          () =>
            document.querySelectorAll('[onerror]').length +
            [...document.scripts].filter((script) => script.text.includes('__ran')).length,
        ),
      ).toBe(0);
      expect(await other.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
      expect(errors).toEqual([]);
    } finally {
      await context?.close();
      await hostile.close();
      fakePave.closeAllConnections();
      await new Promise((resolve) => fakePave.close(resolve));
    }
  }, 60_000);
});
