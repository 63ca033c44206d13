// Names meet many others in a batch: what is worked out from a name alone (pinyin, romanised spellings, keys) is
// worked out once. Bounded, so a long-running loader does not grow without end.
export const memo = <T>(f: (s: string) => T, max = 20_000): ((s: string) => T) => {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > max) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
};
