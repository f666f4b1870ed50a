"""vigie: dated, sourced timelines, actors, quotes and figures from press articles."""

__version__ = "0.1.0"
