/**
 * Which views a snapshot holds. A view is recorded by rendering it once, hidden, while the engine records what
 * it reads (src/components/share/render-hidden.ts); every query goes through the privacy screen
 * (privacy.ts). A new view works in snapshots without changes when it reads aggregates through
 * `startEngine()` / `derived.ready()`, keeps its choices in `router.filters` or `settings`, and reports
 * `onstate('ready')` once its panels are complete. A view built on per-customer rows goes into
 * VIEWS_WITHOUT_SNAPSHOT: it then says it is not available in a snapshot.
 */
export const VIEWS_WITHOUT_SNAPSHOT: readonly string[] = [
  'customers',
  // The loyalty simulator replays every order (per-order rows): none of it may leave in a snapshot.
  'simulator',
  // The customer-value models are fitted on one row per customer: they cannot be rebuilt from aggregates.
  'ltv',
  'validation',
];

// `timing` is in snapshots: its aggregates are recorded, its due-soon list (per customer) says it is not, and the
// marketing spend its payback table needs travels with the settings (`spend`, src/share/hash-keys.ts).

/** Views whose data is the snapshot's dataset part (no queries to record). */
export const VIEWS_WITHOUT_QUERIES: readonly string[] = ['data'];
