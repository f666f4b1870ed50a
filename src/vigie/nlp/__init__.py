"""Per-document extractors: pure functions over a document's text returning records with character offsets."""
