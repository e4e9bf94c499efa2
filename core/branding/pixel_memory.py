"""Pixel memory kept for reuse through a `brand` batch.

Every photo of a batch allocates the same large images: the decoded photo (~13 MB for a
24 MP camera JPEG at 3/8), the resize's intermediate and output, the canvas. Pillow
hands each back to the C allocator when it is freed, and the allocator returns such
large blocks to the operating system, so the next photo's images arrive as fresh pages
the kernel must fault in and zero: ~7,000 page faults and ~20 ms of system time a photo
(a tenth of its render) on the 2-core test machine. Windows' heap should behave alike
(it takes blocks this large straight from VirtualAlloc and releases them on free; not
measured there).

Pillow's own allocator can keep freed blocks and hand them out again (its documented
PILLOW_BLOCK_SIZE / PILLOW_BLOCKS_MAX settings). With small blocks all of one size, the
images of one photo fit the blocks the previous photo freed. Measured on 8-photo
batches in a warm process: under 100 page faults and 2-4 ms of system time a photo,
8-14 % less CPU. A fresh `warta brand` process still faults each render thread's first
photo in: there 8 photos took 33k page faults instead of 47k, 0.04 s less system time,
~3 % less CPU. The cache holds at most the blocks the batch had in use at once (peak
memory of that run 84 -> 89-95 MB: 1 MB blocks fit images less tightly), and it is
freed when the batch ends. Used by `warta brand`; the GUI's export keeps Pillow's
defaults (not measured there).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

BLOCK_BYTES = 1 << 20  # 1 MB: a 1080-px-wide RGB image takes 242 lines a block
# Blocks one render thread has in use at its peak (decoded photo, resize, canvas,
# encoder input) with room to spare; blocks freed beyond the cap go back to the system.
BLOCKS_PER_THREAD = 48


@contextmanager
def reused(threads: int) -> Iterator[None]:
    """Inside: Pillow keeps freed pixel blocks and hands them out again (see above).
    After: Pillow's settings as they were, the kept blocks freed."""
    from PIL import Image

    size, most = Image.core.get_block_size(), Image.core.get_blocks_max()
    Image.core.set_block_size(BLOCK_BYTES)
    Image.core.set_blocks_max(BLOCKS_PER_THREAD * max(1, threads))
    try:
        yield
    finally:
        Image.core.set_blocks_max(most)  # frees the kept blocks beyond `most`
        Image.core.set_block_size(size)
