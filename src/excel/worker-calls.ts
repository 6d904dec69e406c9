/**
 * Calls to a worker that answers each request by its id, with this thread's own way of doing the same work for when
 * the worker cannot: no `Worker`, a script the page may not load, a message that does not arrive. The worker is
 * started on the first call and tried once; what it had not answered when it failed is done here instead.
 *
 * A request is `{ id, ...message }`; the worker answers `{ id, value }` or `{ id, error }`.
 */
export type WorkerReply<T> = { readonly id: number; readonly value: T } | { readonly id: number; readonly error: string };

/** For the worker's side: the reply to request `id`, once `work` settles. */
export function answer<T>(post: (reply: WorkerReply<T>) => void, id: number, work: Promise<T>): void {
  work.then(
    (value) => post({ id, value }),
    (error: unknown) => post({ id, error: error instanceof Error ? error.message : String(error) }),
  );
}

export interface WorkerCalls<In, Out> {
  /** `input` done by the worker (sent as `message`), or here where no worker runs. */
  call(input: In, message: object): Promise<Out>;
  /** The worker, started now where it can be (null where it cannot), to post a message that needs no answer. */
  start(): Worker | null;
}

export function workerCalls<In, Out>(create: () => Worker, here: (input: In) => Promise<Out>): WorkerCalls<In, Out> {
  let worker: Worker | null | undefined;
  const waiting = new Map<number, { readonly input: In; readonly resolve: (out: Out) => void; readonly reject: (error: unknown) => void }>();
  let nextId = 1;

  const giveUp = () => {
    worker?.terminate();
    worker = null;
    const left = [...waiting.values()];
    waiting.clear();
    for (const w of left) here(w.input).then(w.resolve, w.reject);
  };

  const start = (): Worker | null => {
    if (worker !== undefined) return worker;
    if (typeof Worker !== 'function') return (worker = null);
    try {
      worker = create();
    } catch {
      return (worker = null);
    }
    worker.onmessage = ({ data }: MessageEvent<WorkerReply<Out>>) => {
      const w = waiting.get(data.id);
      if (!w) return;
      waiting.delete(data.id);
      if ('value' in data) w.resolve(data.value);
      else w.reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      giveUp();
    };
    worker.onmessageerror = giveUp;
    return worker;
  };

  return {
    start,
    call(input, message) {
      const w = start();
      if (!w) return here(input);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { input, resolve, reject });
        w.postMessage({ ...message, id });
      });
    },
  };
}
