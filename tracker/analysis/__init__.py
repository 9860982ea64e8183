"""From text to legality: classify, findings, legality, changes, wording."""
