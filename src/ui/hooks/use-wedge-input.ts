import { useLayoutEffect, useRef } from 'preact/hooks';
import { WedgeDetector, type WedgeHooks, type WedgeRead } from '../../scanning/wedge-detector.ts';

/** Whether the keyboard is currently typing into a field of the page (then the wedge must not listen). */
function typingIntoField(): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return false;
  return active.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(active.tagName);
}

/**
 * Listens on the whole document for a desk reader or barcode scanner typing a document; calls `onRead` per read,
 * `onBurst` when a reader starts typing and `onReject` when its burst held no document.
 */
export function useWedgeInput(onRead: (read: WedgeRead) => void, hooks: WedgeHooks = {}): void {
  const latest = useRef({ onRead, hooks });
  latest.current = { onRead, hooks };
  // Layout effect: the listener is attached before the screen is painted, so a reader's first keys are never missed.
  useLayoutEffect(() => {
    const detector = new WedgeDetector(
      (read) => latest.current.onRead(read),
      {},
      {
        onBurst: () => latest.current.hooks.onBurst?.(),
        onReject: (rejection) => latest.current.hooks.onReject?.(rejection),
      },
    );
    const IDLE_MS = 510;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingIntoField()) {
        detector.reset();
        return;
      }
      const time = event.timeStamp;
      // Enter or Space from a reader must not press whatever button happens to have focus.
      if (detector.key(event.key, time) && (event.key === 'Enter' || event.key === ' '))
        event.preventDefault();
      clearTimeout(timer);
      // The quiet time is measured from when this key was handled, not from its time stamp: on a busy tablet keys
      // wait in a queue, and a timer judging the burst between two of them would drop the read.
      const handledAt = performance.now();
      timer = setTimeout(() => detector.idle(time + (performance.now() - handledAt)), IDLE_MS);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, []);
}
