/**
 * A pure function of one string, remembered: the answer for each argument is worked out
 * once. For the language tags of a page (Intl's locales and display names cost microseconds
 * each, several times per page), whose arguments are few; past `limit` distinct arguments
 * the oldest is forgotten, so odd input cannot grow it.
 */
export function remembered<T>(work: (key: string) => T, limit = 256): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const answer = work(key);
    if (known.size >= limit) known.delete(known.keys().next().value!);
    known.set(key, answer);
    return answer;
  };
}
