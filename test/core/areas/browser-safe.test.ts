import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { testBrowserSafe } from '../format/browser-safe.ts';

describe('core/areas', () => testBrowserSafe(fileURLToPath(new URL('../../../src/core/areas/', import.meta.url))));
