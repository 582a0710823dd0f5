// A GraphQL result as one table, for "Download CSV": the longest list of objects in the result is the
// rows (a connection's edges are unwrapped to their nodes); nested objects become dotted columns
// (province.name), lists of plain values are joined with "; ", lists of objects are kept as JSON.
// Used by the playground (result download) and the graph view (edge export). No DOM: tested in Node.

/** The rows of `data`: the longest array of objects found in it, or `data` itself as one row. */
export function resultRows(data) {
  let best = null;
  const walk = (v, depth) => {
    if (Array.isArray(v)) {
      if (v.length && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x)) && (!best || v.length > best.length)) best = v;
      for (const x of v) walk(x, depth + 1);
    } else if (v !== null && typeof v === 'object') {
      for (const x of Object.values(v)) walk(x, depth + 1);
    }
  };
  walk(data, 0);
  const rows = best ?? (data && typeof data === 'object' ? [data] : []);
  // Relay connections: { node: {...}, cursor } → the node's fields.
  return rows.map((r) => (r && typeof r === 'object' && 'node' in r && Object.keys(r).every((k) => k === 'node' || k === 'cursor') ? r.node : r));
}

/** One flat object per row: nested objects as dotted keys. */
export function flatten(row, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(row ?? {})) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v === null || v === undefined) out[key] = '';
    else if (Array.isArray(v)) out[key] = v.every((x) => x === null || typeof x !== 'object') ? v.join('; ') : JSON.stringify(v);
    else if (typeof v === 'object') flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}

/** `data` as { columns, rows } (rows are arrays in column order). */
export function resultTable(data) {
  const flat = resultRows(data).map((r) => flatten(r));
  const columns = [];
  for (const r of flat) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  return { columns, rows: flat.map((r) => columns.map((c) => r[c] ?? '')) };
}

/** RFC 4180 CSV (CRLF line ends), with a BOM so that spreadsheet programs read Chinese as UTF-8. */
export function toCsv(columns, rows) {
  const cell = (v) => {
    const s = String(v ?? '');
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + [columns, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Makes the browser save `text` as `filename`. */
export function download(filename, text, type = 'text/csv;charset=utf-8') {
  const url = typeof text === 'string' && text.startsWith('data:') ? text : URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked late: a busy browser may start the download seconds after the click, and a revoked URL
  // downloads as a file named "download" (or not at all).
  if (!url.startsWith('data:')) setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
