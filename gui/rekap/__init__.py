"""The Rekap Kota page (Diskominfo) and what only it uses."""
