import type { checklist as source } from '../id/checklist.ts';
import type { Messages } from '../message-types.ts';

/** Checklist, scoring, decision and catalogue strings in English. */
export const checklist: Messages<typeof source> = {
  checklist: {
    category: {
      document: 'Documents',
      travel: 'Travel',
      interview: 'Interview',
      behaviour: 'Behaviour',
      companion: 'Companion',
      watchlist: 'Watchlists',
    },
    answer: { yes: 'Yes', no: 'No', unknown: 'Unknown' },
    redFlag: 'Red flag',
    weight: 'Weight {weight}',
    outcome: {
      CLEAR: 'Clear to depart',
      CLEAR_ADVISED: 'Clear + safe-migration advice',
      INTERVIEW: 'Further interview (supervisor room)',
      REFER_BP3MI: 'Refer to BP3MI (support, shelter, SISKOP2MI check)',
      REFER_LAW_ENFORCEMENT: 'Refer to police / TPPO task force',
      PROPOSE_WATCH: 'Propose exit ban / attention list',
      DELAY_DEPARTURE: 'Delay departure',
      PASSPORT_WITHDRAWN: 'Passport temporarily withdrawn (receipt)',
    },
    reason: {
      redFlagYes: '{count} red flag(s) answered yes: refer to BP3MI at least, and tell the supervisor.',
      redFlagUnknown: '{count} red flag(s) answered unknown: a further interview is needed.',
      scoreClear: 'Score {score} (0–2): not enough indicators for a further check.',
      scoreInterview: 'Score {score} (3–5) from {count} indicator(s): a further interview is needed.',
      scoreRefer: 'Score {score} (6 or more) from {count} indicator(s): refer to BP3MI.',
      profileOnly:
        '{count} answer(s) resting only on profile facts (age, origin) not counted: a profile alone must not decide.',
      considerLawEnforcement:
        'A recruiter matches the list: consider referring to the police / TPPO task force.',
      unanswered: '{count} question(s) not answered (counted as no).',
    },
    decision: {
      proposalOnly:
        'A proposal only: an exit ban is decided by the Minister (Imipas) on a competent agency’s request.',
      notifySupervisor: 'A red flag was answered yes: tell the supervisor.',
      error: {
        outcomeNotAllowed: 'Only an immigration officer may decide this outcome.',
        passportNotAllowed: 'Only an immigration officer may withdraw a passport.',
        passportNeedsDelay: 'A passport can only be withdrawn with a departure delay.',
        receiptRequired: 'Enter the passport withdrawal receipt number.',
        receiptTooLong: 'The receipt number is too long (at most {max} characters).',
        noteRequiredBelow: 'This outcome is below the recommendation: write a short note why.',
        noteRequired: 'Write a short note for this outcome.',
        noteTooLong: 'The note is too long: {length} characters, at most {max}.',
      },
    },
    prefill: {
      minor:
        'Aged {age} by the passport: ask whether travelling with a parent/guardian and whether they will work.',
      highRiskDestination: 'Final destination {destination} is in a high-risk country ({country}).',
      moratoriumDestination:
        'Final destination {destination} is in a moratorium country ({country}): ask whether they will do domestic work.',
      nameMismatch: 'Boarding-pass name ({boardingPass}) differs from the passport ({passport}).',
      newPassport: 'Passport issued {issued}, less than 3 months ago: ask whether it is the first one.',
      watchlistPassport: 'The passport number is on a synced list: confirm in SIMKIM.',
      watchlistName: 'Name and birth date resemble a list entry ({confidence}%): confirm in SIMKIM.',
      recruiterContact: 'The phone/handle of {name} matches the illegal-recruiter list.',
      recruiterName: 'The name {name} resembles the illegal-recruiter list ({confidence}%): confirm.',
      sendingArea: 'Home area is under a sending-area alert (a profile fact; never decides alone).',
      warning: {
        passportExpired: 'The passport has expired ({expiry}).',
        passportExpiring: 'The passport expires {expiry}, in less than {months} months.',
        atensi: 'The passenger may be on the attention list: check before deciding.',
      },
    },
  },
  catalogue: {
    error: {
      notNewer: 'The catalogue received is not newer than the one in use; it was not replaced.',
      invalid: 'The indicator catalogue file is not valid; the catalogue in use was not replaced.',
    },
  },
};
