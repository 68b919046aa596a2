/**
 * No network at run time. The built command line runs under test/helpers/no-network.mjs, a preload
 * that makes every way out of a Node process (sockets, TLS, HTTP, fetch, DNS, UDP) record the attempt
 * in a log and fail; the test fails if the log holds anything. The built notebooks are opened in
 * Chromium with every request to another host aborted and recorded, and with a recording proxy for
 * whatever the page-level interception cannot see (workers): neither may see a request.
 *
 * Each check has a positive control showing that it would catch an attempt: a script that calls
 * fetch, DNS, sockets and HTTP under the same preload, and a page that fetches from outside.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.ts';
import { CRASH_SIGNS, runAsync } from './run.ts';

const PRELOAD = join(ROOT, 'test', 'helpers', 'no-network.mjs');
const CHROMIUM = '/usr/bin/chromium';

let temp = '';
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'chitieu-no-network-'));
});
afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

interface Attempt {
  api: string;
  target: string;
}

let logs = 0;
/** Runs `node --import no-network.mjs ...` (and its Node children, through NODE_OPTIONS); returns the run and the attempts. */
async function offline(args: string[], nodeArgs: string[] = []) {
  const log = join(temp, `network-${++logs}.log`);
  const run = await runAsync(args, {
    nodeArgs: ['--import', PRELOAD, ...nodeArgs],
    env: { CHITIEU_NETWORK_LOG: log, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${PRELOAD}`.trim() },
  });
  const attempts: Attempt[] = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Attempt)
    : [];
  return { run, attempts };
}

describe('the no-network preload (positive control: it catches an attempt)', () => {
  it('records and refuses fetch, DNS, TCP, TLS, HTTP, HTTPS and HTTP/2, whichever way they are imported', () => {
    const log = join(temp, 'control.log');
    const script = `
      import { lookup } from 'node:dns';
      import dns from 'node:dns';
      import * as net from 'node:net';
      import tls from 'node:tls';
      import http from 'node:http';
      import { request } from 'node:https';
      import http2 from 'node:http2';
      const results = [];
      const tryIt = async (name, f) => { try { await f(); results.push(name + ': went through'); } catch (e) { results.push(name + ': ' + e.code); } };
      await tryIt('fetch', () => fetch('https://example.com/data.csv'));
      await tryIt('dns', () => lookup('example.com', () => {}));
      await tryIt('dns.promises', () => dns.promises.resolve4('example.com'));
      await tryIt('net', () => net.connect(443, 'example.com'));
      await tryIt('socket', () => new net.Socket().connect({ host: '93.184.215.14', port: 80 }));
      await tryIt('tls', () => tls.connect({ host: 'example.com', port: 443 }));
      await tryIt('http', () => http.get('http://example.com/'));
      await tryIt('https', () => request('https://example.com/'));
      await tryIt('http2', () => http2.connect('https://example.com'));
      console.log(JSON.stringify(results));
    `;
    const run = spawnSync(process.execPath, ['--import', PRELOAD, '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CHITIEU_NETWORK_LOG: log },
    });
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout.trim()) as string[];
    for (const r of results) expect(r).toMatch(/: ENETUNREACH$/);
    const attempts = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Attempt);
    expect(attempts.map((a) => a.api)).toEqual([
      'fetch',
      'dns.lookup',
      'dns.promises.resolve4',
      'net.connect',
      'net.Socket.connect',
      'tls.connect',
      'http.get',
      'https.request',
      'http2.connect',
    ]);
    expect(attempts[0]!.target).toBe('https://example.com/data.csv');
    expect(attempts[3]!.target).toBe('example.com:443');
  });

  it('catches an attempt made by the built command itself (a data folder path that is a URL is no way out)', async () => {
    // The command is given a URL for --data: it must treat it as a (missing) path, never fetch it.
    const { run, attempts } = await offline(['validate', '--data', 'https://example.com/data/']);
    expect(run.code).toBe(1);
    expect(attempts).toEqual([]);
  });
});

describe('the built command line makes no outside request', () => {
  const runs: { name: string; args: string[]; exit: number | null }[] = [
    { name: 'validate (bundled data)', args: ['validate', '--data', 'data'], exit: 0 },
    {
      name: 'indicators --json (bundled data)',
      args: ['indicators', '--data', 'data', '--year', '2024', '--json'],
      exit: 0,
    },
    {
      name: 'indicators, table (minimal folder, English)',
      args: ['indicators', '--data', 'test/fixtures/minimal', '--year', '2024', '--lang', 'en'],
      exit: 0,
    },
    { name: 'validate (a workbook)', args: ['validate', '--data', 'data/hatinh-2019-2026.xlsx'], exit: 0 },
    { name: 'validate (refused data)', args: ['validate', '--data', 'test/fixtures/bad/21-exceeds'], exit: 1 },
  ];
  for (const r of runs) {
    it(r.name, async () => {
      const { run, attempts } = await offline(r.args);
      expect(attempts, `network attempts by chitieu ${r.args.join(' ')}`).toEqual([]);
      expect(run.code, run.stderr).toBe(r.exit);
      for (const sign of CRASH_SIGNS) expect(run.stderr).not.toMatch(sign);
    });
  }

  it('report (a whole report: scorecard, charts, briefing, notebooks, manifest)', async () => {
    const out = join(temp, 'report');
    const { run, attempts } = await offline(['report', '--data', 'test/fixtures/minimal', '--out', out, '--quiet']);
    expect(attempts, 'network attempts by chitieu report').toEqual([]);
    for (const sign of CRASH_SIGNS) expect(run.stderr).not.toMatch(sign);
    expect(run.code, run.stderr).toBe(0);
  });

  it('charts (every chart, every format)', async () => {
    const out = join(temp, 'charts');
    const { run, attempts } = await offline([
      'charts',
      '--data',
      'test/fixtures/minimal',
      '--year',
      '2024',
      '--out',
      out,
    ]);
    expect(attempts, 'network attempts by chitieu charts').toEqual([]);
    for (const sign of CRASH_SIGNS) expect(run.stderr).not.toMatch(sign);
    expect(run.code, run.stderr).toBe(0);
  });
});

// --- the built notebooks, in Chromium ----------------------------------------------------------

/**
 * Chromium's own services (sign-in, component updates, network time), which it calls whatever page is
 * open and whatever the flags say. They are the browser's, not the notebooks': a page's own requests
 * are caught by the page-level interception above, whatever their host.
 */
const BROWSER_OWN =
  /^(CONNECT|GET|POST) (https?:\/\/)?(accounts\.google\.com|clients\d*\.google\.com|update\.googleapis\.com|[a-z0-9-]+\.gvt1\.com|redirector\.gvt1\.com|optimizationguide-pa\.googleapis\.com|safebrowsing\.googleapis\.com|android\.clients\.google\.com)[:/]/;

/** A proxy that refuses and records every request sent through it (Chromium sends it all but loopback). */
async function recordingProxy(): Promise<{ port: number; seen: string[]; close: () => Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(!existsSync(CHROMIUM))('the built notebooks make no outside request (Chromium)', () => {
  it('every page loads and runs with no request to another host; a page that tries one is caught', async () => {
    const out = join(temp, 'notebooks');
    const build = spawnSync(process.execPath, ['scripts/notebooks-build.mjs', '--out', out, '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const { serveStatic } = (await import(pathToFileURL(join(ROOT, 'scripts', 'notebooks-serve.mjs')).href)) as {
      serveStatic: (dir: string) => Promise<{ url: string; close: () => Promise<void> }>;
    };
    const { default: puppeteer } = await import('puppeteer-core');
    const server = await serveStatic(out);
    const origin = new URL(server.url).origin;
    const proxy = await recordingProxy();
    const profile = mkdtempSync(join(tmpdir(), 'chitieu-chromium-'));
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: 'shell',
      userDataDir: profile,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-domain-reliability',
        '--no-pings',
        '--no-first-run',
        '--disable-breakpad',
        '--disable-client-side-phishing-detection',
        '--safebrowsing-disable-auto-update',
        '--metrics-recording-only',
        '--disable-features=NetworkTimeServiceQuerying,OptimizationHintsFetching,Translate,MediaRouter,AutofillServerCommunication',
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        '--proxy-bypass-list=<-loopback>;127.0.0.1',
      ],
    });
    /** Requests to anywhere but the notebook server, per page. */
    const outside: string[] = [];
    const open = async (url: string, action?: string) => {
      const page = await browser.newPage();
      // The control turns the pages' Content-Security-Policy off, which would stop its requests first.
      if (action) await page.setBypassCSP(true);
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const target = req.url();
        if (target.startsWith('data:') || target.startsWith('blob:') || new URL(target).origin === origin)
          return void req.continue();
        outside.push(`${url}: ${target}`);
        void req.abort('blockedbyclient');
      });
      await page.goto(url, { waitUntil: 'networkidle0', timeout: 60_000 });
      if (action) await page.evaluate(action).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await page.close();
    };
    try {
      const pages = readdirSync(out)
        .filter((f) => f.endsWith('.html'))
        .sort();
      expect(pages.length).toBeGreaterThan(0);
      // Defence in depth: each page's Content-Security-Policy allows connections to itself only.
      for (const name of pages) {
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
          readFileSync(join(out, name), 'utf8'),
        )?.[1];
        expect(csp, `${name}: Content-Security-Policy`).toMatch(/default-src 'self'/);
        expect(csp, `${name}: connect-src`).toMatch(/connect-src 'self'( data:| blob:)*;/);
      }
      for (const name of pages) await open(`${origin}/${name}`);
      expect(outside, 'requests from the notebooks to another host').toEqual([]);
      expect(
        proxy.seen.filter((s) => !BROWSER_OWN.test(s)),
        'requests that reached the proxy (another host)',
      ).toEqual([]);

      // Positive control: with the policy off, the interception sees a page's fetch and its worker's ...
      await open(
        `${origin}/index.html`,
        `
        fetch('https://cdn.jsdelivr.net/npm/d3@7/+esm').catch(() => {});
        new Worker(URL.createObjectURL(new Blob(["fetch('http://control.example/worker.csv').catch(() => {})"], { type: 'text/javascript' })));
        new Promise((resolve) => setTimeout(resolve, 1500));
      `,
      );
      expect(outside).toContain(`${origin}/index.html: https://cdn.jsdelivr.net/npm/d3@7/+esm`);
      // (the worker's request is seen by the interception, or, if it comes after the page closed, by the proxy)
      const worker = [...outside, ...proxy.seen].filter((s) => s.includes('control.example/worker.csv'));
      expect(worker.length).toBeGreaterThan(0);
      // and what gets past a page's interception (here, a page without it) reaches the proxy.
      const bare = await browser.newPage();
      await bare.goto('http://control.example/notebook.html', { timeout: 30_000 }).catch(() => null);
      await bare.close();
      expect(proxy.seen).toContain('GET http://control.example/notebook.html');
    } finally {
      await browser.close();
      await server.close();
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 240_000);
});
