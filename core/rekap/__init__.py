"""Rekap Kota: each unit's period travels to Diskominfo as one packet file.

- `paket`: build a unit's packet (a versioned JSON document in a zip with a SHA-256
  manifest) from its own record.
- `validasi`: read and check a packet from outside like a brand kit: limits, paths,
  manifest hashes, schema, types; nothing trusted.
- `unit`: the city's units (perangkat daerah, kecamatan, kelurahan) as editable data
  and matching a packet's unit name to one of them.
- `simpan`: owner of the `rekap_packets` and `rekap_aliases` tables.
- `papan`: the board for a period: who sent (on time, late), who did not, figures.
- `narasi`: campaigns Diskominfo drafts (owner of the `narasi` table);
  `narasi_paket`: the Paket narasi that carries one to the PICs;
  `amplifikasi`: each campaign's amplification across units for the board.
- `wadah`: the one zip container every packet travels in.
"""
