"""Helpers of the spatial-dataflow (`df`) level: affine access patterns, the generic form
ta ops are lowered through, the tiling cost model and the df builders."""
