import type { IsoDate } from './calendar.ts';

export interface Holiday {
  date: IsoDate;
  name: string;
  kind: 'national' | 'cuti_bersama';
}

const national = (date: IsoDate, name: string): Holiday => ({ date, name, kind: 'national' });
const cuti = (date: IsoDate, name: string): Holiday => ({ date, name, kind: 'cuti_bersama' });

/**
 * National holidays and collective leave (cuti bersama) for 2024-2026, per the joint ministerial
 * decrees (SKB) as given to us. Dates that fall on weekends are kept: they are still holidays by name.
 */
export const NATIONAL_HOLIDAYS: Holiday[] = [
  // 2024
  national('2024-01-01', 'Tahun Baru Masehi'),
  national('2024-02-08', 'Isra Mikraj Nabi Muhammad SAW'),
  cuti('2024-02-09', 'Cuti Bersama Tahun Baru Imlek'),
  national('2024-02-10', 'Tahun Baru Imlek'),
  national('2024-02-14', 'Pemilihan Umum'),
  national('2024-03-11', 'Hari Raya Nyepi'),
  cuti('2024-03-12', 'Cuti Bersama Hari Raya Nyepi'),
  national('2024-03-29', 'Wafat Yesus Kristus'),
  national('2024-03-31', 'Kebangkitan Yesus Kristus (Paskah)'),
  cuti('2024-04-08', 'Cuti Bersama Idul Fitri'),
  cuti('2024-04-09', 'Cuti Bersama Idul Fitri'),
  national('2024-04-10', 'Idul Fitri'),
  national('2024-04-11', 'Idul Fitri'),
  cuti('2024-04-12', 'Cuti Bersama Idul Fitri'),
  cuti('2024-04-15', 'Cuti Bersama Idul Fitri'),
  national('2024-05-01', 'Hari Buruh Internasional'),
  national('2024-05-09', 'Kenaikan Yesus Kristus'),
  cuti('2024-05-10', 'Cuti Bersama Kenaikan Yesus Kristus'),
  national('2024-05-23', 'Hari Raya Waisak'),
  cuti('2024-05-24', 'Cuti Bersama Hari Raya Waisak'),
  national('2024-06-01', 'Hari Lahir Pancasila'),
  national('2024-06-17', 'Idul Adha'),
  cuti('2024-06-18', 'Cuti Bersama Idul Adha'),
  national('2024-07-07', 'Tahun Baru Islam'),
  national('2024-08-17', 'Hari Kemerdekaan RI'),
  national('2024-09-16', 'Maulid Nabi Muhammad SAW'),
  national('2024-11-27', 'Pilkada Serentak'),
  national('2024-12-25', 'Hari Raya Natal'),
  cuti('2024-12-26', 'Cuti Bersama Hari Raya Natal'),

  // 2025
  national('2025-01-01', 'Tahun Baru Masehi'),
  national('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
  cuti('2025-01-28', 'Cuti Bersama Tahun Baru Imlek'),
  national('2025-01-29', 'Tahun Baru Imlek'),
  cuti('2025-03-28', 'Cuti Bersama Hari Raya Nyepi'),
  national('2025-03-29', 'Hari Raya Nyepi'),
  national('2025-03-31', 'Idul Fitri'),
  national('2025-04-01', 'Idul Fitri'),
  cuti('2025-04-02', 'Cuti Bersama Idul Fitri'),
  cuti('2025-04-03', 'Cuti Bersama Idul Fitri'),
  cuti('2025-04-04', 'Cuti Bersama Idul Fitri'),
  cuti('2025-04-07', 'Cuti Bersama Idul Fitri'),
  national('2025-04-18', 'Wafat Yesus Kristus'),
  national('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
  national('2025-05-01', 'Hari Buruh Internasional'),
  national('2025-05-12', 'Hari Raya Waisak'),
  cuti('2025-05-13', 'Cuti Bersama Hari Raya Waisak'),
  national('2025-05-29', 'Kenaikan Yesus Kristus'),
  cuti('2025-05-30', 'Cuti Bersama Kenaikan Yesus Kristus'),
  national('2025-06-01', 'Hari Lahir Pancasila'),
  national('2025-06-06', 'Idul Adha'),
  cuti('2025-06-09', 'Cuti Bersama Idul Adha'),
  national('2025-06-27', 'Tahun Baru Islam'),
  national('2025-08-17', 'Hari Kemerdekaan RI'),
  national('2025-08-18', 'Libur Nasional Hari Kemerdekaan RI'),
  national('2025-09-05', 'Maulid Nabi Muhammad SAW'),
  national('2025-12-25', 'Hari Raya Natal'),
  cuti('2025-12-26', 'Cuti Bersama Hari Raya Natal'),

  // 2026
  national('2026-01-01', 'Tahun Baru Masehi'),
  national('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  cuti('2026-02-16', 'Cuti Bersama Tahun Baru Imlek'),
  national('2026-02-17', 'Tahun Baru Imlek'),
  cuti('2026-03-18', 'Cuti Bersama Hari Raya Nyepi'),
  national('2026-03-19', 'Hari Raya Nyepi'),
  cuti('2026-03-20', 'Cuti Bersama Idul Fitri'),
  national('2026-03-21', 'Idul Fitri'),
  national('2026-03-22', 'Idul Fitri'),
  cuti('2026-03-23', 'Cuti Bersama Idul Fitri'),
  cuti('2026-03-24', 'Cuti Bersama Idul Fitri'),
  national('2026-04-03', 'Wafat Yesus Kristus'),
  national('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
  national('2026-05-01', 'Hari Buruh Internasional'),
  national('2026-05-14', 'Kenaikan Yesus Kristus'),
  cuti('2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus'),
  national('2026-05-27', 'Idul Adha'),
  cuti('2026-05-28', 'Cuti Bersama Idul Adha'),
  national('2026-05-31', 'Hari Raya Waisak'),
  national('2026-06-01', 'Hari Lahir Pancasila'),
  national('2026-06-16', 'Tahun Baru Islam'),
  national('2026-08-17', 'Hari Kemerdekaan RI'),
  national('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  cuti('2026-12-24', 'Cuti Bersama Hari Raya Natal'),
  national('2026-12-25', 'Hari Raya Natal'),
];
