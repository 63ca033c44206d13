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

/** What is worked out from one object alone, kept on the object in a hidden property (not enumerable: never
 *  serialised, spread or compared): a profile meets every candidate of its blocks, and a property is reached faster
 *  than a WeakMap entry. */
export const memoOn = <O extends object, T>(f: (o: O) => T): ((o: O) => T) & { preset(o: O, v: T): void } => {
  const key = Symbol(f.name);
  const keep = (o: O, v: T): void => void Object.defineProperty(o, key, { value: v });
  const get = (o: O): T => {
    const own = (o as { [k: symbol]: T | undefined })[key];
    if (own !== undefined) return own;
    const v = f(o);
    keep(o, v);
    return v;
  };
  // What `f` gave this object before, kept elsewhere (an object read back from storage written by the same code).
  return Object.assign(get, { preset: (o: O, v: T) => (o as { [k: symbol]: T | undefined })[key] === undefined && keep(o, v) });
};
