"""Running the flow: one run (pipeline) and the scheduler."""
