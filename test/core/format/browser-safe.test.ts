import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { testBrowserSafe } from './browser-safe.ts';

describe('core/format', () => testBrowserSafe(fileURLToPath(new URL('../../../src/core/format/', import.meta.url))));
