"""Scorers behind `vigie eval …`: vigie against gold data (TimeML, CoNLL, quotes, figures, events, timelines)."""
