"""rdu-ir: an MLIR-style, multi-level compiler for reconfigurable dataflow units (RDUs)."""

__version__ = "0.1.0"
