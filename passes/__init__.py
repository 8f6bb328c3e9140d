"""rdu-ir's passes, one file each; `rdu_ir.registry` names them for the drivers."""
