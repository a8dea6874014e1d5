import { describe, expect, it } from 'vitest';
import {
  WedgeDetector,
  looksLikeBcbp,
  looksLikeMrz,
  type WedgeRead,
  type WedgeRejection,
} from '../../../src/scanning/wedge-detector.ts';

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
];
const BCBP = 'M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100';

/** Feeds keys with the given gaps (ms) between them; returns what the detector recognised. */
function type(
  keys: string[],
  gap: (index: number) => number,
  options = {},
): { reads: WedgeRead[]; end: number } {
  const reads: WedgeRead[] = [];
  const detector = new WedgeDetector((read) => reads.push(read), options);
  let time = 1000;
  keys.forEach((key, index) => {
    time += gap(index);
    detector.key(key, time);
  });
  detector.idle(time + 500);
  return { reads, end: time };
}

const keysOf = (lines: string[], finalEnter = true): string[] => [
  ...lines.flatMap((line, index) => [...line, ...(index < lines.length - 1 || finalEnter ? ['Enter'] : [])]),
];

describe('WedgeDetector', () => {
  it('recognises a desk reader typing a TD3 passport MRZ at 10 ms a key', () => {
    const { reads } = type(keysOf(TD3), () => 10);
    expect(reads).toEqual([{ kind: 'mrz', text: TD3.join('\n') }]);
  });

  it('recognises a three-line ID card MRZ, also without a final Enter', () => {
    const { reads } = type(keysOf(TD1, false), (i) => 8 + (i % 5));
    expect(reads).toEqual([{ kind: 'mrz', text: TD1.join('\n') }]);
  });

  it('recognises a handheld scanner typing a boarding pass, with jittery but fast timing', () => {
    const { reads } = type([...BCBP, 'Enter'], (i) => (i % 7 === 0 ? 45 : 12));
    expect(reads).toEqual([{ kind: 'bcbp', text: BCBP }]);
  });

  it('ignores the same MRZ typed by a person at human speed', () => {
    const { reads } = type(keysOf(TD3), (i) => 110 + (i % 3) * 40);
    expect(reads).toEqual([]);
  });

  it('ignores a fast typist whose median gap is above reader speed', () => {
    const { reads } = type(keysOf(TD3), (i) => (i % 2 === 0 ? 55 : 70));
    expect(reads).toEqual([]);
  });

  it('ignores fast keys that do not form a document (wrong line length)', () => {
    const { reads } = type(keysOf([TD3[0]!, TD3[1]!.slice(0, 40)]), () => 10);
    expect(reads).toEqual([]);
  });

  it('starts over after a pause, so a burst after human keys still reads', () => {
    const reads: WedgeRead[] = [];
    const detector = new WedgeDetector((read) => reads.push(read));
    let time = 0;
    for (const key of 'ABC') detector.key(key, (time += 300));
    time += 1000;
    for (const key of keysOf(TD3)) detector.key(key, (time += 9));
    expect(reads).toEqual([{ kind: 'mrz', text: TD3.join('\n') }]);
  });

  it('says a key is part of a reader burst only once the burst is fast and long enough', () => {
    const detector = new WedgeDetector(() => undefined);
    const answers = [...'P<UTOERIKSS'].map((key, i) => detector.key(key, 100 + i * 10));
    expect(answers.slice(0, 8).every((answer) => !answer)).toBe(true);
    expect(answers.at(-1)).toBe(true);
  });
});

describe('every reader burst ends in a read or a reason', () => {
  /** Feeds keys at 10 ms, with `pauseMs` after each Enter; returns reads and rejections. */
  function burst(keys: string[], pauseMs = 10) {
    const reads: WedgeRead[] = [];
    const rejected: WedgeRejection[] = [];
    let bursts = 0;
    const detector = new WedgeDetector(
      (read) => reads.push(read),
      {},
      { onReject: (r) => rejected.push(r), onBurst: () => (bursts += 1) },
    );
    let time = 1000;
    keys.forEach((key, i) => {
      time += i > 0 && keys[i - 1] === 'Enter' ? pauseMs : 10;
      detector.key(key, time);
    });
    detector.idle(time + 1000);
    return { reads, rejected, bursts };
  }

  it('assembles one read when the reader pauses 300 ms between the two MRZ lines', () => {
    expect(burst(keysOf(TD3), 300).reads).toEqual([{ kind: 'mrz', text: TD3.join('\n') }]);
    expect(burst(keysOf(TD3, false), 300).reads).toEqual([{ kind: 'mrz', text: TD3.join('\n') }]);
  });

  it('says a fast garbage burst was not a document, and announces the burst when it starts', () => {
    const { reads, rejected, bursts } = burst([...'#$%^&*()qwertyuiop[]asdfgh']);
    expect(reads).toEqual([]);
    expect(rejected).toEqual([{ reason: 'scan.wedge.unrecognised', length: 26 }]);
    expect(bursts).toBe(1);
  });

  it('says an MRZ arrived incomplete when a line is missing or cut', () => {
    expect(burst(keysOf([TD3[0]!])).rejected).toEqual([{ reason: 'scan.wedge.mrzIncomplete', length: 44 }]);
    expect(burst(keysOf([TD3[0]!, TD3[1]!.slice(0, 40)])).rejected).toEqual([
      { reason: 'scan.wedge.mrzIncomplete', length: 84 },
    ]);
  });

  it('says nothing about a stray key or two, or about a person typing', () => {
    expect(burst([...'ab']).rejected).toEqual([]);
    const rejected: WedgeRejection[] = [];
    const detector = new WedgeDetector(() => undefined, {}, { onReject: (r) => rejected.push(r) });
    [...'hello this is a person typing'].forEach((key, i) => detector.key(key, 1000 + i * 100));
    detector.idle(10_000);
    expect(rejected).toEqual([]);
  });
});

describe('document shapes', () => {
  it('accepts the three MRZ layouts and nothing else', () => {
    expect(looksLikeMrz(TD3)).toBe(true);
    expect(looksLikeMrz(TD1)).toBe(true);
    expect(
      looksLikeMrz(['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6']),
    ).toBe(true);
    expect(looksLikeMrz([TD3[0]!.toLowerCase(), TD3[1]!])).toBe(false);
    expect(looksLikeMrz([TD3[0]!])).toBe(false);
  });

  it('accepts a boarding pass string and rejects other text', () => {
    expect(looksLikeBcbp(BCBP)).toBe(true);
    expect(looksLikeBcbp('M1' + 'x'.repeat(10))).toBe(false);
    expect(looksLikeBcbp('X' + BCBP.slice(1))).toBe(false);
  });
});
