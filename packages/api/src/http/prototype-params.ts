/**
 * The query parameter names that are also members of Object.prototype (`toString`, `valueOf`,
 * `constructor`, `hasOwnProperty`, `__proto__`, …), each once.
 *
 * trpc-to-openapi gathers query parameters into a plain object (`if (!parsedQs[key]) parsedQs[key] = [];
 * parsedQs[key].push(value)`), where such a name finds the inherited member and the push throws: a 500.
 * They are refused rather than dropped: no operation has a parameter by any of these names, so only a
 * mistaken or probing client sends one, and a 400 naming it tells that client what is wrong, where
 * dropping it would quietly answer a different request than the one sent.
 */
export function prototypeNamedParams(search: URLSearchParams): string[] {
  return [...new Set(search.keys())].filter((name) => name in Object.prototype);
}
