"""The Kalender: national holidays, commemorative days and the posts planned around them.

- `libur`: national holidays and cuti bersama (the `holidays` package, Indonesia).
- `peringatan`: commemorative days (shipped data + the unit's own days; owner of the
  `commemorations` table).
- `bulan`: one month as days with their marks and posts; reminders.
- `waktu_terbaik`: which days and hours gave this unit the best engagement.
"""
