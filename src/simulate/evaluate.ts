import type { ReplayOrders, SimMeasures } from '../analysis/simulator';
import { measuredInputs, projectionInputs } from './inputs';
import { breakEven, project, type Projection, type ProjectionInputs } from './projection';
import { replay, type DayWindow, type ReplayResult } from './replay';
import { parseScenario, type OverrideKey, type ParsedScenario, type ScenarioText } from './scenario';

/** A scenario worked through on the cached data: replay, inputs, projection and break-even. */
export interface Evaluation {
  parsed: ParsedScenario;
  replayed: ReplayResult | null;
  measured: Record<OverrideKey, number | null>;
  inputs: ProjectionInputs | null;
  projection: Projection | null;
  /** Percentage points; null when it never pays back (or there is no projection). */
  breakEven: number | null;
  /** Milliseconds: the replay (null when reused) and everything after it. */
  timing: { replay: number | null; projection: number };
}

/** The last replay, reused while the programme and window stay the same (a lever does not replay history). */
export interface ReplayMemo {
  key: string;
  result: ReplayResult | null;
}

export function evaluate(text: ScenarioText, orders: ReplayOrders, measures: SimMeasures, window: DayWindow, memo?: ReplayMemo): Evaluation {
  const parsed = parseScenario(text);
  const key = `${JSON.stringify(parsed.programme)}|${window.start}|${window.end}`;
  let replayMs: number | null = null;
  let replayed: ReplayResult | null;
  if (memo && memo.key === key) replayed = memo.result;
  else {
    const started = performance.now();
    replayed = parsed.programme ? replay(orders, parsed.programme, window) : null;
    replayMs = performance.now() - started;
    if (memo) Object.assign(memo, { key, result: replayed });
  }
  const started = performance.now();
  const inputs = projectionInputs(measures, replayed, parsed);
  const levers = parsed.levers;
  const projection = inputs && levers ? project(inputs, levers) : null;
  const evaluation = {
    parsed,
    replayed,
    measured: measuredInputs(measures, replayed),
    inputs,
    projection,
    breakEven: inputs && levers ? breakEven(inputs, levers) : null,
  };
  return { ...evaluation, timing: { replay: replayMs, projection: performance.now() - started } };
}
