"""The three levels of rdu-ir: `ta` (tensor algebra), `df` (spatial dataflow), `rdu` (hardware)."""
