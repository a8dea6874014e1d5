import { combineReadings, decideText, sameUnchecked, textOf, type MrzReading } from './read-mrz.ts';

/** How many recent frames are combined. */
const KEEP = 6;

/**
 * Frames of a camera, one reading after another: `add` returns the MRZ text as soon as the newest frame alone, or
 * the last few combined, gives a certain reading (exactly one candidate passes every check digit, its unchecked
 * fields are values ICAO allows read by a clear margin) whose unchecked fields at least two frames read alike.
 */
export function mrzFrames(keep = KEEP): { add: (reading: MrzReading | null) => string | null } {
  const readings: MrzReading[] = [];
  return {
    add(reading) {
      if (!reading) return null;
      readings.push(reading);
      if (readings.length > keep) readings.shift();
      for (const candidate of [reading, readings.length > 1 ? combineReadings(readings) : null]) {
        const decided = candidate && decideText(candidate);
        if (!decided?.certain) continue;
        // The cells no check digit covers must read the same in at least two frames of their own.
        const agreeing = readings.filter((each) => sameUnchecked(decided.lines, textOf(each))).length;
        if (agreeing >= 2) return decided.lines.join('\n');
      }
      return null;
    },
  };
}
