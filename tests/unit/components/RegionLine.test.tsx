import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { RegionLine } from '@/components/RegionLine';

describe('RegionLine', () => {
  it('before a region is chosen: national resources and a Set region button', () => {
    const onChange = vi.fn();
    const { container } = render(<RegionLine label={null} onChange={onChange} />);
    expect(container.textContent).toContain(
      'Showing national resources. Set your state for local lines',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Set region' }));
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('with a region: "Showing resources for <region> · Change"', () => {
    const onChange = vi.fn();
    const { container } = render(<RegionLine label="Kansas" onChange={onChange} />);
    expect(container.textContent).toBe('Showing resources for Kansas · Change region');
    fireEvent.click(screen.getByRole('button', { name: 'Change region' }));
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('while loading: keeps its place, says nothing', () => {
    const { container } = render(<RegionLine label={undefined} onChange={() => undefined} />);
    const line = container.querySelector('.region-line');
    expect(line).not.toBeNull();
    expect(line!.textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
