import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { launchExtension, type Extension } from './harness';

describe('the built extension in a real Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('starts its service worker', async () => {
    expect(ext.worker.url()).toBe(`chrome-extension://${ext.id}/background.js`);
    console.log(`service worker running: ${ext.worker.url()}`);
  });

  for (const page of ['popup.html', 'options.html', 'explainer.html', 'sidepanel.html']) {
    it(`renders ${page}`, async () => {
      const tab = await ext.open(page);
      const text = (await tab.locator('body').innerText()).trim();
      expect(text.length).toBeGreaterThan(100);
      expect(await tab.title()).not.toBe('');
      console.log(`rendered ${page}: "${text.split('\n')[0]}" … (${text.length} characters)`);
      await tab.close();
    });
  }
});
