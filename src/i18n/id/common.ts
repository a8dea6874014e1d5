/** Shell, navigation and settings strings in Bahasa Indonesia (the source of the message type). */
export const common = {
  app: {
    name: 'Saring',
    tagline: 'Klarifikasi keberangkatan sebelum x-ray',
    loading: 'Memuat…',
    skipToContent: 'Lompat ke isi',
  },
  nav: {
    label: 'Navigasi utama',
    scan: 'Pindai',
    history: 'Riwayat',
    sync: 'Sinkron',
    export: 'Ekspor',
    settings: 'Pengaturan',
  },
  network: {
    online: 'Daring',
    offline: 'Luring — data tetap tersimpan di tablet',
  },
  pwa: {
    offlineReady: 'Aplikasi siap dipakai tanpa jaringan.',
    updateAvailable: 'Pembaruan tersedia.',
    updateNow: 'Perbarui sekarang',
    updateWaiting: 'Pembaruan akan dipasang setelah pekerjaan yang sedang berjalan selesai.',
    updateBusy: 'Selesaikan penyaringan atau sinkronisasi yang sedang berjalan terlebih dahulu.',
    dismiss: 'Nanti',
  },
  settings: {
    title: 'Pengaturan',
    language: 'Bahasa',
    languageHelp: 'Pilihan bahasa disimpan di tablet ini dan tetap berlaku tanpa jaringan.',
    timeZone: 'Zona waktu pos',
    now: 'Waktu sekarang',
    version: 'Versi aplikasi',
  },
  placeholder: {
    history: 'Riwayat penyaringan hari ini akan tampil di sini.',
    sync: 'Status sinkronisasi dengan sistem kasus pusat akan tampil di sini.',
    export: 'Daftar penandaan harian untuk ketua regu akan tampil di sini.',
    scan: 'Pindai paspor dan boarding pass untuk memulai penyaringan.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    back: 'Kembali ke Pindai',
  },
  error: {
    unexpected: 'Terjadi kesalahan tak terduga. Data yang sudah tersimpan tidak hilang.',
    reload: 'Muat ulang',
    retry: 'Coba lagi',
    screenNotOffline:
      'Layar ini belum tersimpan di tablet untuk dipakai tanpa jaringan. Sambungkan ke jaringan sekali, lalu coba lagi. Data yang sudah tersimpan tidak hilang.',
    screenLoadFailed: 'Layar ini gagal dimuat. Coba lagi; data yang sudah tersimpan tidak hilang.',
  },
};
