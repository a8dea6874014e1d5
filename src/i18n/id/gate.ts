/** Officer-at-the-gate messages in Bahasa Indonesia: date fields, seen before, handover, history details. */
export const gate = {
  gate: {
    history: {
      passport: 'Paspor ditahan',
      withdrawn: 'Ya, tanda terima {receipt}',
      notWithdrawn: 'Tidak',
      sync: 'Status kirim',
      caseState: 'Status di pusat',
      noCaseState: 'Belum ada kabar dari pusat',
    },
    mrz: {
      fromReader:
        'Digit cek tidak cocok: {fields}. Baris dari pembaca ada di "Ketik MRZ"; perbaiki karakter yang ditandai.',
      marked: 'Karakter bertanda merah kemungkinan salah terbaca.',
      cell: 'baris {line} kolom {column}',
    },
    origin: {
      corrected: 'MRZ terverifikasi; diketik: {fields}',
      field: {
        lastName: 'nama keluarga',
        firstName: 'nama depan',
        sex: 'jenis kelamin',
        birthDate: 'tanggal lahir',
        nationality: 'kewarganegaraan',
        passportNumber: 'nomor paspor',
        issuingState: 'negara penerbit',
        passportExpiry: 'masa berlaku',
      },
    },
    date: {
      placeholder: 'HH/BB/TTTT',
      format: 'Tulis tanggal sebagai HH/BB/TTTT, misalnya 17/08/2026.',
      impossible: 'Tanggal ini tidak ada di kalender.',
    },
  },
};
