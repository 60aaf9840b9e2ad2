/**
 * Runs `task` every `intervalMs`, each run starting only after the previous one ended (never
 * two at once). The timer does not keep the process alive. Returns what stops it.
 */
export function repeatEvery(
  intervalMs: number,
  task: () => Promise<unknown>,
  onError: (error: unknown) => void,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = (): void => {
    timer = setTimeout(() => {
      task()
        .catch(onError)
        .finally(() => {
          if (!stopped) tick();
        });
    }, intervalMs);
    timer.unref();
  };
  tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
