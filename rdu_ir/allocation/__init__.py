"""Physical allocation: partitioning virtual units, placing them on sites, routing their nets.

Pure algorithms over simple data (no IR), so `allocate-units` and tests call them directly:
`fabric` (the switch mesh), `partition`, `place` (simulated annealing) and `route`
(PathFinder negotiated-congestion routing).
"""
