// Serves the built notebooks on this machine only (127.0.0.1), for reading them and for the browser
// check. Pages load ES modules, which browsers refuse from file://, hence a server.
//
//   node scripts/notebooks-serve.mjs [--dir out/notebooks] [--port 4173]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * Serves a folder's files over HTTP on 127.0.0.1.
 * @param {string} dir the folder
 * @param {{port?: number, host?: string}} [options] port 0 picks a free one
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serveStatic(dir, options = {}) {
  const root = resolve(dir);
  const host = options.host ?? '127.0.0.1';
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(400).end();
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, ok);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const usage = 'npm run notebooks:serve -- [--dir THƯ_MỤC/DIR] [--port 4173]';
  let values;
  try {
    ({ values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' } } }));
  } catch {
    console.error(`notebooks-serve: tùy chọn không đúng / wrong options. Dùng / usage: ${usage}`);
    process.exit(2);
  }
  const dir = values.dir ?? join(ROOT, 'out', 'notebooks');
  const port = Number(values.port ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`notebooks-serve: cổng không hợp lệ / bad port: ${values.port}. Dùng / usage: ${usage}`);
    process.exit(2);
  }
  // A folder without the built pages would only answer "not found": say where the pages are made.
  if (!(await stat(join(dir, 'index.html')).catch(() => null))?.isFile()) {
    console.error(
      `notebooks-serve: ${dir} không có sổ tay đã dựng (index.html); hãy chạy npm run notebooks:build, ` +
        'hoặc chỉ --dir tới thư mục notebooks của một báo cáo (out/report/notebooks).\n' +
        `notebooks-serve: ${dir} holds no built notebooks (index.html); run npm run notebooks:build, ` +
        "or point --dir at a report's notebooks folder (out/report/notebooks).",
    );
    process.exit(1);
  }
  const { url } = await serveStatic(dir, { port });
  console.log(`Sổ tay / notebooks: ${url}  (Ctrl+C để dừng / to stop)`);
}
