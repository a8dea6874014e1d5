/** Boarding-pass barcode (IATA BCBP) messages in Bahasa Indonesia. */
export const bcbp = {
  bcbp: {
    error: {
      empty: 'Tidak ada data boarding pass.',
      formatCode: 'Bukan boarding pass berformat IATA (kode format harus M).',
      legCount: 'Jumlah segmen penerbangan harus 1 sampai 4.',
      truncated: 'Data boarding pass terpotong: segmen penerbangan tidak lengkap.',
      fieldSize: 'Ukuran bagian data boarding pass tidak terbaca (bukan angka heksadesimal).',
      length: 'Panjang data boarding pass tidak sesuai dengan ukuran yang dinyatakan di dalamnya.',
      conditionalSection: 'Bagian kondisional boarding pass rusak: ukurannya melebihi datanya.',
      mandatoryField:
        'Isi wajib boarding pass (nama, kode PNR, bandara, maskapai, nomor penerbangan, kursi) tidak berbentuk seperti seharusnya.',
    },
    nameMismatch: 'Nama di boarding pass ({bcbp}) berbeda dengan nama di paspor ({mrz}).',
    notToday: 'Tanggal penerbangan ({date}) bukan hari ini.',
    transit: 'Transit: {places}',
    finalDestination: 'Tujuan akhir: {place}',
  },
};
