/** Checklist, scoring, decision and catalogue strings in Bahasa Indonesia. */
export const checklist = {
  checklist: {
    category: {
      document: 'Dokumen',
      travel: 'Perjalanan',
      interview: 'Wawancara',
      behaviour: 'Perilaku',
      companion: 'Pendamping',
      watchlist: 'Daftar pantauan',
    },
    answer: { yes: 'Ya', no: 'Tidak', unknown: 'Tidak tahu' },
    redFlag: 'Tanda bahaya',
    weight: 'Bobot {weight}',
    outcome: {
      CLEAR: 'Lanjut / dipersilakan berangkat',
      CLEAR_ADVISED: 'Lanjut + edukasi migrasi aman',
      INTERVIEW: 'Wawancara/pemeriksaan lanjutan (ruang supervisor)',
      REFER_BP3MI: 'Diserahkan ke BP3MI (pendampingan, shelter, verifikasi SISKOP2MI)',
      REFER_LAW_ENFORCEMENT: 'Diteruskan ke Polri/Satgas TPPO',
      PROPOSE_WATCH: 'Usulan pencegahan/daftar atensi',
      DELAY_DEPARTURE: 'Penundaan keberangkatan',
      PASSPORT_WITHDRAWN: 'Paspor ditarik sementara (tanda terima)',
    },
    reason: {
      redFlagYes: '{count} tanda bahaya dijawab Ya: serahkan ke BP3MI (minimal) dan beri tahu supervisor.',
      redFlagUnknown: '{count} tanda bahaya dijawab Tidak tahu: perlu wawancara lanjutan.',
      scoreClear: 'Skor {score} (0–2): tidak ada cukup indikator untuk pemeriksaan lanjutan.',
      scoreInterview: 'Skor {score} (3–5) dari {count} indikator: perlu wawancara lanjutan.',
      scoreRefer: 'Skor {score} (6 atau lebih) dari {count} indikator: serahkan ke BP3MI.',
      profileOnly:
        '{count} jawaban hanya berdasar profil (usia, asal daerah) belum dihitung: profil saja tidak boleh menentukan hasil.',
      considerLawEnforcement: 'Perekrut cocok dengan daftar: pertimbangkan meneruskan ke Polri/Satgas TPPO.',
      unanswered: '{count} pertanyaan belum dijawab (dihitung sebagai Tidak).',
    },
    decision: {
      proposalOnly:
        'Hanya usulan: keputusan pencegahan ada pada Menteri (Imipas) atas permintaan instansi berwenang.',
      notifySupervisor: 'Tanda bahaya dijawab Ya: beri tahu supervisor.',
      error: {
        outcomeNotAllowed: 'Hasil ini hanya dapat diputuskan oleh petugas Imigrasi.',
        passportNotAllowed: 'Hanya petugas Imigrasi yang dapat menarik paspor.',
        passportNeedsDelay: 'Paspor hanya dapat ditarik bersama penundaan keberangkatan.',
        receiptRequired: 'Isi nomor tanda terima penarikan paspor.',
        receiptTooLong: 'Nomor tanda terima terlalu panjang (maksimal {max} karakter).',
        noteRequiredBelow: 'Hasil ini di bawah rekomendasi: tulis catatan singkat alasannya.',
        noteRequired: 'Tulis catatan singkat untuk hasil ini.',
        noteTooLong: 'Catatan terlalu panjang: {length} karakter, maksimal {max}.',
      },
    },
    prefill: {
      minor:
        'Usia {age} tahun menurut paspor: tanyakan apakah bepergian dengan orang tua/wali dan apakah akan bekerja.',
      highRiskDestination: 'Tujuan akhir {destination} berada di negara berisiko ({country}).',
      moratoriumDestination:
        'Tujuan akhir {destination} berada di negara moratorium ({country}): tanyakan apakah akan bekerja di rumah tangga.',
      nameMismatch: 'Nama di boarding pass ({boardingPass}) tidak sama dengan paspor ({passport}).',
      newPassport: 'Paspor terbit {issued}, kurang dari 3 bulan: tanyakan apakah ini paspor pertama.',
      watchlistPassport: 'Nomor paspor tercantum di daftar yang disinkronkan: pastikan di SIMKIM.',
      watchlistName: 'Nama dan tanggal lahir mirip entri daftar ({confidence}%): pastikan di SIMKIM.',
      recruiterContact: 'Telepon/akun {name} cocok dengan daftar perekrut ilegal.',
      recruiterName: 'Nama {name} mirip dengan daftar perekrut ilegal ({confidence}%): pastikan.',
      sendingArea: 'Asal daerah sedang menjadi atensi (fakta profil, tidak menentukan sendiri).',
      warning: {
        passportExpired: 'Paspor sudah habis berlaku ({expiry}).',
        passportExpiring: 'Paspor habis berlaku {expiry}, kurang dari {months} bulan lagi.',
        atensi: 'Penumpang mungkin tercantum di daftar atensi: periksa sebelum memutuskan.',
      },
    },
  },
  catalogue: {
    error: {
      notNewer: 'Katalog yang diterima tidak lebih baru dari yang sedang dipakai; tidak diganti.',
      invalid: 'Berkas katalog indikator tidak valid; katalog yang sedang dipakai tidak diganti.',
    },
  },
};
