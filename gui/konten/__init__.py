"""The Konten page and what only it uses."""
