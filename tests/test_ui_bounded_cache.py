"""The bounded cache the panels keep their laid-out texts in: what it keeps and what it forgets."""

import pytest

from lenet_gui.ui.bounded_cache import BoundedCache


def test_keeps_what_it_is_given_and_returns_it():
    cache = BoundedCache(4)
    assert cache.keep("a", 1) == 1
    assert cache.get("a") == 1 and cache.get("b") is None


def test_never_holds_more_than_its_limit_and_forgets_the_oldest_half_first():
    cache = BoundedCache(8)
    for i in range(8):
        cache.keep(i, str(i))
    assert len(cache) == 8
    cache.keep(8, "8")
    # 0–3 were the oldest half: gone; the newer ones and the new key stay.
    assert sorted(cache) == [4, 5, 6, 7, 8]
    for i in range(9, 1000):
        cache.keep(i, str(i))
        assert len(cache) <= 8
    assert 999 in cache


def test_keeping_a_key_again_replaces_it_without_forgetting_others():
    cache = BoundedCache(2)
    cache.keep("a", 1)
    cache.keep("b", 2)
    cache.keep("b", 3)
    assert cache == {"a": 1, "b": 3}


def test_a_limit_below_two_is_refused():
    with pytest.raises(ValueError):
        BoundedCache(1)
