"""A dict of things made once and kept, that forgets its oldest half when it is full."""

from __future__ import annotations

import itertools


class BoundedCache(dict):
    """Laid-out texts, places and images kept between paints, never more than `limit` of them.

    A plain dict, so a hit is one `get`; only `keep` knows the limit. When full it drops the
    oldest half rather than everything: while a digit is drawn the same few hundred numbers
    come back, and clearing all of them at once made every one be laid out again.
    """

    def __init__(self, limit: int) -> None:
        super().__init__()
        if limit < 2:
            raise ValueError(f"a bounded cache keeps at least 2 things, not {limit}")
        self.limit = limit

    def keep(self, key, value):
        """self[key] = value, making room first; returns value."""
        if key not in self and len(self) >= self.limit:
            for old in list(itertools.islice(self, self.limit // 2)):
                del self[old]
        self[key] = value
        return value
