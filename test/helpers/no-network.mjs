// A preload that forbids the network to a Node process and records every attempt:
//
//   node --import ./test/helpers/no-network.mjs bin/chitieu.js report ...
//
// Each way out of the process (a TCP or Unix socket, TLS, HTTP/1 and /2, fetch, WebSocket, DNS, UDP)
// is replaced by a function that appends one JSON line to the file named by CHITIEU_NETWORK_LOG
// (`{"api":"fetch","target":"https://..."}`) and then throws (or, for fetch, rejects), so the attempt
// both fails and is seen even if the code that made it catches the error. Without CHITIEU_NETWORK_LOG
// the attempts still fail, and are written to standard error.
//
// Patched on the shared built-in module objects, then synced to their ES module exports
// (`syncBuiltinESMExports`), so `import { lookup } from 'node:dns'` sees the patch as well as
// `require('dns').lookup`.
import { appendFileSync } from 'node:fs';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const LOG = process.env.CHITIEU_NETWORK_LOG;

/** Records an attempt and returns the error to throw. */
function attempt(api, target) {
  const entry = { api, target: describe(target), pid: process.pid };
  if (LOG) appendFileSync(LOG, `${JSON.stringify(entry)}\n`);
  else process.stderr.write(`no-network: blocked ${api} ${entry.target}\n`);
  const error = new Error(`no-network: ${api} to ${entry.target} is forbidden in this process`);
  error.code = 'ENETUNREACH';
  return error;
}

function describe(target) {
  if (target === undefined || target === null) return '';
  if (typeof target === 'string') return target;
  if (target instanceof URL) return target.href;
  if (typeof target === 'number') return `port ${target}`;
  if (typeof Request !== 'undefined' && target instanceof Request) return target.url;
  if (typeof target === 'object') {
    if (typeof target.href === 'string') return target.href;
    if (typeof target.path === 'string' && target.host === undefined && target.hostname === undefined)
      return `unix:${target.path}`;
    const host = target.hostname ?? target.host ?? 'localhost';
    return `${host}:${target.port ?? ''}`;
  }
  return String(target);
}

const first = (args) => (Array.isArray(args[0]) ? args[0][0] : args[0]);

// --- sockets: every TCP, TLS and Unix-socket connection ends in Socket.prototype.connect ----------
net.Socket.prototype.connect = function connect(...args) {
  throw attempt('net.Socket.connect', first(args));
};
for (const name of ['connect', 'createConnection']) {
  net[name] = (...args) => {
    throw attempt(
      `net.${name}`,
      typeof args[0] === 'number' ? `${typeof args[1] === 'string' ? args[1] : 'localhost'}:${args[0]}` : first(args),
    );
  };
}
tls.connect = (...args) => {
  throw attempt('tls.connect', first(args));
};
dgram.Socket.prototype.send = function send(...args) {
  throw attempt('dgram.send', `${args.at(-2) ?? ''}:${args.at(-3) ?? ''}`);
};
dgram.Socket.prototype.connect = function connect(...args) {
  throw attempt('dgram.connect', `${args[1] ?? ''}:${args[0] ?? ''}`);
};

// --- HTTP ---------------------------------------------------------------------------------------
for (const [name, module] of [
  ['http', http],
  ['https', https],
]) {
  for (const method of ['request', 'get']) {
    module[method] = (...args) => {
      throw attempt(`${name}.${method}`, first(args));
    };
  }
}
http2.connect = (...args) => {
  throw attempt('http2.connect', first(args));
};

// --- fetch and friends (undici, built into Node) ---------------------------------------------------
globalThis.fetch = async (input) => {
  throw attempt('fetch', input);
};
for (const name of ['WebSocket', 'EventSource']) {
  if (typeof globalThis[name] === 'function') {
    globalThis[name] = class {
      constructor(url) {
        throw attempt(name, url);
      }
    };
  }
}

// --- DNS -----------------------------------------------------------------------------------------
const DNS_FUNCTIONS = [
  'lookup',
  'lookupService',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCaa',
  'resolveCname',
  'resolveMx',
  'resolveNaptr',
  'resolveNs',
  'resolvePtr',
  'resolveSoa',
  'resolveSrv',
  'resolveTxt',
  'reverse',
];
for (const name of DNS_FUNCTIONS) {
  if (typeof dns[name] === 'function') {
    dns[name] = (...args) => {
      throw attempt(`dns.${name}`, first(args));
    };
  }
  if (typeof dns.promises[name] === 'function') {
    dns.promises[name] = async (...args) => {
      throw attempt(`dns.promises.${name}`, first(args));
    };
  }
  if (typeof dns.Resolver.prototype[name] === 'function') {
    dns.Resolver.prototype[name] = function blocked(...args) {
      throw attempt(`dns.Resolver.${name}`, first(args));
    };
  }
}

syncBuiltinESMExports();
