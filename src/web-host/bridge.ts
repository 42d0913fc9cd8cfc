import { METHOD_NAMES } from '../shared/api-methods.ts';

/**
 * The browser-side twin of the Electron preload: `window.api` with one function per
 * contract method, each posting its input to the web host and resolving to the envelope.
 */
export function bridgeScript(): string {
  return `(() => {
  const call = async (method, input) => {
    try {
      const response = await fetch('./api/' + encodeURIComponent(method), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input === undefined ? {} : input),
      });
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
