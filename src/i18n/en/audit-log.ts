import type { Messages } from '../message-types.ts';
import type { auditLog as source } from '../id/audit-log.ts';

/** The console's server audit log screen (/pusat/audit) in English. */
export const auditLog: Messages<typeof source> = {
  auditLog: {
    title: 'Audit log',
    intro:
      'Every case opened, search, export and change by a console user, newest first. Entries are hash-chained: an entry altered or removed shows when the chain is verified.',
    col: { seq: 'No.', at: 'When', actor: 'Who', action: 'Action', subject: 'Subject', detail: 'Detail' },
    system: 'System',
    verify: 'Verify chain',
    verifying: 'Verifying…',
    intact: 'Chain intact: {checked} entries checked.',
    broken: 'Chain broken from entry no. {seq}; the {checked} entries before it are intact.',
    more: 'Load older entries',
    empty: 'The log is empty.',
    start: 'This is the start of the log.',
    action: {
      session_signIn: 'Signed in',
      session_signInFailed: 'Failed sign-in',
      session_signOut: 'Signed out',
      case_open: 'Opened a case',
      case_search: 'Searched cases',
      case_action: 'Case step',
      case_export: 'Exported cases',
      user_create: 'Created an account',
      user_activate: 'Activated an account',
      user_deactivate: 'Deactivated an account',
      user_passwordReset: 'Reset a password',
      user_passwordChange: 'Changed own password',
      conflict_list: 'Viewed the conflict list',
      conflict_open: 'Opened a conflict',
      conflict_resolve: 'Resolved a conflict',
      device_code: 'Tablet enrolment code',
      device_revoke: 'Revoked a tablet',
      retention_purge: 'Retention removal',
      cekal_propose: 'Cekal proposal',
      cekal_approve: 'Approved a cekal',
      cekal_refuse: 'Refused a cekal',
      watchlist_add: 'Added a watchlist entry',
      watchlist_edit: 'Edited a watchlist entry',
      watchlist_end: 'Ended a watchlist entry',
      watchlist_import: 'Watchlist CSV import',
      watchlist_expire: 'Watchlist entries expired',
    },
  },
};
