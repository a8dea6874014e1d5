/** What the scan screen says about a passport seen before on this tablet, in Bahasa Indonesia. */
export const seenBefore = {
  seenBefore: {
    title: 'Riwayat paspor ini',
    checking: 'Memeriksa riwayat paspor ini di tablet ini…',
    none: 'Belum pernah diperiksa di tablet ini dan tidak ada di daftar pantauan.',
    failed: 'Riwayat paspor ini tidak dapat diperiksa. Lanjutkan pemeriksaan seperti biasa.',
    repeated:
      'Paspor ini sudah diperiksa {count} kali hari ini — ini pemeriksaan ke-{visit}. Tanyakan mengapa penumpang kembali.',
    todayTitle: 'Sudah diperiksa hari ini',
    flaggedTitle: 'Pernah ditandai sebelumnya',
    visit: '{when} · {outcome} · oleh {officer}',
    watchlistTitle: 'Tercantum di daftar pantauan dari pusat',
    watchlistHit: '{kind}: {name} · {reason}',
    handlersTitle: 'Orang terkait yang juga mendampingi penumpang lain',
    handler: '{name} ({role}) mendampingi {count} penumpang lain di tablet ini, terakhir {when}.',
    handlerWatchlist: 'Juga tercantum di daftar perekrut dari pusat.',
    kind: {
      cegah: 'Daftar pencegahan',
      atensi: 'Daftar atensi',
      prior_pmi_np: 'Pernah ditunda sebagai terduga PMI-NP',
      recruiter: 'Daftar perekrut',
    },
    reason: {
      passportNumber: 'nomor paspor sama',
      nameAndBirthDate: 'nama dan tanggal lahir mirip ({confidence}%)',
      phone: 'nomor telepon sama',
      socialHandle: 'akun media sosial sama',
      name: 'nama mirip ({confidence}%)',
    },
  },
};
