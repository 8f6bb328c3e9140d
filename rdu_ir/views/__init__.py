"""Pictures of a module: the dataflow graph as dot, the chip grid as SVG/PNG, run reports."""
