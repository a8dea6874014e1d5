/** Statistics across checkpoints (/pusat/statistik) in Bahasa Indonesia. */
export const statsMessages = {
  stats: {
    title: 'Statistik lintas pos',
    intro:
      'Jumlah penumpang yang disaring per minggu atau per bulan (hari WIB). Angka lanjut dari rekap per shift yang dikirim tablet (tanpa identitas); angka ditandai dari catatan kasus, setiap catatan sekali sesuai revisi terbarunya.',
    form: 'Periode statistik',
    from: 'Dari tanggal',
    to: 'Sampai tanggal',
    granularity: 'Dikelompokkan per',
    week: 'Minggu (Senin–Minggu)',
    month: 'Bulan',
    airport: 'Bandara (kode IATA, kosong = semua)',
    airportHelp: 'Misalnya PLM atau CGK.',
    airportInvalid: 'Tulis kode bandara 3 atau 4 huruf, misalnya PLM.',
    show: 'Tampilkan',
    loading: 'Menghitung…',
    download: 'Unduh CSV',
    downloadHelp:
      'Berkas CSV berisi angka yang sama, satu baris per periode dan hitungan; unduhan dicatat di log audit.',
    empty: 'Belum ada penyaringan tercatat pada periode ini.',
    shown: 'Periode {from} – {to}, {airport}.',
    allAirports: 'semua bandara',
    total: {
      screened: 'Disaring',
      clear: 'Lanjut',
      clearAdvised: 'Lanjut + edukasi',
      flagged: 'Ditandai',
    },
    col: {
      period: 'Periode',
      total: 'Jumlah',
      count: 'Jumlah',
      share: 'Bagian dari yang ditandai',
      place: 'Bandara / pos',
      clear: 'Lanjut',
      flagged: 'Ditandai',
      destination: 'Negara tujuan',
      district: 'Kabupaten/kota asal',
      indicator: 'Indikator',
    },
    chart: {
      outcomes: 'Penyaringan per periode menurut hasil',
      destinations: 'Negara tujuan terbanyak (penumpang ditandai)',
      districts:
        'Kabupaten/kota asal terbanyak (penumpang ditandai): sasaran program desa seperti Desa Migran Emas',
      indicators: 'Indikator yang paling sering dijawab "Ya" (penumpang ditandai)',
      checkpoints: 'Penyaringan per pos dan periode',
    },
    notStated: 'Tidak diisi',
    flaggedOnly:
      'Negara tujuan, daerah asal, dan indikator hanya tercatat untuk penumpang yang ditandai; penumpang lanjut hanya dihitung jumlahnya.',
    weekLabel: '{start}–{end}',
  },
};
