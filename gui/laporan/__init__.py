"""The Laporan page and what only it uses."""
