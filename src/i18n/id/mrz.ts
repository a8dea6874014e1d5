/** Passport/ID/visa machine-readable zone messages in Bahasa Indonesia. */
export const mrz = {
  mrz: {
    error: {
      empty: 'Tidak ada teks MRZ.',
      lineCount: 'MRZ harus terdiri atas 2 atau 3 baris.',
      lineLength:
        'Panjang baris MRZ tidak sesuai format dokumen mana pun (3×30, 2×36 atau 2×44 karakter, semua baris sama panjang).',
      invalidCharacter: 'MRZ hanya boleh berisi huruf A–Z, angka 0–9 dan tanda <.',
    },
    field: {
      documentNumber: 'nomor dokumen',
      birthDate: 'tanggal lahir',
      expirationDate: 'tanggal habis berlaku',
      personalNumber: 'nomor pribadi',
      composite: 'gabungan',
    },
    checkFailed: 'Digit pemeriksa {field} tidak cocok — periksa kembali karakter yang terbaca.',
    checkPassed: 'Digit pemeriksa {field} cocok.',
    corrected:
      'Karakter baris {line} kolom {column} dikoreksi dari {from} menjadi {to} (dibuktikan digit pemeriksa).',
    fact: {
      expired: 'Paspor sudah habis masa berlakunya.',
      expiresWithin6Months: 'Paspor habis berlaku dalam 6 bulan.',
      unknownIssuingState: 'Kode negara penerbit tidak dikenal ICAO.',
      unknownNationality: 'Kode kewarganegaraan tidak dikenal ICAO.',
    },
  },
};
