import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/preact';

// Unmount rendered components between tests so queries never see stale DOM.
afterEach(() => cleanup());

// Some waits cover a lazily imported module (the popup's FAQ search engine). On a loaded 2-core
// machine, beside type-check and lint, that import has taken over the default 1 s; a wait that
// passes is as quick as before.
configure({ asyncUtilTimeout: 4_000 });
