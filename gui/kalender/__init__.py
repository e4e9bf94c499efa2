"""The Kalender page and what only it uses."""
