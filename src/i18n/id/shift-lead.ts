/** Shift definition and the shift lead's tools on this tablet, in Bahasa Indonesia. */
export const shiftLead = {
  shifts: {
    error: {
      format: 'Jam mulai shift harus tiga waktu JJ:MM, misalnya 07:00, 15:00, 23:00.',
      order: 'Jam mulai shift harus berurutan: pagi, lalu siang, lalu malam.',
    },
  },
  exportFields: {
    sex: { female: 'Perempuan', male: 'Laki-laki', nonspecified: 'Tidak disebutkan' },
    machineColumn: '{header} (kode mesin)',
  },
};
