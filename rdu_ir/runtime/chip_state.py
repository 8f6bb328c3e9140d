"""What a simulated chip has loaded: which sites and link tracks every program holds.

A program's *footprint* is what it takes from the chip for as long as it stays loaded:

* every PCU/PMU site any of its sections configures (sections run one after another, but the
  runtime reserves the union, so loading a second program never waits for the first's
  section switches);
* per network and directed switch-to-switch link, the tracks its routes use, counted like
  `rdu.chip`'s own verifier counts them (routes from one output port share tracks where they
  overlap) and taking the maximum over its sections (two sections never coexist).

AGCUs are not part of a footprint: several transfers time-share one AGCU (see the `rdu`
dialect), so programs share them too. Two footprints fit together when they share no site
and, on every link, their tracks add up to at most the chip's tracks of that network.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from xdsl.ir import Operation

from rdu_ir.chip import Chip

Site = tuple[int, int]
Link = tuple[tuple[int, int], tuple[int, int]]
NETWORKS: tuple[str, ...] = ("vector", "scalar", "control")


@dataclass(frozen=True)
class Footprint:
    """Sites (PCU/PMU, with their kind) and per-network link tracks of one program."""

    sites: dict[Site, str] = field(default_factory=dict)
    links: dict[str, Counter[Link]] = field(default_factory=lambda: {n: Counter() for n in NETWORKS})

    @property
    def site_count(self) -> int:
        return len(self.sites)


def section_footprint(section: Operation) -> Footprint:
    """The footprint of one `rdu.chip` configuration."""
    from rdu_ir.dialects.rdu import AgcuOp, ChipOp

    assert isinstance(section, ChipOp)
    sites = {u.site: u.KIND for u in section.units() if not isinstance(u, AgcuOp)}
    usage = section.link_usage()
    return Footprint(sites, {n: Counter(usage.get(n, {})) for n in NETWORKS})


def merge_sections(parts: Iterable[Footprint]) -> Footprint:
    """A program's footprint from its sections': union of sites, maximum tracks per link."""
    sites: dict[Site, str] = {}
    links: dict[str, Counter[Link]] = {n: Counter() for n in NETWORKS}
    for part in parts:
        sites.update(part.sites)
        for net in NETWORKS:
            for link, n in part.links[net].items():
                links[net][link] = max(links[net][link], n)
    return Footprint(sites, links)


def configurations(module: Operation) -> list[Operation]:
    """Every `rdu.chip` of a module's payload (inside `rdu.program`s or at the top), in order."""
    from rdu_ir.dialects.rdu import ChipOp
    from rdu_ir.reference import is_reference

    out: list[Operation] = []

    def visit(op: Operation) -> None:
        for region in op.regions:
            for block in region.blocks:
                for child in block.ops:
                    if isinstance(child, ChipOp):
                        out.append(child)
                    elif not is_reference(child):
                        visit(child)

    visit(module)
    return out


def module_footprint(module: Operation) -> Footprint:
    return merge_sections(section_footprint(s) for s in configurations(module))


def _mark(pid: int) -> str:
    """One character for a program id: 1-9, then a-z (wrapping)."""
    return str(pid) if pid < 10 else chr(ord("a") + (pid - 10) % 26)


class ChipState:
    """The occupancy of one simulated chip: loaded programs by id and what they hold."""

    def __init__(self, chip: Chip):
        self.chip = chip
        self.programs: dict[int, Footprint] = {}
        self.names: dict[int, str] = {}
        self.owner: dict[Site, int] = {}
        self.tracks: dict[str, Counter[Link]] = {n: Counter() for n in NETWORKS}
        self._next_id = 1

    def capacity(self, network: str) -> int:
        return getattr(self.chip, f"{network}_links")

    def used(self, network: str, link: Link) -> int:
        return self.tracks[network][link]

    def free(self, network: str, link: Link) -> int:
        """Tracks of `network` still free on the directed link."""
        return self.capacity(network) - self.tracks[network][link]

    def site_free(self, site: Site) -> bool:
        return site not in self.owner

    def free_sites(self, kind: str) -> list[Site]:
        return [s for s in self.chip.sites(kind) if s not in self.owner]  # type: ignore[arg-type]

    def conflicts(self, fp: Footprint) -> list[str]:
        """Why `fp` cannot be added as it is (empty when it fits)."""
        problems: list[str] = []
        for site in sorted(fp.sites):
            if site in self.owner:
                problems.append(f"site {site} is taken by '{self.names[self.owner[site]]}'")
        for net in NETWORKS:
            cap = self.capacity(net)
            for link, n in sorted(fp.links[net].items()):
                if n + self.tracks[net][link] > cap:
                    problems.append(
                        f"{net} link {link[0]} -> {link[1]} would carry "
                        f"{n + self.tracks[net][link]} routes but has {cap} tracks"
                    )
        return problems

    def add(self, fp: Footprint, name: str) -> int:
        """Reserve `fp` for a new program; returns its id. The caller checked `conflicts`."""
        problems = self.conflicts(fp)
        if problems:
            raise ValueError(f"footprint of '{name}' does not fit: {problems[0]}")
        pid = self._next_id
        self._next_id += 1
        self.programs[pid] = fp
        self.names[pid] = name
        for site in fp.sites:
            self.owner[site] = pid
        for net in NETWORKS:
            self.tracks[net].update(fp.links[net])
        return pid

    def remove(self, pid: int) -> None:
        fp = self.programs.pop(pid)
        del self.names[pid]
        for site in fp.sites:
            if self.owner.get(site) == pid:
                del self.owner[site]
        for net in NETWORKS:
            self.tracks[net].subtract(fp.links[net])
            self.tracks[net] = +self.tracks[net]  # drop zero entries

    def sites_in_use(self) -> int:
        return len(self.owner)

    def render(self) -> str:
        """The grid as text: one character a site, '.' when free, else its program's mark."""
        lines = []
        for r in range(self.chip.rows):
            row = []
            for c in range(self.chip.cols):
                pid = self.owner.get((r, c))
                row.append("." if pid is None else _mark(pid))
            lines.append(" ".join(row))
        return "\n".join(lines)
