import { useLayoutEffect, useRef } from 'preact/hooks';
import { WedgeDetector, type WedgeRead } from '../../scanning/wedge-detector.ts';

/** Whether the keyboard is currently typing into a field of the page (then the wedge must not listen). */
function typingIntoField(): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return false;
  return active.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(active.tagName);
}

/** Listens on the whole document for a desk reader or barcode scanner typing a document; calls `onRead` per read. */
export function useWedgeInput(onRead: (read: WedgeRead) => void): void {
  const latest = useRef(onRead);
  latest.current = onRead;
  // Layout effect: the listener is attached before the screen is painted, so a reader's first keys are never missed.
  useLayoutEffect(() => {
    const detector = new WedgeDetector((read) => latest.current(read));
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
      // No key for 150 ms: judge a burst that ended without Enter.
      timer = setTimeout(() => detector.idle(time + 150), 150);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, []);
}
