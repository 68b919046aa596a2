import type { Lang } from '../../core/messages/lang.ts';
import { REPORT_STEPS, type ReportStepId } from '../../core/messages/report.ts';
import type { Progress } from './types.ts';

/** How progress is shown: a bar redrawn in place (a terminal), one plain line per step, or nothing. */
export type ProgressMode = 'bar' | 'lines' | 'none';

const BAR_WIDTH = 20;

/**
 * A progress display for the report's steps, written through `write`.
 * - `bar`: `[██████░░░░░░░░░░░░░░] 3/9 Ghi bảng chỉ tiêu CSV`, redrawn on one line;
 * - `lines`: `[3/9] Ghi bảng chỉ tiêu CSV`, one line per step, for logs and pipes.
 *
 * @example createProgress((t) => process.stdout.write(t), 'vi', 'lines').step(0, 'scorecard') // prints '[1/9] Tính bảng chỉ tiêu (mọi năm, mọi địa bàn)'
 */
export function createProgress(write: (text: string) => void, lang: Lang, mode: ProgressMode): Progress {
  let total = 0;
  let open = false;
  return {
    start(n) {
      total = n;
    },
    step(index, id: ReportStepId) {
      const label = REPORT_STEPS[id][lang];
      if (mode === 'lines') write(`[${index + 1}/${total}] ${label}\n`);
      if (mode === 'bar') {
        const filled = Math.round((index / total) * BAR_WIDTH);
        write(`\r\x1b[2K[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${index + 1}/${total} ${label}`);
        open = true;
      }
    },
    end() {
      if (mode === 'bar' && open) {
        write(`\r\x1b[2K[${'█'.repeat(BAR_WIDTH)}] ${total}/${total}\n`);
        open = false;
      }
    },
  };
}
