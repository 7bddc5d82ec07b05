import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { RegionPicker } from '@/entrypoints/options/RegionPicker';
import { LinesPreview } from '@/entrypoints/options/LinesPreview';
import { resourcesFor } from '@/content/region-lines';
import { STATE_NAMES } from '@/content/regions';
import { AREA_COUNTIES } from '@/content/areas';
import type { Region } from '@/content/types';

/** The picker and its preview, wired as the options page wires them. */
function Picker({
  initial = null,
  onChange,
}: {
  initial?: Region | null;
  onChange?: (r: Region | null) => void;
}) {
  const [region, setRegion] = useState<Region | null>(initial);
  return (
    <>
      <RegionPicker
        region={region}
        onChange={(next) => {
          onChange?.(next);
          setRegion(next);
        }}
      />
      <LinesPreview lines={resourcesFor(region)} />
    </>
  );
}

const stateSelect = () => screen.getByRole('combobox', { name: /Region/ });
const areaSelect = () => screen.queryByRole('combobox', { name: 'Missouri area (optional)' });

describe('RegionPicker', () => {
  it('lists "Not set" first, then the 50 states and DC by name, then "Outside the United States"', () => {
    render(<Picker />);
    const select = stateSelect();
    expect(select).toHaveProperty('value', '');
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toBe('Not set: show national lines');
    expect(options.at(-1)).toBe('Outside the United States');
    const states = options.slice(1, -1);
    expect(states).toHaveLength(51);
    expect(states).toEqual(Object.values(STATE_NAMES).sort((a, b) => a.localeCompare(b, 'en')));
    expect(states).toContain('District of Columbia');
    // Sorted by name, not by code: Iowa (IA) comes after Indiana (IN).
    expect(states.indexOf('Indiana')).toBeLessThan(states.indexOf('Iowa'));
  });

  it('has no Missouri area list until Missouri is chosen', () => {
    render(<Picker />);
    expect(areaSelect()).toBeNull();
  });

  it('choosing Missouri shows the optional area list, starting at "All of Missouri"', () => {
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    fireEvent.change(stateSelect(), { target: { value: 'MO' } });
    expect(onChange).toHaveBeenLastCalledWith({ state: 'MO' });
    const area = areaSelect();
    expect(area).not.toBeNull();
    expect(area).toHaveProperty('value', '');
    const options = within(area!)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'All of Missouri',
      'St. Louis area',
      'Kansas City area',
      'Springfield and southwest',
      'Columbia and central',
      'Rest of the state',
    ]);
  });

  it('choosing an area reports it and shows that area’s counties beneath', () => {
    const onChange = vi.fn();
    render(<Picker initial={{ state: 'MO' }} onChange={onChange} />);
    expect(screen.queryByText(/Counties:/)).toBeNull();
    fireEvent.change(areaSelect()!, { target: { value: 'st-louis' } });
    expect(onChange).toHaveBeenLastCalledWith({ state: 'MO', area: 'st-louis' });
    const counties = screen.getByText(/Counties:/);
    for (const county of AREA_COUNTIES['st-louis']) expect(counties.textContent).toContain(county);
    expect(counties.textContent).not.toContain('Greene');
    fireEvent.change(areaSelect()!, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ state: 'MO' });
    expect(screen.queryByText(/Counties:/)).toBeNull();
  });

  it('choosing Kansas hides the area list and drops the Missouri area', () => {
    const onChange = vi.fn();
    render(<Picker initial={{ state: 'MO', area: 'kansas-city' }} onChange={onChange} />);
    expect(areaSelect()).toHaveProperty('value', 'kansas-city');
    fireEvent.change(stateSelect(), { target: { value: 'KS' } });
    expect(onChange).toHaveBeenLastCalledWith({ state: 'KS' });
    expect(areaSelect()).toBeNull();
  });

  it('"Not set" clears the region; "Outside the United States" is a region of its own', () => {
    const onChange = vi.fn();
    render(<Picker initial={{ state: 'KS' }} onChange={onChange} />);
    fireEvent.change(stateSelect(), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
    fireEvent.change(stateSelect(), { target: { value: 'OUTSIDE_US' } });
    expect(onChange).toHaveBeenLastCalledWith({ state: 'OUTSIDE_US' });
  });

  it('shows a stored region as chosen', () => {
    render(<Picker initial={{ state: 'MO', area: 'columbia-central' }} />);
    expect(stateSelect()).toHaveProperty('value', 'MO');
    expect(areaSelect()).toHaveProperty('value', 'columbia-central');
    expect(screen.getByText(/Counties:/).textContent).toContain('Boone');
  });
});

describe('the preview beside the picker', () => {
  const preview = () => screen.getByRole('region', { name: /Lines the toolbar button will show/ });

  it('lists Kansas’s line, and not Missouri’s, once Kansas is chosen', () => {
    render(<Picker />);
    fireEvent.change(stateSelect(), { target: { value: 'KS' } });
    const box = preview();
    expect(box.textContent).toContain('for Kansas');
    within(box).getByText('Kansas child abuse hotline');
    expect(box.textContent).toContain('1-800-922-5330');
    expect(box.textContent).not.toContain('1-800-392-3738');
    // What we do not cover is said right there.
    expect(box.textContent).toContain('We have no state-run trafficking line for Kansas');
  });

  it('for Missouri, St. Louis: the Children’s Division line and The Covering House', () => {
    render(<Picker />);
    fireEvent.change(stateSelect(), { target: { value: 'MO' } });
    fireEvent.change(areaSelect()!, { target: { value: 'st-louis' } });
    const box = preview();
    expect(box.textContent).toContain('1-800-392-3738');
    within(box).getByText('The Covering House');
    expect(box.textContent).not.toContain('1-800-922-5330');
  });

  it('with no region: national lines only, 911 first', () => {
    render(<Picker />);
    const box = preview();
    const rows = within(box).getAllByRole('listitem');
    expect(rows[0]!.textContent).toContain('911');
    expect(box.textContent).toContain('1-888-373-7888');
    expect(box.textContent).not.toContain('1-800-392-3738');
    expect(box.textContent).not.toContain('1-800-922-5330');
  });

  it('shows names and numbers only: no links, nothing to click', () => {
    render(<Picker initial={{ state: 'MO', area: 'st-louis' }} />);
    expect(within(preview()).queryAllByRole('link')).toHaveLength(0);
    expect(within(preview()).queryAllByRole('button')).toHaveLength(0);
  });
});
