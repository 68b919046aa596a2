// Every `@example` in src/core/periods is run and its written result checked.
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { testDocExamples } from '../format/doc-examples.ts';

const periods = fileURLToPath(new URL('../../../src/core/periods/', import.meta.url));
const format = fileURLToPath(new URL('../../../src/core/format/', import.meta.url));
// the periods' words live with every other message (src/core/messages/periods.ts)
const messages = fileURLToPath(new URL('../../../src/core/messages/', import.meta.url));

describe('TSDoc examples of core/periods', () => testDocExamples(periods, [format, periods, messages]));
