// CDP tracing of the page's main thread: which tasks ran, how long, and whether the extension's
// content script ran inside them (its functions carry the chrome-extension:// URL).

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'].join(',');

export async function startTrace(cdp) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  return async function stop() {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

const isExtensionUrl = (url) => typeof url === 'string' && url.startsWith('chrome-extension://');

/**
 * Tasks of the renderer main thread: { start, dur (ms), extension (ms of our script in it),
 * layout (ms), gc (ms of garbage collection in it), extensionGc (of that, inside our script),
 * frame (a rendering task: the browser laid out or painted a frame in it) }.
 */
export function mainThreadTasks(events) {
  // Several renderers may be traced (other tabs, frames): take the busiest main thread.
  const mains = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const busy = (thread) => events.reduce((sum, event) => sum + (event.pid === thread.pid && event.tid === thread.tid && event.name === 'RunTask' ? event.dur ?? 0 : 0), 0);
  const mainThread = mains.map((thread) => ({ thread, load: busy(thread) })).sort((a, b) => b.load - a.load)[0]?.thread;
  if (!mainThread) return [];
  const own = events.filter((event) => event.pid === mainThread.pid && event.tid === mainThread.tid && event.ph === 'X');
  const tasks = own.filter((event) => event.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  // Our scripts: those compiled or evaluated from a chrome-extension:// URL; later calls into
  // them often carry only the script id.
  const extensionScripts = new Set(own.filter((event) => isExtensionUrl(event.args?.data?.url) && event.args?.data?.scriptId).map((event) => String(event.args.data.scriptId)));
  const ours = (event) => isExtensionUrl(event.args?.data?.url) || extensionScripts.has(String(event.args?.data?.scriptId ?? ''));
  const scripts = own.filter((event) => (event.name === 'FunctionCall' || event.name === 'EvaluateScript' || event.name === 'v8.compile' || event.name === 'TimerFire') && ours(event)).sort((a, b) => a.ts - b.ts);
  const layouts = own.filter((event) => event.name === 'Layout' || event.name === 'UpdateLayoutTree').sort((a, b) => a.ts - b.ts);
  // Garbage collection pauses on the main thread (of the whole heap: the page's and every world's):
  // collections, and the steps of incremental marking that allocation makes the running script take
  // (on a 10,000-row page, 5–13 ms each: they trace every DOM node). Nested ones count once.
  const collections = own.filter((event) => event.name === 'MajorGC' || event.name === 'MinorGC' || event.name === 'V8.GC_MC_INCREMENTAL').sort((a, b) => a.ts - b.ts);
  // Rendering tasks (animation frames, layout, paint of a frame): the page's own work is in them too.
  const frameMarks = own.filter((event) => event.name === 'PrePaint' || event.name === 'Paint').sort((a, b) => a.ts - b.ts);
  const result = [];
  let s = 0;
  let l = 0;
  let f = 0;
  let g = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    let extension = 0;
    let lastEnd = -1;
    while (s < scripts.length && scripts[s].ts < task.ts) s += 1;
    for (let i = s; i < scripts.length && scripts[i].ts < end; i += 1) {
      if (scripts[i].ts >= lastEnd) {
        // Top-level only: nested calls are inside the outer one's duration.
        extension += scripts[i].dur ?? 0;
        lastEnd = scripts[i].ts + (scripts[i].dur ?? 0);
      }
    }
    let layout = 0;
    let layoutEnd = -1;
    while (l < layouts.length && layouts[l].ts < task.ts) l += 1;
    for (let i = l; i < layouts.length && layouts[i].ts < end; i += 1) {
      if (layouts[i].ts >= layoutEnd) {
        layout += layouts[i].dur ?? 0;
        layoutEnd = layouts[i].ts + (layouts[i].dur ?? 0);
      }
    }
    while (f < frameMarks.length && frameMarks[f].ts < task.ts) f += 1;
    const frame = f < frameMarks.length && frameMarks[f].ts < end;
    // GC in the task, and the part of it inside our script (a collection our allocations started).
    let gc = 0;
    let extensionGc = 0;
    while (g < collections.length && collections[g].ts < task.ts) g += 1;
    let collectionEnd = -1;
    for (let i = g; i < collections.length && collections[i].ts < end; i += 1) {
      if (collections[i].ts < collectionEnd) continue;
      collectionEnd = collections[i].ts + (collections[i].dur ?? 0);
      const pause = collections[i].dur ?? 0;
      gc += pause;
      if (scripts.some((script) => script.ts <= collections[i].ts && collections[i].ts < script.ts + (script.dur ?? 0))) extensionGc += pause;
    }
    result.push({ start: task.ts, dur: task.dur / 1000, extension: extension / 1000, layout: layout / 1000, gc: gc / 1000, extensionGc: extensionGc / 1000, frame });
  }
  return result;
}
