"""Cross-document work: wire copies, entities across documents, stories, events, timelines, figure series."""
