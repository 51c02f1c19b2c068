// Runs in Chromium. Sets window.__errs to { ok, results } or { ok: false, error } for the runner.
// The HTTP answers come from each system's data file (cases.mjs, served under /wire/<package>).

function frameRealm() {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    addEventListener('message', (event) => event.data === 'frame-ready' && resolve(frame.contentWindow.errs));
    setTimeout(() => reject(new Error('the iframe did not load its bundle')), 10_000);
    frame.src = './frame.html';
    document.body.append(frame);
  });
}

async function main() {
  // The same checks as Node: fromCode, instanceof across the two bundles, fromResponse, toJSON/fromJSON.
  const { results } = await import('./run-bundles.mjs');
  const a = await import('./errs-a.mjs');
  const { cases, check } = await import('./uses.mjs');
  const out = results.map((line) => `two bundles: ${line}`);
  const assert = (ok, what) => {
    if (!ok) throw new Error(what);
  };

  // An iframe is another realm: errors made there must still be instances of this page's classes.
  const frame = await frameRealm();
  for (const name of Object.keys(a.packages)) {
    out.push(`iframe realm: ${check(name, a.packages[name], frame.packages[name], a.core)}`);
    const foreign = frame.packages[name].fromCode(cases[name].code);
    assert(!(foreign instanceof Error), `${name}: the iframe error should come from another realm (not this page's Error)`);
    assert(foreign instanceof a.core.CodedError && foreign instanceof a.packages[name][cases[name].cls], `${name}: iframe error is an instance here`);
  }

  // fetch() gives a real Response: fromResponse takes it and returns a promise.
  for (const [name, { fetch: c }] of Object.entries(cases)) {
    const pkg = a.packages[name];
    if (!pkg || !c) continue;
    const err = await pkg.fromResponse(await fetch(`/wire/${name}`));
    assert(err instanceof pkg[c.cls], `${name}: fromResponse(fetch Response) gave ${err?.name}`);
    assert(c.requestId === undefined || err.requestId === c.requestId, `${name}: request id ${err.requestId}`);
    assert(pkg.fromJSON(structuredClone(err.toJSON())) instanceof pkg[c.cls], `${name}: structuredClone round trip`);
    out.push(`fetch Response: ${name} ok (${err.name})`);
  }
  return out;
}

main().then(
  (results) => (window.__errs = { ok: true, results }),
  (error) => (window.__errs = { ok: false, error: String(error?.stack ?? error) }),
);
