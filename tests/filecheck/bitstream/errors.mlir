// RUN: not rdu-translate --from-bitstream %s 2>&1 | filecheck %s --check-prefix=MAGIC
// RUN: rdu-translate --to-bitstream %s -o %t.rbs && head -c 100 %t.rbs > %t.short.rbs && not rdu-translate --from-bitstream %t.short.rbs 2>&1 | filecheck %s --check-prefix=TRUNC
// RUN: not rdu-translate --to-bitstream %S/inputs/no_chip.mlir 2>&1 | filecheck %s --check-prefix=NOCHIP
// RUN: not rdu-translate --to-bitstream %s -o %t.none.rbs --from-bitstream 2>&1 | filecheck %s --check-prefix=USAGE

// Errors are one line naming the file, the byte offset and the field; no traceback.
rdu.chip "tiny" {
  %p = rdu.pcu @p at (0, 0) counters [] stages [pass(in0)]
}

// MAGIC: error: {{.*}}errors.mlir: offset 0: field magic: not an rdu bitstream
// MAGIC-NOT: Traceback
// TRUNC: error: {{.*}}.short.rbs: offset 24: field file_size: the header says {{[0-9]+}} bytes but the file has 100 (truncated?)
// NOCHIP: no_chip.mlir: error: cannot write the bitstream: the module has no `rdu.chip` configuration
// USAGE: rdu-translate: error: argument --from-bitstream: not allowed with argument --to-bitstream
