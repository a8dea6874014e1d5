/** What a keyboard-wedge reader typed: passport MRZ lines or a boarding-pass barcode string. */
export type WedgeRead = { kind: 'mrz'; text: string } | { kind: 'bcbp'; text: string };

/** Why a burst that came at reader speed was not taken as a document (i18n keys). */
export type WedgeRejection = {
  reason: 'scan.wedge.mrzIncomplete' | 'scan.wedge.unrecognised';
  /** How many characters the burst held. */
  length: number;
};

/** Tuning of the detector; defaults suit desk passport readers and handheld barcode scanners. */
export type WedgeOptions = {
  /** Longest gap between two keys of one line, in ms; a slower key starts a new burst. */
  maxGapMs: number;
  /** Longest gap after an Enter, in ms: desk readers pause between the MRZ lines (~300 ms seen). */
  lineGapMs: number;
  /** Largest median gap of a burst, in ms (readers type well under ~30 ms a character, a busy tablet slows them). */
  maxMedianGapMs: number;
  /** Quiet time after the last key before a burst without a final Enter is judged, in ms. */
  idleMs: number;
};

/** What the detector tells besides reads: a reader burst began, or one ended without a document. */
export type WedgeHooks = {
  onBurst?: () => void;
  onReject?: (rejection: WedgeRejection) => void;
};

// A busy tablet (a render, a GC) can hold a reader's key for a few hundred ms: a gap that long does not end the
// burst, since the median gap, not the longest, tells a reader from a person.
const DEFAULTS: WedgeOptions = { maxGapMs: 300, lineGapMs: 450, maxMedianGapMs: 60, idleMs: 500 };
// Fewer characters than this at reader speed is a stray key or two, not a failed read.
const MIN_REJECTED_LENGTH = 12;
const MRZ_LINE = /^[A-Z0-9<]+$/;
// A BCBP starts with the format code M, the number of legs (1-4) and a 20-character name field.
const BCBP_START = /^M[1-4].{20}[E ]/;

/** Whether lines have the shape of an ICAO MRZ: 2×44, 2×36 or 3×30 characters of A-Z, 0-9 and '<'. */
export function looksLikeMrz(lines: readonly string[]): boolean {
  if (!lines.every((line) => MRZ_LINE.test(line))) return false;
  const lengths = lines.map((line) => line.length).join(',');
  return lengths === '44,44' || lengths === '36,36' || lengths === '30,30,30';
}

/** Whether a string has the shape of an IATA boarding-pass barcode (mandatory part at least). */
export function looksLikeBcbp(text: string): boolean {
  return text.length >= 58 && BCBP_START.test(text);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Infinity;
}

/**
 * Tells a keyboard-wedge reader from a person by the speed and steadiness of the keys and the shape of what was typed.
 * Feed it every key with its time; it calls `onRead` once per recognised document and swallows nothing itself.
 */
export class WedgeDetector {
  private readonly options: WedgeOptions;
  private text = '';
  private gaps: number[] = [];
  private lastTime: number | null = null;
  private announced = false;

  constructor(
    private readonly onRead: (read: WedgeRead) => void,
    options: Partial<WedgeOptions> = {},
    private readonly hooks: WedgeHooks = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Handles one key (`KeyboardEvent.key`) pressed at `time` ms; true once it is surely part of a reader's burst. */
  key(key: string, time: number): boolean {
    if (this.lastTime !== null) {
      const limit = this.text.endsWith('\n') ? this.options.lineGapMs : this.options.maxGapMs;
      // Too slow for the same burst: the one before is over, judged as it stands.
      if (time - this.lastTime > limit) this.end();
    }
    if (this.lastTime !== null) this.gaps.push(time - this.lastTime);
    this.lastTime = time;
    if (key === 'Enter') {
      this.text += '\n';
      this.judge(false);
    } else if (key.length === 1) {
      this.text += key;
    } else if (key !== 'Shift') {
      // Arrows, Backspace, Tab…: a person is at the keyboard.
      this.reset();
      return false;
    }
    const surely = this.gaps.length >= 8 && this.isFast();
    if (surely && !this.announced) {
      this.announced = true;
      this.hooks.onBurst?.();
    }
    return surely;
  }

  /** Tells the detector that `time` ms have passed with no key: judges a burst that ended without Enter. */
  idle(time: number): void {
    if (this.lastTime !== null && time - this.lastTime >= this.options.idleMs) this.end();
  }

  /** Forgets the current burst. */
  reset(): void {
    this.text = '';
    this.gaps = [];
    this.lastTime = null;
    this.announced = false;
  }

  private end(): void {
    this.judge(true);
    this.reset();
  }

  private isFast(): boolean {
    if (this.gaps.length < 4) return this.gaps.every((gap) => gap <= this.options.maxGapMs);
    // Pauses between lines are the reader waiting, not typing: only the keys within lines tell its speed.
    return median(this.gaps.filter((gap) => gap <= this.options.maxGapMs)) <= this.options.maxMedianGapMs;
  }

  // Called on each Enter (final=false) and once the burst is over (final=true): a read, or at the end a reason.
  private judge(final: boolean): void {
    const lines = this.text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    const length = lines.join('').length;
    if (length < MIN_REJECTED_LENGTH || !this.isFast()) {
      if (final) this.reset();
      return;
    }
    const mrzLines =
      lines.slice(-3).length === 3 && looksLikeMrz(lines.slice(-3)) ? lines.slice(-3) : lines.slice(-2);
    if (looksLikeMrz(mrzLines)) {
      this.onRead({ kind: 'mrz', text: mrzLines.join('\n') });
      this.reset();
      return;
    }
    const whole = this.text.replace(/\n+$/, '');
    if (!whole.includes('\n') && looksLikeBcbp(whole)) {
      this.onRead({ kind: 'bcbp', text: whole });
      this.reset();
      return;
    }
    // An Enter inside an MRZ that is not complete yet: keep listening. At the end, say why nothing was read.
    if (!final) return;
    const mrzLike = lines.every((line) => MRZ_LINE.test(line)) && lines.some((line) => line.length >= 30);
    this.hooks.onReject?.({
      reason: mrzLike ? 'scan.wedge.mrzIncomplete' : 'scan.wedge.unrecognised',
      length,
    });
    this.reset();
  }
}
