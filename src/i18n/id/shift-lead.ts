/** Shift definition and the shift lead's tools on this tablet, in Bahasa Indonesia. */
export const shiftLead = {
  shifts: {
    error: {
      format: 'Jam mulai shift ditulis JJ:MM, misalnya 07:00.',
      order: 'Jam mulai shift harus berurutan dalam sehari dan tidak boleh sama.',
      count: 'Checkpoint memiliki 1 sampai 4 shift.',
    },
    editor: {
      title: 'Jam mulai shift',
      help: 'Dipakai untuk rekap hitungan dan ekspor mulai sekarang. 1 sampai 4 shift, berurutan dalam sehari.',
      start: 'Mulai shift {n}',
      add: 'Tambah shift',
      remove: 'Hapus shift {n}',
      save: 'Simpan jam shift',
      saved: 'Jam shift disimpan: {starts}.',
      problem: 'Shift {n}: {message}',
    },
  },
  exportFields: {
    sex: { female: 'Perempuan', male: 'Laki-laki', nonspecified: 'Tidak disebutkan' },
    machineColumn: '{header} (kode mesin)',
  },
  shiftLead: {
    officers: {
      unknown: 'Petugas ini tidak terdaftar di tablet ini.',
      lastLead:
        'Ketua regu aktif terakhir tidak dapat dinonaktifkan. Tambahkan ketua regu lain terlebih dahulu.',
      inactive:
        'Petugas ini sudah dinonaktifkan di tablet ini. Minta ketua regu mendaftarkan ulang bila perlu.',
      active: 'Aktif',
      inactiveBadge: 'Nonaktif',
      mustSetPin: 'Menunggu PIN baru',
      deactivate: 'Nonaktifkan {id}',
      deactivateConfirm:
        'Nonaktifkan {id}? Petugas ini tidak dapat masuk lagi di tablet ini. Data yang sudah disimpan tetap ada.',
      deactivateYes: 'Ya, nonaktifkan',
      deactivated: 'Petugas {id} dinonaktifkan.',
      resetPinShort: 'Reset PIN',
      deactivateShort: 'Nonaktifkan',
      resetPin: 'Reset PIN {id}',
      resetHelp: 'Konfirmasi dengan PIN Anda. Petugas masuk dengan kode sekali pakai lalu membuat PIN baru.',
      resetSubmit: 'Buat kode sekali pakai',
      resetDone:
        'Kode sekali pakai untuk {id}: {code}. Berikan langsung kepada petugas; kode tidak ditampilkan lagi.',
      cancel: 'Batal',
    },
    reset: {
      newPinNeeded: 'PIN Anda direset oleh ketua regu. Buat PIN baru untuk masuk.',
      title: 'Buat PIN baru',
      code: 'Kode sekali pakai dari ketua regu',
      next: 'PIN baru (6–12 angka)',
      repeat: 'Ulangi PIN baru',
      submit: 'Simpan PIN dan masuk',
    },
    purge: {
      leadOnly: 'Hanya ketua regu yang dapat menghapus data sesuai retensi.',
      confirm:
        'Hapus sekarang identitas penyaringan CLEAR dari shift yang sudah berakhir dan penyaringan bertanda yang sudah diterima pusat lebih dari 7 hari? Jumlahnya tetap disimpan. Tindakan ini tidak dapat dibatalkan dan dicatat di jejak audit.',
      yes: 'Ya, hapus sekarang',
      cancel: 'Batal',
    },
  },
};
