"""The Pengaturan page and what only it uses."""
