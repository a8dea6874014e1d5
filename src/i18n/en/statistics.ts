import type { Messages } from '../message-types.ts';
import type { statsMessages as source } from '../id/statistics.ts';

/** Statistics across checkpoints (/pusat/statistik) in English. */
export const statsMessages: Messages<typeof source> = {
  stats: {
    title: 'Statistics across checkpoints',
    intro:
      'Passengers screened per week or per month (WIB days). Cleared counts come from the shift totals the tablets upload (no identities); flagged counts from the case records, each record once as its newest revision stands.',
    form: 'Statistics period',
    from: 'From',
    to: 'To',
    granularity: 'Grouped by',
    week: 'Week (Monday–Sunday)',
    month: 'Month',
    airport: 'Airport (IATA code, empty = all)',
    airportHelp: 'For example PLM or CGK.',
    airportInvalid: 'Type an airport code of 3 or 4 letters, for example PLM.',
    show: 'Show',
    loading: 'Counting…',
    download: 'Download CSV',
    downloadHelp:
      'The CSV file holds the same figures, one row per period and count; the download is written to the audit log.',
    empty: 'No screening was recorded in this period.',
    shown: 'Period {from} – {to}, {airport}.',
    allAirports: 'all airports',
    total: {
      screened: 'Screened',
      clear: 'Cleared',
      clearAdvised: 'Cleared + advised',
      flagged: 'Flagged',
    },
    col: {
      period: 'Period',
      total: 'Total',
      share: 'Share of flagged',
      place: 'Airport / checkpoint',
      destination: 'Destination country',
      district: 'Home district',
      indicator: 'Indicator',
    },
    chart: {
      outcomes: 'Screenings per period by outcome',
      destinations: 'Top destination countries (flagged passengers)',
      districts:
        'Top home districts (flagged passengers): where village programmes such as Desa Migran Emas should go',
      indicators: 'Indicators most often answered "Yes" (flagged passengers)',
      checkpoints: 'Screenings per checkpoint and period',
    },
    notStated: 'Not stated',
    flaggedOnly:
      'Destination, home district and indicators are recorded for flagged passengers only; cleared passengers are only counted.',
    weekLabel: '{start}–{end}',
  },
};
