// Item numbering rules: which item numbers may follow which ("4" after "3", "4a" after "4", "(ii)" after "(i)").

import { letterValue, romanValue, type ItemMarker } from './itemNumbers';
import { isDescription } from './text';

export type ListMode = 'agenda' | 'minutes';

export interface Sequence {
  major?: number;
  /** Highest decimal minor / letter / roman seen under the current major (and current letter). */
  minor: number;
  letter: number;
  roman: number;
  letterNumber?: string;
  /** Lettered sections ("A1", "A2", "B1"): the current section (A = 1) and the last number in it. */
  section?: number;
  sectionMajor?: number;
}

export interface Accepted {
  number: string;
  parent?: string;
  major: number;
}

/**
 * Accept a marker if it continues the numbering (advancing `seq`), else undefined. Agenda numbers
 * may skip a few; minutes go up one (or two) at a time; a bare number alone on a line must be the
 * next one; letters and roman numerals must run in order under their item.
 */
export function accept(marker: ItemMarker, seq: Sequence, mode: ListMode): Accepted | undefined {
  const last = seq.major;
  // A list numbered by sections ("A1", "B1") does not mix with plain numbers: a "1." after it is a paragraph.
  if (seq.section !== undefined && marker.kind !== 'sectioned') return undefined;
  switch (marker.kind) {
    case 'sectioned': {
      if (mode === 'minutes' || last !== undefined) return undefined;
      const section = marker.section.charCodeAt(0) - 64;
      if (seq.section === undefined) {
        if (section > 2 || marker.major > 2) return undefined;
      } else if (section === seq.section) {
        const gap = marker.major - (seq.sectionMajor ?? 0);
        if (gap < 1 || gap > 3) return undefined;
      } else if (section < seq.section || section - seq.section > 2 || marker.major > 2) return undefined;
      seq.section = section;
      seq.sectionMajor = marker.major;
      return { number: `${marker.section}${marker.major}`, major: marker.major };
    }
    case 'top': {
      const bareLine = marker.loose && marker.rest === '';
      if (last === undefined) {
        if (bareLine && marker.major !== 1) return undefined;
        if (marker.loose && marker.major > 20) return undefined;
        // Minutes run on through a council's year: "283. Apologies".
        if (marker.major > (mode === 'minutes' ? 999 : 300)) return undefined;
      } else {
        const gap = marker.major - last;
        const maxGap = bareLine ? 1 : mode === 'minutes' || marker.loose ? 2 : 5;
        if (gap < 1 || gap > maxGap) return undefined;
      }
      if (mode === 'minutes' && isDescription(marker.rest)) return undefined;
      seq.major = marker.major;
      seq.minor = 0;
      seq.letter = 0;
      seq.roman = 0;
      seq.letterNumber = undefined;
      return { number: String(marker.major), major: marker.major };
    }
    case 'decimal': {
      if (mode === 'minutes') return undefined;
      if (last === marker.major) {
        if (marker.minor <= seq.minor || marker.minor > seq.minor + 3) return undefined;
      } else {
        if (last !== undefined && (marker.major < last || marker.major - last > 5)) return undefined;
        if (marker.minor > 2) return undefined;
        seq.major = marker.major;
        seq.letter = 0;
        seq.roman = 0;
        seq.letterNumber = undefined;
      }
      seq.minor = marker.minor;
      return { number: `${marker.major}.${marker.minor}`, parent: String(marker.major), major: marker.major };
    }
    case 'lettered': {
      if (mode === 'minutes') return undefined;
      const pos = letterValue(marker.letter);
      if (last === marker.major) {
        if (pos <= seq.letter || pos > seq.letter + 3) return undefined;
      } else {
        if (last !== undefined && (marker.major < last || marker.major - last > 5)) return undefined;
        if (pos > 2) return undefined;
        seq.major = marker.major;
        seq.minor = 0;
      }
      seq.letter = pos;
      seq.roman = 0;
      const number = `${marker.major}${marker.letter}`;
      seq.letterNumber = number;
      return { number, parent: String(marker.major), major: marker.major };
    }
    case 'sub': {
      if (mode === 'minutes' || last === undefined) return undefined;
      const lv = letterValue(marker.token);
      const rv = romanValue(marker.token);
      if (lv > 0 && lv === seq.letter + 1) {
        seq.letter = lv;
        seq.roman = 0;
        const number = `${last}${marker.token}`;
        seq.letterNumber = number;
        return { number, parent: String(last), major: last };
      }
      if (rv > 0 && rv === seq.roman + 1) {
        seq.roman = rv;
        const parent = seq.letterNumber ?? String(last);
        return { number: `${parent}(${marker.token})`, parent, major: last };
      }
      return undefined;
    }
  }
}

export function newSequence(): Sequence {
  return { minor: 0, letter: 0, roman: 0 };
}
