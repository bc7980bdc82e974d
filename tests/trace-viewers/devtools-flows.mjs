// node devtools-flows.mjs TRACE.json: opens a Chrome-trace JSON file with the trace engine of Chrome DevTools'
// Performance panel and prints, as one JSON line, how many flow events the file holds and how many flow arrows
// (pairs of bound trace events) the engine draws from them.
import fs from 'node:fs';
import * as Trace from '@paulirish/trace_engine';

// The engine expects the browser's DOMRect, which Node.js lacks; no handler this script reads uses its members.
globalThis.DOMRect ??= class DOMRect {};

const file = process.argv[2];
if (!file) {
  console.error('usage: node devtools-flows.mjs TRACE.json');
  process.exit(2);
}

const document = JSON.parse(fs.readFileSync(file, 'utf8'));
const events = Array.isArray(document) ? document : document.traceEvents;
const model = Trace.TraceModel.Model.createWithAllHandlers();
await model.parse(events);
const flows = model.parsedTrace().data.Flows.flows;
console.log(JSON.stringify({
  flow_events: events.filter(e => e.ph === 's' || e.ph === 't' || e.ph === 'f').length,
  flows: flows.length,
  events_per_flow: [...new Set(flows.map(f => f.length))],
}));
