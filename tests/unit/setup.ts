import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

// Unmount rendered components between tests so queries never see stale DOM.
afterEach(() => cleanup());
