"""Paket Aturan: the city's shared knowledge, from Diskominfo to every PIC.

- `dokumen`: the packet's document (aturan.json) read from a .warta file, every field
  checked (hostile input refused with an Indonesian message).
- `susun`  : the coordinator's side: what this data folder's glossary, hashtag sets,
  accounts, rule lists and brand kit look like as a packet.
- `selisih`: what accepting a packet would add, change and remove, per list.
- `merek`  : the brand kit riding along: checked, compared, installed, put back.
- `terap`  : accepting: every list in one step, rolled back if any part fails.

The use cases are in core/actions/aturan.py.
"""
