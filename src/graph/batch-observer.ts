/**
 * Where loaders report their batch sizes. The metrics module installs a sink at start; until then
 * (and in tests that don't care) reports go nowhere.
 */
type Sink = (loader: string, size: number) => void;
let sink: Sink = () => undefined;

export function setBatchSink(s: Sink): void {
  sink = s;
}

export function observeBatch(loader: string, size: number): void {
  sink(loader, size);
}
