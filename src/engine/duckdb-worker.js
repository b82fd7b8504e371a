// The engine's worker (a classic script, copied as is): it holds a Web Lock named after itself for as long as
// it lives, so the page hears at once when the browser ends it (src/engine/worker-watch.ts), then runs DuckDB's
// own worker, whose address is this script's #fragment. https://developer.mozilla.org/docs/Web/API/Web_Locks_API
if (self.navigator.locks) self.navigator.locks.request(self.name, () => new Promise(() => {}));
importScripts(decodeURIComponent(self.location.hash.slice(1)));
