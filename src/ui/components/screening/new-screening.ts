import type { Capture } from '../../../core/capture/capture.ts';
import { initialProvenance } from '../../../core/capture/provenance.ts';
import type { OfficerInfo, DeviceInfo } from '../../../core/session/session-info.ts';
import type { Passenger, Screening } from '../../../core/screening/screening-schema.ts';

/** An empty passenger, for manual entry when nothing was scanned. */
export function emptyPassenger(): Passenger {
  return {
    lastName: '',
    firstName: '',
    sex: 'nonspecified',
    birthDate: null,
    nationality: 'IDN',
    passportNumber: '',
    issuingState: 'IDN',
    passportExpiry: null,
    phone: undefined,
  };
}

/** A fresh draft screening from a capture (or blank for manual entry), owned by the signed-in officer and device. */
export function newScreening(options: {
  capture: Capture | null;
  officer: OfficerInfo;
  device: DeviceInfo;
  catalogueVersion: number;
  now: Date;
  id: string;
  groupId?: string;
}): Screening {
  const iso = options.now.toISOString();
  const screening: Screening = {
    id: options.id,
    revision: 1,
    status: 'draft',
    createdAt: iso,
    updatedAt: iso,
    airport: options.device.airport,
    checkpoint: options.device.checkpoint,
    agency: options.officer.agency,
    officerId: options.officer.id,
    deviceId: options.device.id,
    catalogueVersion: options.catalogueVersion,
    passenger: options.capture?.passenger ?? emptyPassenger(),
    provenance: initialProvenance(
      options.capture?.passenger ?? null,
      options.capture?.passportVerified ?? false,
    ),
    flight: options.capture?.flight ?? null,
    answers: {},
    prefilled: {},
    score: 0,
    recommended: 'CLEAR',
    outcome: null,
    passportWithdrawn: false,
    decidedBy: null,
    decidedAt: null,
    note: '',
    linkedPersonIds: [],
  };
  if (options.groupId) screening.groupId = options.groupId;
  return screening;
}
