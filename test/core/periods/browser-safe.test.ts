import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { testBrowserSafe } from '../format/browser-safe.ts';

describe('core/periods', () => testBrowserSafe(fileURLToPath(new URL('../../../src/core/periods/', import.meta.url))));
