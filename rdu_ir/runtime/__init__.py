"""The runtime: several bitstreams loaded on one simulated chip, each relocated into free sites.

* `chip_state`: which sites and link tracks each loaded program holds (`ChipState`);
* `relocate`: move a program by a legal offset, or re-place it, to fit beside the others;
* `loader`: `Runtime(chip).load(bitstream) -> LoadedProgram`, `LoadedProgram.run(*arrays)`.
"""

from rdu_ir.runtime.chip_state import ChipState, Footprint
from rdu_ir.runtime.loader import CheckResult, LoadedProgram, Runtime
from rdu_ir.runtime.relocate import Relocation, relocate

__all__ = ["CheckResult", "ChipState", "Footprint", "LoadedProgram", "Relocation", "Runtime", "relocate"]
