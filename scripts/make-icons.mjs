// Renders the toolbar icons from the SVG designs below with the system Chromium.
// Run by hand after changing a design: `node scripts/make-icons.mjs`. The PNGs are committed.
import { chromium } from 'playwright-core';
import { writeFile } from 'node:fs/promises';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';

// A navy shield with a white "i": information you can trust. Bold shapes stay legible at 16 px.
const brand = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="28" fill="#1b4d89"/>
  <path d="M64 14 L106 30 V62 C106 88 88 106 64 116 C40 106 22 88 22 62 V30 Z" fill="#ffffff"/>
  <circle cx="64" cy="42" r="9" fill="#1b4d89"/>
  <rect x="55" y="56" width="18" height="40" rx="5" fill="#1b4d89"/>
</svg>`;

// Discreet mode: a plain grey note, nothing that hints at the subject.
const neutral = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="28" fill="#5f6368"/>
  <rect x="30" y="22" width="68" height="84" rx="8" fill="#ffffff"/>
  <rect x="42" y="40" width="44" height="8" rx="4" fill="#5f6368"/>
  <rect x="42" y="58" width="44" height="8" rx="4" fill="#5f6368"/>
  <rect x="42" y="76" width="30" height="8" rx="4" fill="#5f6368"/>
</svg>`;

const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [folder, svg] of [
  ['icon', brand],
  ['icon-neutral', neutral],
]) {
  for (const size of [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await writeFile(`public/${folder}/${size}.png`, png);
  }
}
await browser.close();
console.log('icons written to public/icon and public/icon-neutral');
