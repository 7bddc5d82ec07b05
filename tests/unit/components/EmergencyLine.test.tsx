import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { EmergencyLine } from '@/components/EmergencyLine';

describe('EmergencyLine', () => {
  it('says "In immediate danger? Call 911" with a real tel:911 link', () => {
    const { container } = render(<EmergencyLine />);
    expect(container.textContent).toBe('In immediate danger?Call 911');
    expect(screen.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
  });
});
