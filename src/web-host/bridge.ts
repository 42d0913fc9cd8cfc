import { METHOD_NAMES } from '../shared/api-methods.ts';

/** The request header that carries the per-run secret (lower case, as Node reports it). */
export const SECRET_HEADER = 'x-jointplan-secret';
/** Where the page keeps the secret: localStorage belongs to one origin, port included. */
export const STORAGE_KEY = 'jointplan.secret';

/**
 * The browser-side twin of the Electron preload: `window.api` with one function per
 * contract method, each posting its input to the web host and resolving to the envelope.
 *
 * The secret arrives once in the address (`?token=`); the bridge moves it into this origin's
 * localStorage, takes it out of the address bar, and sends it in a header with each call.
 * Unlike a cookie, neither is ever sent to another port of 127.0.0.1, and a second web host
 * in the same browser (another port, so another origin) keeps its own.
 */
export function bridgeScript(): string {
  return `(() => {
  const key = ${JSON.stringify(STORAGE_KEY)};
  const params = new URLSearchParams(location.search);
  const given = params.get('token');
  let secret = given;
  try {
    if (given !== null) localStorage.setItem(key, given);
    else secret = localStorage.getItem(key);
  } catch {}
  if (given !== null) {
    params.delete('token');
    const query = params.toString();
    history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + location.hash);
  }
  const refused = (message) => ({ ok: false, error: { code: 'forbidden', message } });
  const call = async (method, input) => {
    if (!secret) return refused('Open JointPlan with the address printed when the web host started.');
    try {
      const response = await fetch('./api/' + encodeURIComponent(method), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ${JSON.stringify(SECRET_HEADER)}: secret },
        credentials: 'omit',
        body: JSON.stringify(input === undefined ? {} : input),
      });
      if (response.status === 403) return refused(await response.text());
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: 'JointPlan is not reachable. Is the web host still running?' } };
    }
  };
  const api = {};
  for (const method of ${JSON.stringify(METHOD_NAMES)}) api[method] = (input) => call(method, input);
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
})();
`;
}
