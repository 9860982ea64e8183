"""Where to look: the registry, the jurisdictions, coverage of the registry."""
