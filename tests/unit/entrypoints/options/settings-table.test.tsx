import { beforeEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { createRef, type VNode } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTING_KEYS, SETTING_TABLE, type AllSettings } from '@/content/settings';
import * as optionsText from '@/content/ui/options';
import { CONTROLS, SETTING_SECTIONS, type ControlProps } from '@/entrypoints/options/controls';
import { privacyLines } from '@/entrypoints/options/PrivacyNote';
import { ENGLISH } from '@/content/i18n/english';
import { SETTING, readAll } from '@/utils/settings';

/*
 * Walks the settings table: adding a setting means a row in content/settings.ts, its control
 * and its words; this test names what is missing.
 */

const defaults = Object.fromEntries(
  SETTING_KEYS.map((key) => [key, SETTING_TABLE[key].fallback]),
) as AllSettings;

beforeEach(() => fakeBrowser.reset());

describe.each(SETTING_KEYS)('setting "%s"', (key) => {
  const row = SETTING_TABLE[key];

  it('has a default its own check accepts', () => {
    if (row.fallback !== null) expect(row.parse(row.fallback)).toEqual(row.fallback);
    expect(row.parse(Symbol('not a setting'))).toBeUndefined();
  });

  it('has a migration for every version above the first, and none beyond', () => {
    const steps = Object.keys(row.migrations).map(Number);
    const expected = Array.from({ length: row.version - 1 }, (_, i) => i + 2);
    expect(steps.sort((a, b) => a - b)).toEqual(expected);
  });

  it('becomes storage items in both areas, and reads as its default when nothing is stored', async () => {
    expect(SETTING[key].items.local.key).toBe(`local:${key}`);
    expect(SETTING[key].items.sync.key).toBe(`sync:${key}`);
    expect((await readAll())[key]).toEqual(row.fallback);
  });

  it('has a control on the options page, in one of its sections', () => {
    const control = CONTROLS[key];
    expect(SETTING_SECTIONS.map((s) => s.id)).toContain(control.section);
    const props: ControlProps<typeof key> = {
      value: defaults[key],
      shown: defaults,
      onChange: () => undefined,
      stateRef: createRef(),
      content: ENGLISH,
    };
    const { container } = render((control.render as (p: typeof props) => VNode)(props) as VNode);
    expect(container.querySelectorAll('input, select').length).toBeGreaterThan(0);
  });

  it('is named in the privacy note and announced when saved', () => {
    expect(privacyLines(optionsText)[0]).toContain(optionsText.STORED_NAMES[key]);
    const announce = optionsText.SAVED[key] as (value: unknown) => string;
    expect(announce(row.fallback)).toMatch(/^Saved: /);
  });
});
