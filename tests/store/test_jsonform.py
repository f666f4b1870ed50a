"""The JSON form of stored records: the same as `to_dict` gives, whatever the values."""
import json

from vigie.model import Entity, Geo, Mention, Timex, to_dict
from vigie.store.jsonform import dumps


def test_records_are_written_as_to_dict_gives_them():
    records = [Timex(10, 20, "mardi", "DATE", "2024-03-05"),
               Mention(0, 12, "Amina Diallo", "person", "e1"),
               Entity("e2", "place", "Dakar", ["Dakar"], [(40, 45)], geo=Geo(14.7, -17.4, "SN", 2253354))]
    for record in records:
        assert json.loads(dumps(record)) == json.loads(json.dumps(to_dict(record)))
    assert json.loads(dumps({"spans": [(1, 2), (3, 4)], "name": "Zoé"})) == {"spans": [[1, 2], [3, 4]], "name": "Zoé"}


def test_integer_keys_are_written_as_strings():
    assert json.loads(dumps({3: "trois"})) == {"3": "trois"}


def test_integers_beyond_64_bits_are_kept():
    """A figure read from a long run of digits (invented) is stored whole."""
    value = 123456789012345678901234567890
    assert json.loads(dumps({"value": value})) == {"value": value}
