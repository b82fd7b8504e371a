// The engine's worker (a classic script, copied as is). Its name, set by src/engine/engine.ts, is unique and
// holds the address of DuckDB's own worker script. While it lives it holds a Web Lock under that name, so the
// page hears at once when the browser ends it (src/engine/worker-watch.ts); then it runs DuckDB's worker.
// https://developer.mozilla.org/docs/Web/API/Web_Locks_API
/* global importScripts */
if (self.navigator.locks) self.navigator.locks.request(self.name, () => new Promise(() => {}));
importScripts(JSON.parse(self.name).script);
