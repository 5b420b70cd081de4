import type { Messages } from '../../../lib/i18n.tsx';

export const calendarMessages: Messages<
  | 'hours' | 'hoursHint' | 'day' | 'open' | 'opens' | 'closes' | 'closed' | 'localTimes' | 'hoursSaved' | 'reset'
  | 'd0' | 'd1' | 'd2' | 'd3' | 'd4' | 'd5' | 'd6'
  | 'holidays' | 'holidaysHint' | 'year' | 'date' | 'holidayName' | 'kind' | 'national' | 'cuti_bersama' | 'addHoliday'
  | 'holidayAdded' | 'holidayRemoved' | 'confirmRemove' | 'remove' | 'noHolidays' | 'count' | 'newHoliday' | 'pickDate' | 'hour' | 'minute' | 'dateRequired'
> = {
  id: {
    hours: 'Jam layanan', hoursHint: 'Jam layanan DJPK dalam waktu Jakarta (WIB). Tiket yang masuk di luar jam ini dihitung "di luar jam layanan"; zona WITA dan WIT menunjukkan jam yang sama menurut waktu setempat.',
    day: 'Hari', open: 'Buka', opens: 'Jam buka (WIB)', closes: 'Jam tutup (WIB)', closed: 'Tutup', localTimes: 'Waktu setempat',
    hoursSaved: 'Jam layanan disimpan', reset: 'Batalkan perubahan',
    d0: 'Minggu', d1: 'Senin', d2: 'Selasa', d3: 'Rabu', d4: 'Kamis', d5: 'Jumat', d6: 'Sabtu',
    holidays: 'Hari libur nasional dan cuti bersama', holidaysHint: 'Hari kerja untuk SLA dan skor Layer 2 tidak menghitung tanggal-tanggal ini (sesuai SKB 3 Menteri).',
    year: 'Tahun', date: 'Tanggal', holidayName: 'Keterangan', kind: 'Jenis', national: 'Libur nasional', cuti_bersama: 'Cuti bersama',
    addHoliday: 'Tambah libur', holidayAdded: 'Libur {date} ditambahkan', holidayRemoved: 'Libur {date} dihapus',
    confirmRemove: 'Hapus libur {date}? Tanggal ini kembali menjadi hari kerja.', remove: 'Hapus', noHolidays: 'Belum ada libur untuk tahun ini.',
    count: '{n} hari libur', newHoliday: 'Libur baru', pickDate: 'Pilih tanggal', hour: 'jam', minute: 'menit', dateRequired: 'Pilih tanggal libur.',
  },
  en: {
    hours: 'Service hours', hoursHint: 'DJPK\'s service hours in Jakarta time (WIB). Tickets arriving outside them count as "outside service hours"; the WITA and WIT zones show the same hours in local time.',
    day: 'Day', open: 'Open', opens: 'Opens (WIB)', closes: 'Closes (WIB)', closed: 'Closed', localTimes: 'Local time',
    hoursSaved: 'Service hours saved', reset: 'Undo changes',
    d0: 'Sunday', d1: 'Monday', d2: 'Tuesday', d3: 'Wednesday', d4: 'Thursday', d5: 'Friday', d6: 'Saturday',
    holidays: 'National holidays and cuti bersama', holidaysHint: 'Working days for SLAs and the Layer 2 score skip these dates (per the SKB 3 Menteri).',
    year: 'Year', date: 'Date', holidayName: 'Name', kind: 'Kind', national: 'National holiday', cuti_bersama: 'Cuti bersama',
    addHoliday: 'Add holiday', holidayAdded: 'Holiday {date} added', holidayRemoved: 'Holiday {date} removed',
    confirmRemove: 'Remove the holiday on {date}? It becomes a working day again.', remove: 'Remove', noHolidays: 'No holidays for this year yet.',
    count: '{n} holidays', newHoliday: 'New holiday', pickDate: 'Pick a date', hour: 'hours', minute: 'minutes', dateRequired: 'Pick the holiday\'s date.',
  },
};
