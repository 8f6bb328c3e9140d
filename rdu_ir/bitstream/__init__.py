"""The rdu tile bitstream (`.rbs`): what the compiler hands the machine.

`write_bitstream(module)` encodes an `rdu`-level module (every `rdu.chip` configuration
section, its units, routes and counters, the chip description, constant data, the `ta`
reference and optionally debug info); `read_bitstream(data)` decodes one back into IR and
rejects bad input with a `BitstreamError` naming the byte offset and field;
`read_layout(data)` checks the header, checksum and section table and returns the chip and
sections without decoding ops, and `read_config(data, i)` decodes one program section (the
`rdu.chip` of CONFIG section i) alone: the hooks a runtime loader builds on. The format is
specified in docs/bitstream.md, its constants in `rdu_ir.bitstream.format`.
"""

from rdu_ir.bitstream.reader import (
    BitstreamError,
    Layout,
    Section,
    read_bitstream,
    read_config,
    read_layout,
)
from rdu_ir.bitstream.writer import write_bitstream

__all__ = ["BitstreamError", "Layout", "Section", "read_bitstream", "read_config", "read_layout", "write_bitstream"]
