// Runs an async function over a stream with up to `limit` calls in flight and yields the results
// in input order. The next input is read while earlier results wait, and a finished result is
// yielded without waiting for more input, so a pipe fed one line at a time never stalls.

export async function* orderedMap<T, R>(source: AsyncIterable<T> | Iterable<T>, fn: (item: T) => Promise<R>, limit: number): AsyncGenerator<R> {
  const it = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>;
  const queue: Promise<R>[] = [];
  let next: Promise<IteratorResult<T>> | null = Promise.resolve(it.next());
  let ended = false;
  const take = (r: IteratorResult<T>) => {
    if (r.done) {
      next = null;
      ended = true;
    }
    else {
      queue.push(fn(r.value));
      next = Promise.resolve(it.next());
    }
  };
  try {
    while (next || queue.length) {
      if (next && queue.length < Math.max(1, limit)) {
        if (!queue.length) {
          take(await next);
          continue;
        }
        // whichever comes first: another input, or the oldest result
        const pending: Promise<IteratorResult<T>> = next;
        const first = await Promise.race([pending.then((r) => ({ input: r })), queue[0].then(() => null)]);
        if (first) take(first.input);
        else yield await queue.shift()!;
      } else yield await queue.shift()!;
    }
  } finally {
    // the consumer stopped early: let the results in flight settle unobserved
    for (const p of queue) p.catch(() => {});
    if (!ended) await it.return?.();
  }
}
