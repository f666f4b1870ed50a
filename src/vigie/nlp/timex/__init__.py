"""Internals of `vigie.nlp.time`: the rules of each language, the tagger and TimeML values."""
