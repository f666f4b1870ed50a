"""Pausing the cyclic garbage collector."""
from __future__ import annotations

import gc

import pytest

from vigie import collector


def test_the_collector_runs_again_on_leaving_even_after_an_error():
    assert gc.isenabled()
    with pytest.raises(ValueError), collector.paused():
        assert not gc.isenabled()
        raise ValueError("an article broke a step")
    assert gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_collector_paused():
    with collector.paused():
        with collector.paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
