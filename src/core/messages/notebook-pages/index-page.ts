/**
 * The prose of `notebooks/index.html`, the list of notebooks. The list's names and summaries are the pages' own
 * (`pages.ts`), so a page is named in one place.
 */
import type { Bilingual } from '../lang.ts';
import { NOTEBOOK_PAGES, type NotebookPageId } from './pages.ts';

/** The notebooks the index lists, in order. */
const LISTED: readonly NotebookPageId[] = [
  'overview',
  'criminal-cases',
  'reports-clearance',
  'reoffending',
  'safe-units',
];

export const INDEX_TEXT = {
  intro: {
    vi: `# Sổ tay phân tích chỉ tiêu phòng, chống tội phạm
## Hà Tĩnh, Chương trình thực hiện Kết luận 13-KL/TW (2021-2025)

Các sổ tay dưới đây đọc thư mục số liệu đóng gói cùng bản dựng (hoặc một thư mục bạn chọn), ghi rõ nguồn số liệu (tên tệp, mã SHA-256, ngày chốt số liệu) và vẽ bằng chính các hàm biểu đồ của thư viện \`chitieu\`: biểu đồ trong sổ tay là biểu đồ mà lệnh \`chitieu charts\` xuất ra. Mọi thứ chạy trên máy này: không trang nào gửi yêu cầu ra ngoài.

*Analysis notebooks for the statisticians of Hà Tĩnh. Each reads the bundled data folder (or one you pick), states where its data came from, and draws with the library's own chart functions. Nothing is requested from another host.*`,
    en: `# Analysis notebooks for the crime-prevention targets
## Hà Tĩnh, the programme implementing Conclusion 13-KL/TW (2021-2025)

The notebooks below read the data folder bundled with the build (or a folder you pick), state where their data came from (file names, SHA-256 hashes, the data cut-off date) and draw with the \`chitieu\` library's own chart functions: a chart in a notebook is the chart the \`chitieu charts\` command exports. Everything runs on this machine: no page sends a request to another host.`,
  },
  /** The numbered list of notebooks, each linked through `href` (which keeps the page's language). */
  list: (href: (file: string) => string): Bilingual => {
    const items = (lang: 'vi' | 'en') =>
      LISTED.map((id, k) => {
        const page = NOTEBOOK_PAGES[id];
        return `${k + 1}. [${page.name[lang]}](${href(page.file)}): ${page.summary[lang]}`;
      }).join('\n');
    return { vi: items('vi'), en: items('en') };
  },
  addNotebook: {
    vi: 'Thêm một sổ tay: xem `notebooks/README.md` (mục *Adding a notebook*).',
    en: 'To add a notebook, see `notebooks/README.md` (the section *Adding a notebook*).',
  },
} as const;
