import { useEffect, useState } from 'preact/hooks';
import { onPwaState, pwaState, type PwaState } from '../../pwa/register-sw.ts';

/** The service worker's offline/update state. */
export function usePwaState(): PwaState {
  const [state, setState] = useState(pwaState);
  useEffect(() => onPwaState(setState), []);
  return state;
}
