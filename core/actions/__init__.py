"""Use cases: one function per user action, called by the GUI and the CLI alike.

Why a layer of its own: a rule written in a widget or a CLI module is a rule the
other side does not follow. Each module here groups the actions of one feature
(the same groups as the GUI's pages):

- `konten`  : create/save/duplicate/delete posts with their platform versions,
              change status with its gates, mark a version published, caption text.
- `media`   : import photos, attach/reorder/detach photos, brand photos for a post.
- `brand`   : brand photos outside the library (`warta brand`; no store, so it starts
              sooner; media re-exports it).
- `laporan` : import metrics, follower counts, build and export a report.
- `cadangan`: make and restore backups.
- `rekap`   : Paket Laporan out, packets in at Diskominfo, the board, the city report.
- `narasi`  : campaigns drafted at Diskominfo and exported; imported as a post at a PIC.

A use case validates its input, writes through the table owners (never SQL of its
own), and returns a result the caller shows. It never asks the user anything: when a
confirmation is needed it returns (or raises) what needs confirming, and the caller
asks, then calls again with the answer.
"""
