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
  shiftLead: {
    purge: {
      leadOnly: 'Hanya ketua regu yang dapat menghapus data sesuai retensi.',
      confirm:
        'Hapus sekarang identitas penyaringan CLEAR dari shift yang sudah berakhir dan penyaringan bertanda yang sudah diterima pusat lebih dari 7 hari? Jumlahnya tetap disimpan. Tindakan ini tidak dapat dibatalkan dan dicatat di jejak audit.',
      yes: 'Ya, hapus sekarang',
      cancel: 'Batal',
    },
  },
};
