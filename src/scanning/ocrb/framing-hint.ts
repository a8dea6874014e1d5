import type { MrzFraming } from './read-mrz.ts';

/** What the officer should change when frames go by without a reading. */
export type CameraHint = 'whole' | 'closer' | 'still';

/** How many recent frames a hint is drawn from; fewer than MIN_FRAMES give none (the guide text stays). */
const WINDOW = 6;
const MIN_FRAMES = 4;

/**
 * A hint from the recent frames' framing: most of them with a line cut by the box's edge asks for the whole MRZ in
 * the box, most with characters too small asks to come closer, and an MRZ seen in every frame yet never read for
 * sure asks to hold still and tilt away from glare. Frames without any MRZ give no hint: the guide says what to do.
 */
export function framingHints(window = WINDOW): { add: (framing: MrzFraming) => CameraHint | null } {
  const recent: MrzFraming[] = [];
  return {
    add(framing) {
      recent.push(framing);
      if (recent.length > window) recent.shift();
      if (recent.length < MIN_FRAMES) return null;
      const share = (kind: MrzFraming): number =>
        recent.filter((each) => each === kind).length / recent.length;
      if (share('cut') >= 0.5) return 'whole';
      if (share('small') >= 0.5) return 'closer';
      if (recent.length === window && share('none') === 0) return 'still';
      return null;
    },
  };
}
