// The `debug` package as the bundled @stdlib math functions see it: a logger that is always off.
// stdlib's gammaincinv writes one overflow warning through it (printed only with DEBUG=gammaincinv:*); the real
// package loads tty, util and os and reads the environment at start: 4-5 ms of every command's 0.3 s.
module.exports = function createDebug() {
  const log = function () {};
  log.enabled = false;
  return log;
};
