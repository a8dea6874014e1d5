import type { ZoneCode } from '../time/local-time.ts';

/** The embedded defaults a fresh install starts with, until a device is enrolled (Palembang, SMB II). */
export const DEFAULT_CHECKPOINT = {
  airport: 'PLM',
  checkpoint: 'PRE-XRAY-INTL',
  zone: 'WIB' as ZoneCode,
} as const;
