// Every `@example` in src/core/format is run and its written result checked.
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { testDocExamples } from './doc-examples.ts';

const format = fileURLToPath(new URL('../../../src/core/format/', import.meta.url));

describe('TSDoc examples of core/format', () => testDocExamples(format, [format]));
